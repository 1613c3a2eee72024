package io.floorwatch.ui.common;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

import java.io.File;
import java.util.Optional;

/**
 * A report written to a CSV file the supervisor chooses, in the background: the message says where it is going,
 * how many rows went, or why it failed (which a dialog says too).
 */
public final class ExportToCsv {
    /** Writes the report to the file; returns how many rows it wrote. */
    @FunctionalInterface
    public interface Writer {
        long write(File file) throws Exception;
    }

    private final BackgroundTask<Long> task;
    private final DialogService dialogs;

    public ExportToCsv(TaskExecutor tasks, DialogService dialogs) {
        this.task = new BackgroundTask<>(tasks);
        this.dialogs = dialogs;
    }

    /** Asks where, then writes there; nothing when the supervisor cancels the choice. */
    public void export(String title, String suggestedName, Writer writer, StringProperty message) {
        Optional<File> target = dialogs.chooseSaveFile(title, suggestedName, "csv");
        if (target.isEmpty()) {
            return;
        }
        File file = target.get();
        message.set("Exporting to " + file.getName() + "...");
        task.start(context -> writer.write(file), rows -> message.set(String.format("Exported %,d rows to %s", rows,
                file.getAbsolutePath())), error -> {
                    message.set("Export failed: " + error.getMessage());
                    dialogs.showError("Export failed", error.getMessage());
                });
    }

    /** A command that exports; executable while {@code condition} holds and no export runs. */
    public Command command(Runnable export, ObservableBooleanValue condition) {
        return task.command(export, condition);
    }
}
