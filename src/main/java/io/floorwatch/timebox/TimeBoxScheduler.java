package io.floorwatch.timebox;

import io.floorwatch.base.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A runner on a thread of its own ({@code time-boxes}): looks for due steps every {@code every} and at once when
 * woken (after End now), with the worker of the connection open then; with no connection it waits, and the steps
 * it could not carry out meanwhile say they were late. Owned by whoever starts it (the desktop's composition,
 * {@code schedule run}, a collector), which closes it: a step in progress stops before its next agent and is
 * resumed by the next runner.
 */
public final class TimeBoxScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TimeBoxScheduler.class);

    private final TimeBoxRunner runner;
    private final Supplier<Optional<TimeBoxWorker>> worker;
    private final Consumer<List<TimeBox>> changed;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("time-boxes"));
    private volatile boolean closing;

    /**
     * @param worker  the current connection's worker; empty while there is none
     * @param changed told of the boxes each look changed (on the runner's thread); must not block
     */
    public TimeBoxScheduler(TimeBoxRunner runner, Supplier<Optional<TimeBoxWorker>> worker,
            Consumer<List<TimeBox>> changed) {
        this.runner = runner;
        this.worker = worker;
        this.changed = changed;
    }

    public TimeBoxScheduler start(Duration every) {
        thread.scheduleWithFixedDelay(this::look, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Looks now, not at the next period (a box just ended now, or scheduled to start now). */
    public void wake() {
        if (!closing) {
            thread.execute(this::look);
        }
    }

    public String owner() {
        return runner.owner();
    }

    private void look() {
        Optional<TimeBoxWorker> now = worker.get();
        if (now.isEmpty() || closing) {
            return;
        }
        try {
            List<TimeBox> done = runner.tick(now.get(), () -> closing);
            if (!done.isEmpty()) {
                changed.accept(done);
            }
        } catch (RuntimeException e) {
            // The next look tries again: a history or Genesys failure is usually passing, and leases lapse.
            LOG.error("time-boxes: a look failed; trying again at the next one: {}", e.getMessage(), e);
        }
    }

    /** Stops looking; a step in progress stops before its next agent (the next runner resumes it). */
    @Override
    public void close() {
        closing = true;
        DaemonThreads.stop(thread, 30);
    }
}
