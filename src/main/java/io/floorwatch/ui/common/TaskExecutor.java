package io.floorwatch.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the outcome back on it. ViewModels depend on this interface only,
 * so tests can run everything on the calling thread.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    @Override
    void close();
}
