package io.floorwatch.ui.drift;

import io.floorwatch.drift.Comparison;
import io.floorwatch.drift.DriftExport;
import io.floorwatch.drift.DriftRow;
import io.floorwatch.drift.DriftService;
import io.floorwatch.drift.IgnoreRules;
import io.floorwatch.drift.RevertOutcome;
import io.floorwatch.drift.RevertPlan;
import io.floorwatch.drift.SnapshotReader;
import io.floorwatch.drift.SnapshotSource;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the supervisor does with the selected differences, always through a preview they confirm: accept them into
 * the baseline (a new version of it; the org is not changed) or revert them in the connected org (planned from a
 * fresh read, written through the drift service, then compared again). Also the export of the rows shown.
 */
public final class DriftActions {
    /** A revert's outcomes and the comparison made after it. */
    private record Reverted(List<RevertOutcome> outcomes, Comparison after) {
    }

    private final Supplier<Optional<DriftService>> services;
    private final DialogService dialogs;
    private final Supplier<IgnoreRules> ignore;
    private final DriftResults results;
    private final Supplier<String> acceptedInto;
    private final Consumer<String> message;

    private final BackgroundTask<RevertPlan> planning;
    private final BackgroundTask<Comparison> accepting;
    private final BackgroundTask<Reverted> reverting;
    private final BackgroundTask<File> exporting;

    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewTitle = new ReadOnlyStringWrapper(this, "previewTitle", "");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private Runnable pending;

    private final Command previewAccept;
    private final Command previewRevert;
    private final Command confirm;
    private final Command dismiss;

    /**
     * @param acceptedInto names where an accept writes ("baseline 'Morning'"), for the preview's title
     * @param message      where what happened is said (the screen's message line)
     */
    DriftActions(Supplier<Optional<DriftService>> services, TaskExecutor tasks, DialogService dialogs,
            Supplier<IgnoreRules> ignore, DriftResults results, Supplier<String> acceptedInto,
            Consumer<String> message) {
        this.services = services;
        this.dialogs = dialogs;
        this.ignore = ignore;
        this.results = results;
        this.acceptedInto = acceptedInto;
        this.message = message;
        this.planning = new BackgroundTask<>(tasks);
        this.accepting = new BackgroundTask<>(tasks);
        this.reverting = new BackgroundTask<>(tasks);
        this.exporting = new BackgroundTask<>(tasks);
        var someSelected = results.someRowSelectedProperty();
        this.previewAccept = new Command(this::previewAccepting, someSelected.and(previewing.not()));
        this.previewRevert = planning.command(this::previewReverting, someSelected.and(previewing.not()));
        this.confirm = new Command(this::confirmPending,
                previewing.and(BackgroundTask.anyRunning(accepting, reverting).not()));
        this.dismiss = new Command(this::dismiss, previewing);
    }

    /** Hands a service's read progress to a task: "Reading queues (3 of 12)", or the step alone while unknown. */
    static Consumer<SnapshotReader.Progress> progressTo(BackgroundTask.Context context) {
        return p -> context.progress(p.fraction(), p.step() + (p.total() > 0 ? " (" + p.done() + " of "
                + p.total() + ")" : "..."));
    }

    // ---- accept ---------------------------------------------------------------------------------------------

    private void previewAccepting() {
        List<DriftRow> chosen = results.selectedRows();
        if (chosen.isEmpty()) {
            return;
        }
        previewTitle.set("Accept " + DriftTable.differences(chosen.size()) + " into " + acceptedInto.get()
                + "? The baseline takes these values; the org is not changed.");
        preview.setAll(chosen.stream().map(r -> r.label() + " · " + r.field() + ": '" + r.baseline()
                + "' becomes '" + r.live() + "'").toList());
        Comparison shown = results.comparison().orElseThrow();
        open(() -> accept(shown, chosen));
    }

    private void accept(Comparison shown, List<DriftRow> chosen) {
        Optional<DriftService> service = services.get();
        if (service.isEmpty()) {
            message.accept("Not connected: the baseline cannot be stored.");
            return;
        }
        IgnoreRules rules = ignore.get();
        // One quick local write: the task gives it the busy state, there is nothing to cancel half-way.
        accepting.start(context -> service.get().accept(shown, chosen, rules), after -> {
            dismiss();
            results.show(after);
            message.accept("Accepted " + chosen.size() + " into the baseline; "
                    + DriftTable.remaining(after.rows().size()));
        }, failure -> message.accept("Not accepted: " + failure.getMessage()));
    }

    // ---- revert ---------------------------------------------------------------------------------------------

