package io.floorwatch.ui.history;

import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.history.RejectedHistory;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * The messages the feeds could not use, which the status bar only counts: the newest {@value #SHOWN} with their
 * source, reason and payload, read again on Refresh, and every one of them exported as CSV.
 */
public final class RejectedViewModel {
    public static final int SHOWN = 500;
    /** How much of a payload a row shows; the selected row shows all of it. */
    public static final int EXCERPT = 160;

    private final RejectedHistory history;
    private final DialogService dialogs;
    private final ObservableList<RejectedMessage> messages = FXCollections.observableArrayList();
    private final ObjectProperty<RejectedMessage> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper payload = new ReadOnlyStringWrapper(this, "payload", "");
    private final BackgroundTask<Read> reading;
    private final BackgroundTask<Long> exporting;
    private final BooleanBinding busy;

    private record Read(List<RejectedMessage> newest, long total) {
    }

    public RejectedViewModel(RejectedHistory history, TaskExecutor tasks, DialogService dialogs) {
        this.history = history;
        this.dialogs = dialogs;
        this.reading = new BackgroundTask<>(tasks);
        this.exporting = new BackgroundTask<>(tasks);
        this.busy = BackgroundTask.anyRunning(reading, exporting);
        selected.addListener((o, was, now) -> payload.set(now == null ? "" : now.payload() == null ? "(no payload)"
                : now.payload()));
    }

    /** Reads the newest messages again. */
    public void refresh() {
        reading.start(context -> new Read(history.newest(null, null, SHOWN), history.count()), read -> {
            messages.setAll(read.newest());
            message.set(read.total() == 0 ? "No message has been rejected: every one the feeds received was used."
                    : read.total() > read.newest().size() ? String.format("The newest %,d of %,d rejected messages; "
                            + "Export CSV writes them all.", read.newest().size(), read.total())
                    : String.format("%,d rejected messages", read.total()));
        }, error -> message.set("The rejected messages could not be read: " + error.getMessage()));
    }

    public void export() {
        Optional<File> target = dialogs.chooseSaveFile("Export rejected messages", "floorwatch-rejected.csv", "csv");
        if (target.isEmpty()) {
            return;
        }
        File file = target.get();
        message.set("Exporting to " + file.getName() + "...");
        exporting.start(context -> history.exportCsv(null, null, file), rows -> message.set(String.format(
                "Exported %,d rejected messages to %s", rows, file.getAbsolutePath())), error -> {
                    message.set("");
                    dialogs.showError("Export failed", error.getMessage());
                });
    }

    /** The start of a payload on one line, for the table. */
    public static String excerpt(String payload) {
        if (payload == null) {
            return "";
        }
        String line = payload.replaceAll("\\s+", " ").trim();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }

    public ObservableList<RejectedMessage> messages() {
        return messages;
    }

    public ObjectProperty<RejectedMessage> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The selected message's whole payload. */
    public ReadOnlyStringProperty payloadProperty() {
        return payload.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }
}
