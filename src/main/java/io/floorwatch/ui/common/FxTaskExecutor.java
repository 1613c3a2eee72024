package io.floorwatch.ui.common;

import io.floorwatch.base.DaemonThreads;
import javafx.application.Platform;

import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** The UI's task executor: a small named pool of daemon threads; callbacks run on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Queue<Runnable> steps = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled =
            new AtomicBoolean();

    public FxTaskExecutor() {
        pool = Executors.newFixedThreadPool(4, DaemonThreads.numbered("ui-task"));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Steps are queued and run in order by one FX pulse task, so a job reporting each of 1,000 agents or 500
     * queues costs a handful of {@code runLater} calls, not one per step. A task's result is handed over after
     * its last step: a step queued before it is either in a pending drain or schedules one ahead of it.
     */
    @Override
    public void report(Runnable step) {
        steps.add(step);
        if (drainScheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drainSteps);
        }
    }

    private void drainSteps() {
        drainScheduled.set(false);
        for (Runnable step = steps.poll(); step != null; step = steps.poll()) {
            step.run();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
