package io.floorwatch.ui.provisioning;

import io.floorwatch.base.Plural;
import io.floorwatch.provisioning.OrgIndex;
import io.floorwatch.provisioning.OutcomeReport;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.QueueSpecFiles;
import io.floorwatch.provisioning.SpecProblem;
import io.floorwatch.provisioning.SpecRow;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Many queues from a file: every row read with its validation against the org, the valid ones created on the task
 * executor with progress and cancel, and every row's outcome kept for export. Outcomes are kept as each row
 * finishes, so a cancelled or failed run still reports and exports what it did.
 */
public final class BulkImport {
    private final QueueOrg org;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<BulkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** How many imported rows are valid: Create is offered only when there is one. */
    private final ReadOnlyIntegerWrapper validRows = new ReadOnlyIntegerWrapper(this, "validRows");
    private final BackgroundTask<List<SpecRow>> reading;
    private final BackgroundTask<List<QueueOutcome>> creating;
    private final BackgroundTask<Integer> exporting;
    private final Command importFile;
    private final Command createRows;
    private final Command cancelRows;
    private final Command export;
    private List<SpecRow> imported = List.of();
    private final List<QueueOutcome> outcomes = new ArrayList<>();

    BulkImport(QueueOrg org, TaskExecutor tasks, DialogService dialogs) {
        this.org = org;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.reading = new BackgroundTask<>(tasks);
        this.creating = new BackgroundTask<>(tasks);
        this.exporting = new BackgroundTask<>(tasks);
        var idle = BackgroundTask.anyRunning(reading, creating).not();
        this.importFile = new Command(this::chooseAndImport, idle);
        this.createRows = new Command(this::createImported, validRows.greaterThan(0).and(idle));
        this.cancelRows = creating.cancelCommand();
        this.export = exporting.command(this::exportOutcomes, Bindings.isNotEmpty(rows).and(idle));
    }

    private void chooseAndImport() {
        dialogs.chooseOpenFile("Import queues", "csv", "json").ifPresent(this::importFrom);
    }

    /** Reads a file and shows every row with its validation against the org. */
    public void importFrom(File file) {
        message.set("Reading " + file.getName() + "...");
        org.use(read -> reading.start(context -> QueueProvisioner.check(QueueSpecFiles.read(file.toPath()),
                read.index()), checked -> {
                    imported = checked;
                    outcomes.clear();
                    rows.setAll(checked.stream().map(r -> new BulkRow(r.where(), r.spec() == null ? ""
                            : r.spec().name(), r.valid() ? "Valid" : "Invalid", r.valid() ? "" : String.join("; ",
                            r.problems().stream().map(SpecProblem::toString).toList()))).toList());
                    long valid = checked.stream().filter(SpecRow::valid).count();
                    validRows.set((int) valid);
                    message.set(file.getName() + ": " + checked.size() + " rows, " + valid + " valid, "
                            + (checked.size() - valid) + " invalid. Create sends the valid rows only.");
                }, failure -> message.set("Not imported: " + failure.getMessage())), message::set);
    }

    private void createImported() {
        Optional<QueueProvisioner> provisioner = org.provisioner();
        long valid = imported.stream().filter(SpecRow::valid).count();
        if (provisioner.isEmpty() || valid == 0) {
            message.set(provisioner.isEmpty() ? "Not connected: nothing was sent." : "No valid rows to create.");
            return;
        }
        org.use(read -> create(provisioner.get(), read), message::set);
    }

    private void create(QueueProvisioner provisioner, QueueProvisioner.Org read) {
        List<SpecRow> toRun = imported;
        outcomes.clear();
        int[] done = {0};
        creating.start(context -> provisioner.createAll(toRun, read, context.cancelled(), outcome -> {
            int finished = ++done[0];
            // Each row reaches the screen as it finishes: one hop per row is fine at a rate-limited pace.
            tasks.report(() -> finished(outcome));
            context.progress((double) finished / toRun.size(), outcome.name());
        }), all -> {
            // Every row's outcome reached the screen as it finished (reports run before this callback).
            org.forget(); // the org changed: names are taken now
            message.set(summary(false));
        }, failure -> {
            org.forget();
            message.set(BackgroundTask.isCancellation(failure) ? summary(true)
                    : "Stopped after " + outcomes.size() + " rows: " + failure.getMessage());
        });
    }

    private void finished(QueueOutcome outcome) {
        outcomes.add(outcome);
        int index = outcomes.size() - 1;
        if (index >= rows.size()) {
            return;
        }
        String status = switch (outcome.status()) {
            case CREATED -> "Created";
            case FAILED -> "Failed";
            case VALID -> "Valid";
            case SKIPPED -> "Skipped";
        };
        String detail = outcome.status() == QueueOutcome.Status.CREATED ? "id " + outcome.queueId() + " · "
                + Plural.of(outcome.members(), "member") + " · " + outcome.latencyMillis() + " ms" : outcome.message();
        rows.set(index, new BulkRow(outcome.row().where(), outcome.name(), status, detail));
    }

    private String summary(boolean cancelled) {
        long created = outcomes.stream().filter(o -> o.status() == QueueOutcome.Status.CREATED).count();
        long failed = outcomes.stream().filter(o -> o.status() == QueueOutcome.Status.FAILED).count();
        return created + " created, " + (outcomes.size() - created - failed) + " skipped, " + failed + " failed"
                + (cancelled ? " (cancelled)" : "") + ".";
    }

    private void exportOutcomes() {
        Optional<File> target = dialogs.chooseSaveFile("Export the outcomes", "queue-outcomes.csv", "csv");
        if (target.isEmpty()) {
            return;
        }
        List<QueueOutcome> toWrite = outcomes.isEmpty() ? QueueProvisioner.dryRun(imported,
                org.current().map(QueueProvisioner.Org::index).orElseGet(OrgIndex::new)) : List.copyOf(outcomes);
        exporting.start(context -> OutcomeReport.writeCsv(toWrite, target.get()),
                count -> message.set("Exported " + count + " rows to " + target.get() + "."),
                failure -> message.set("Export failed: " + failure.getMessage()));
    }

    public ObservableList<BulkRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How far the creation is: 1 once every row finished. */
    public ReadOnlyDoubleProperty progressProperty() {
        return creating.progressProperty();
    }

    public Command importCommand() {
        return importFile;
    }

    public Command createRowsCommand() {
        return createRows;
    }

    public Command cancelRowsCommand() {
        return cancelRows;
    }

    public Command exportCommand() {
        return export;
    }
}
