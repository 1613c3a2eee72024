package io.floorwatch.ui.common;

import java.util.function.Consumer;

/**
 * A background read whose screen wants only the latest: asked again while a read runs, it reads once more when
 * that one ends, with what was asked last, and the ended read's now stale result is dropped. For a report whose
 * span or filter the supervisor changes faster than it reads.
 */
public final class LatestRead<T> {
    private final BackgroundTask<T> task;
    /** What to ask again once the running read ends; null when nothing was asked meanwhile. */
    private Runnable askAgain;

    public LatestRead(TaskExecutor tasks) {
        this.task = new BackgroundTask<>(tasks);
    }

    /**
     * Reads in the background and shows the result, or tells the failure (not a cancellation); while another
     * read runs, {@code ask} is run again when it ends instead.
     *
     * @param ask the call that asked for this read (it asks again with whatever is chosen then)
     */
    public void read(BackgroundTask.Work<T> work, Consumer<T> show, Consumer<Throwable> failed, Runnable ask) {
        boolean started = task.start(work, result -> {
            if (!askedAgain()) {
                show.accept(result);
            }
        }, failure -> {
            if (!askedAgain() && !BackgroundTask.isCancellation(failure)) {
                failed.accept(failure);
            }
        });
        if (!started) {
            askAgain = ask;
        }
    }

    private boolean askedAgain() {
        Runnable ask = askAgain;
        if (ask == null) {
            return false;
        }
        askAgain = null;
        ask.run();
        return true;
    }

    /** A command that asks for a read; executable while none runs. */
    public Command command(Runnable ask) {
        return task.command(ask);
    }
}