    private void previewReverting() {
        List<DriftRow> chosen = results.selectedRows();
        Optional<Comparison> shown = results.comparison();
        Optional<DriftService> service = services.get();
        if (chosen.isEmpty() || shown.isEmpty()) {
            return;
        }
        if (!(shown.get().against() instanceof SnapshotSource.Live)) {
            message.accept("Revert writes to the connected org: compare the baseline with the connected org first.");
            return;
        }
        if (service.isEmpty()) {
            message.accept("Not connected: nothing can be reverted.");
            return;
        }
        message.accept("Reading the org again to plan the writes...");
        planning.start(context -> service.get().planRevert(shown.get().baseline(), chosen, context.cancelled(),
                progressTo(context)), plan -> {
                    previewTitle.set("Revert " + plan.possibleSteps() + " of " + chosen.size() + " in the org? "
                            + "Floorwatch writes these, checks what it reads back, and audits every write.");
                    preview.setAll(plan.steps().stream().map(s -> s.possible() ? s.write() : "not reverted: "
                            + s.row().label() + " · " + s.row().field() + ": " + s.refusal()).toList());
                    open(() -> revert(shown.get(), plan));
                    message.accept("Check the writes, then Confirm.");
                }, failure -> message.accept(BackgroundTask.isCancellation(failure) ? "Revert planning cancelled."
                        : "The revert could not be planned: " + failure.getMessage()));
    }

    private void revert(Comparison shown, RevertPlan plan) {
        Optional<DriftService> service = services.get();
        if (service.isEmpty()) {
            message.accept("Not connected: nothing was sent.");
            return;
        }
        IgnoreRules rules = ignore.get();
        message.accept("Reverting...");
        reverting.start(context -> {
            List<RevertOutcome> outcomes = service.get().revert(plan, context.cancelled(), o -> { });
            return new Reverted(outcomes, service.get().recompare(shown, rules, context.cancelled(),
                    progressTo(context)));
        }, reverted -> {
            dismiss();
            results.show(reverted.after());
            long ok = reverted.outcomes().stream().filter(RevertOutcome::reverted).count();
            List<String> failed = reverted.outcomes().stream().filter(o -> !o.reverted())
                    .map(o -> o.row().label() + " · " + o.row().field() + ": " + o.message()).toList();
            message.accept("Reverted " + ok + " of " + reverted.outcomes().size() + "; "
                    + DriftTable.remaining(reverted.after().rows().size())
                    + (failed.isEmpty() ? "" : " Not reverted: " + String.join("; ", failed)));
        }, failure -> message.accept((BackgroundTask.isCancellation(failure) ? "Revert cancelled"
                : "Revert failed: " + failure.getMessage()) + ". What was written is in the audit log."));
    }

    // ---- the preview ----------------------------------------------------------------------------------------

    private void open(Runnable onConfirm) {
        pending = onConfirm;
        previewing.set(true);
    }

    private void confirmPending() {
        Runnable action = pending;
        if (action != null) {
            pending = null;
            action.run();
        }
    }

    /** Closes the preview without acting (also when a new comparison starts: the rows it showed are gone). */
    void dismiss() {
        pending = null;
        preview.clear();
        previewTitle.set("");
        previewing.set(false);
    }

    // ---- export ---------------------------------------------------------------------------------------------

    /** Writes the differences shown (as filtered) in a format; asks where first. */
    public void export(String formatName) {
        DriftExport.Format format = DriftExport.Format.parse(formatName);
        List<DriftRow> shown = results.shownRows();
        if (shown.isEmpty()) {
            return;
        }
        dialogs.chooseSaveFile("Export drift", "drift." + format.extension(), format.extension()).ifPresent(file ->
                exporting.start(context -> {
                    DriftService.export(shown, format, file);
                    return file;
                }, written -> message.accept("Exported " + DriftTable.differences(shown.size()) + " to " + written
                        + "."), failure -> dialogs.showError("Export failed", failure.getMessage())));
    }

    /** The long actions, for the screen's shared busy state, progress and Cancel. */
    List<BackgroundTask<?>> tasks() {
        return List.of(planning, accepting, reverting, exporting);
    }

    public ObservableList<String> preview() {
        return preview;
    }

    public ReadOnlyStringProperty previewTitleProperty() {
        return previewTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public Command previewAcceptCommand() {
        return previewAccept;
    }

    public Command previewRevertCommand() {
        return previewRevert;
    }

    public Command confirmCommand() {
        return confirm;
    }

    public Command dismissCommand() {
        return dismiss;
    }
}
