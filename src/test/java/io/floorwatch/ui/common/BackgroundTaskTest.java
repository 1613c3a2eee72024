package io.floorwatch.ui.common;

import io.floorwatch.testkit.CurrentThreadTasks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The task type's bookkeeping without a toolkit: running, progress, cancel and result. */
class BackgroundTaskTest {
    private final CurrentThreadTasks now = new CurrentThreadTasks();

    @Test
    void aRunReportsProgressKeepsItsResultAndDisablesItsCommandWhileRunning() {
        BackgroundTask<String> task = new BackgroundTask<>(now);
        List<String> seen = new ArrayList<>();
        Command start = task.command(() -> { });
        AtomicReference<String> got = new AtomicReference<>();
        task.start(context -> {
            assertThat(task.isRunning()).isTrue();
            assertThat(start.executableProperty().get()).isFalse();
            context.progress(0.5, "half");
            seen.add(task.progressMessageProperty().get() + " " + task.progressProperty().get());
            return "done";
        }, got::set, failure -> seen.add("failed"));
        assertThat(seen).containsExactly("half 0.5");
        assertThat(got).hasValue("done");
        assertThat(task.resultProperty().get()).isEqualTo("done");
        assertThat(task.isRunning()).isFalse();
        assertThat(task.progressProperty().get()).isEqualTo(1.0);
        assertThat(start.executableProperty().get()).isTrue();
    }

    @Test
    void aCancelledRunEndsInACancellationAndKeepsThePreviousResult() {
        BackgroundTask<String> task = new BackgroundTask<>(now);
        task.start(context -> "first", r -> { }, f -> { });
        Command cancel = task.cancelCommand();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        task.start(context -> {
            assertThat(cancel.executableProperty().get()).isTrue();
            cancel.execute();
            assertThat(context.isCancelled()).isTrue();
            assertThat(cancel.executableProperty().get()).as("a pending cancel is not asked twice").isFalse();
            return "second";
        }, r -> { }, failure::set);
        assertThat(BackgroundTask.isCancellation(failure.get())).isTrue();
        assertThat(task.resultProperty().get()).isEqualTo("first");
        assertThat(task.cancelRequestedProperty().get()).isFalse();
        assertThat(cancel.executableProperty().get()).isFalse();
    }

    @Test
    void aFailureReachesTheCallbackAndTheTaskCanRunAgain() {
        BackgroundTask<String> task = new BackgroundTask<>(now);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        task.start(context -> {
            throw new IOException("refused");
        }, r -> { }, failure::set);
        assertThat(failure.get()).hasMessage("refused");
        assertThat(BackgroundTask.isCancellation(failure.get())).isFalse();
        assertThat(task.start(context -> "again", r -> { }, f -> { })).isTrue();
        assertThat(task.resultProperty().get()).isEqualTo("again");
    }

    @Test
    void aSecondStartWhileRunningIsRefusedAndOneCancelReachesWhicheverTaskRuns() {
        HeldTasks held = new HeldTasks();
        BackgroundTask<String> compare = new BackgroundTask<>(held);
        BackgroundTask<String> revert = new BackgroundTask<>(held);
        Command cancel = BackgroundTask.cancelAny(compare, revert);
        assertThat(cancel.executableProperty().get()).isFalse();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        assertThat(revert.start(context -> context.isCancelled() ? "stopped" : "ran", r -> { }, failure::set))
                .isTrue();
        assertThat(revert.start(context -> "twice", r -> { }, f -> { })).isFalse();
        assertThat(BackgroundTask.anyRunning(compare, revert).get()).isTrue();
        assertThat(cancel.executableProperty().get()).isTrue();
        cancel.execute();
        held.release();
        assertThat(BackgroundTask.isCancellation(failure.get())).isTrue();
        assertThat(BackgroundTask.anyRunning(compare, revert).get()).isFalse();
    }

    /** Holds the work until released, as a pool thread would while the person presses Cancel. */
    private static final class HeldTasks implements TaskExecutor {
        private Runnable pending;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending = () -> now().run(work, onSuccess, onFailure);
        }

        private static CurrentThreadTasks now() {
            return new CurrentThreadTasks();
        }

        void release() {
            pending.run();
        }

        @Override
        public void close() {
            // Nothing is left running: release() runs the held work on the calling thread.
        }
    }
}
