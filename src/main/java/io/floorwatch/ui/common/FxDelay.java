package io.floorwatch.ui.common;

import io.floorwatch.base.DaemonThreads;
import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one action on the FX thread after a delay, restartable and cancellable: a card's time-out. Not a
 * PauseTransition: a running animation keeps JavaFX pulsing 60 times a second for as long as it runs. Used from
 * the FX thread; its timer thread is stopped by {@link #close}.
 */
public final class FxDelay implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    /** Counts the starts, so a time-out already on its way to the FX thread when restarted or stopped does nothing. */
    private long started;

    public FxDelay(String name) {
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
    }

    /** Runs {@code action} on the FX thread {@code delay} from now, instead of what was pending. */
    public void restart(Duration delay, Runnable action) {
        stop();
        if (timer.isShutdown()) {
            return; // closed with its window: nothing outlives it
        }
        long mine = started;
        pending = timer.schedule(() -> Platform.runLater(() -> {
            if (started == mine) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Forgets what was pending. */
    public void stop() {
        started++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    public void close() {
        stop();
        timer.shutdownNow();
    }
}
