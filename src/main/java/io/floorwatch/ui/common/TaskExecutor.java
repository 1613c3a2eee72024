package io.floorwatch.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the outcome back on it. ViewModels depend on this interface only,
 * so tests can run everything on the calling thread.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands a step of a running task (its progress) to where the callbacks run: the FX thread in the app, the
     * calling thread in tests.
     */
    default void report(Runnable step) {
        step.run();
    }

    @Override
    void close();
}
