package io.floorwatch.ui.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One long action of a screen, run off the FX thread (after JabRef's {@code BackgroundTask} and mvvmFX's
 * commands). It owns what every ViewModel used to keep by hand: whether it runs, its progress and progress
 * message, the cancel request and the last result. Views bind to these properties; a {@link Command} made with
 * {@link #command} is disabled while the task runs, so no ViewModel sets a running flag itself.
 *
 * <p>One run at a time: {@link #start} while running is refused. The work gets a {@link Context} whose
 * {@code cancelled()} it polls between calls; a cancelled run ends in {@link CancellationException}, which
 * {@link #isCancellation} recognises. Progress steps are handed to the executor's {@code report}, so in the app
 * they reach the FX thread in batches and in ViewModel tests they run at once.
 *
 * @param <T> what a run produces
 */
public final class BackgroundTask<T> {
    /** Progress when nothing says how far the work is (a bar shows it as indeterminate). */
    public static final double INDETERMINATE = -1;

    /** The work: plain Java that may call services; it must not touch JavaFX. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Context context) throws Exception;
    }

    /** What the work sees of its task: the cancel request, and where it reports progress. */
    public interface Context {
        boolean isCancelled();

        /** The cancel request as a supplier, for services that take one. */
        BooleanSupplier cancelled();

        /** Reports how far the work is, from 0 to 1 (below 0: not known), and what it is doing. */
        void progress(double fraction, String message);

        /** Throws {@link CancellationException} when the run was cancelled: for work between its steps. */
        default void checkCancelled() {
            if (isCancelled()) {
                throw new CancellationException("cancelled");
            }
        }
    }

    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding cancellable;
    /** The current run's cancel flag: a fresh one per run, so a late cancel never reaches the next run. */
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    public BackgroundTask(TaskExecutor executor) {
        this.executor = executor;
        this.cancellable = running.and(cancelRequested.not());
    }

    /**
     * Starts the work unless a run is under way. The callbacks run where the executor hands results (the FX
     * thread in the app), after every progress step the work reported.
     *
     * @return whether the work was started
     */
    public boolean start(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (running.get()) {
            return false;
        }
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        cancelRequested.set(false);
        progress.set(INDETERMINATE);
        progressMessage.set("");
        running.set(true);
        Context context = new RunContext(flag);
        executor.run(() -> {
            T value = work.run(context);
            if (flag.get()) {
                throw new CancellationException("cancelled");
            }
            return value;
        }, value -> {
            finish(1);
            result.set(value);
            onSuccess.accept(value);
        }, failure -> {
            finish(0);
            onFailure.accept(failure);
        });
        return true;
    }

    private void finish(double finalProgress) {
        running.set(false);
        cancelRequested.set(false);
        progress.set(finalProgress);
    }

    /** Asks the running work to stop at its next check; nothing happens when none runs. */
    public void cancel() {
        if (running.get()) {
            cancel.set(true);
            cancelRequested.set(true);
        }
    }

    /**
     * A command that starts this task's action: executable while {@code condition} holds and no run of this
     * task is under way.
     */
    public Command command(Runnable action, ObservableBooleanValue condition) {
        return new Command(action, Bindings.createBooleanBinding(() -> condition.get() && !running.get(),
                condition, running));
    }

    public Command command(Runnable action) {
        return command(action, new ReadOnlyBooleanWrapper(true));
    }

    /** A Cancel command for this task: executable while it runs and no cancel is pending. */
    public Command cancelCommand() {
        return new Command(this::cancel, cancellable);
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /** From 0 to 1, or {@link #INDETERMINATE}; 1 after a run that succeeded, 0 after one that did not. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** The last successful run's result; kept through failed and cancelled runs. */
    public ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether a failure handed to {@code onFailure} is a cancelled run rather than an error. */
    public static boolean isCancellation(Throwable failure) {
        return failure instanceof CancellationException;
    }

    /** True while any of the tasks runs: for a screen-wide busy indicator or a shared Cancel. */
    public static BooleanBinding anyRunning(BackgroundTask<?>... tasks) {
        return Bindings.createBooleanBinding(() -> Arrays.stream(tasks).anyMatch(BackgroundTask::isRunning),
                Arrays.stream(tasks).map(BackgroundTask::runningProperty).toArray(ReadOnlyBooleanProperty[]::new));
    }

    /**
     * The progress of whichever of the tasks runs (0 when none does): for one bar under tasks that never run
     * together, as a screen's long actions do when they share its Cancel.
     */
    public static DoubleBinding progressOfAny(BackgroundTask<?>... tasks) {
        Observable[] dependencies = Arrays.stream(tasks)
                .flatMap(t -> Stream.of(t.runningProperty(), t.progressProperty())).toArray(Observable[]::new);
        return Bindings.createDoubleBinding(() -> Arrays.stream(tasks).filter(BackgroundTask::isRunning)
                .mapToDouble(t -> t.progress.get()).findFirst().orElse(0), dependencies);
    }

    /** A Cancel command over several tasks: it cancels whichever runs, and is executable while one does. */
    public static Command cancelAny(BackgroundTask<?>... tasks) {
        BooleanBinding anyCancellable = Bindings.createBooleanBinding(
                () -> Arrays.stream(tasks).anyMatch(t -> t.cancellable.get()),
                Arrays.stream(tasks).map(t -> t.cancellable).toArray(BooleanBinding[]::new));
        return new Command(() -> Arrays.stream(tasks).forEach(BackgroundTask::cancel), anyCancellable);
    }

    private final class RunContext implements Context {
        private final AtomicBoolean flag;

        RunContext(AtomicBoolean flag) {
            this.flag = flag;
        }

        @Override
        public boolean isCancelled() {
            return flag.get();
        }

        @Override
        public BooleanSupplier cancelled() {
            return flag::get;
        }

        @Override
        public void progress(double fraction, String message) {
            executor.report(() -> {
                if (cancel == flag && running.get()) {
                    progress.set(fraction < 0 ? INDETERMINATE : Math.min(1, fraction));
                    progressMessage.set(message == null ? "" : message);
                }
            });
        }
    }
}
