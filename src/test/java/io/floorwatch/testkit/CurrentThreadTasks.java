package io.floorwatch.testkit;

import io.floorwatch.ui.common.TaskExecutor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs a ViewModel's work at once on the calling thread, so ViewModel tests need no toolkit and no waiting. */
public final class CurrentThreadTasks implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
        // Nothing runs in the background.
    }
}
