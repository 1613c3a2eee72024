package io.floorwatch.ui.drift;

import io.floorwatch.drift.Comparison;
import io.floorwatch.drift.DriftCheck;
import io.floorwatch.drift.DriftService;
import io.floorwatch.drift.IgnoreRules;
import io.floorwatch.drift.OrgSnapshot;
import io.floorwatch.drift.SnapshotSource;
import io.floorwatch.history.BaselineStore;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The drift screen's state, in three parts it wires together: {@link DriftSources} (what is compared with what),
 * {@link DriftResults} (the rows as the table shows them) and {@link DriftActions} (accept, revert, export). It
 * owns the comparison and the saving of a baseline, the screen's message line and the scheduled check's line, and
 * the one busy state, progress bar and Cancel over every long action of the screen.
 */
public final class DriftViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Supplier<Optional<DriftService>> services;
    private final Supplier<IgnoreRules> ignore;
    private final ZoneId zone;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Choose a baseline and what to compare it with, then Compare.");
    private final ReadOnlyStringWrapper lastCheck = new ReadOnlyStringWrapper(this, "lastCheck",
            "Scheduled check: none has run yet.");
    private final StringProperty newBaselineName = new SimpleStringProperty(this, "newBaselineName", "");

    private final DriftSources sources;
    private final DriftResults results = new DriftResults();
    private final DriftActions actions;
    private final BackgroundTask<Comparison> comparing;
    private final BackgroundTask<OrgSnapshot> saving;

    private final Command compare;
    private final Command saveLive;
    private final Command cancel;
    private final BooleanBinding busy;
    private final DoubleBinding progress;

    /**
     * @param saved  the baselines saved in history (listed without a connection)
     * @param ignore what comparisons leave out (the saved drift settings)
     * @param watch  makes a saved baseline the one the scheduled check watches
     */
    public DriftViewModel(Supplier<Optional<DriftService>> services, Supplier<List<BaselineStore.Saved>> saved,
            TaskExecutor tasks, DialogService dialogs, Supplier<IgnoreRules> ignore, Consumer<String> watch,
            ZoneId zone) {
        this.services = services;
        this.ignore = ignore;
        this.zone = zone;
        this.sources = new DriftSources(saved, tasks, dialogs, watch, message::set);
        this.actions = new DriftActions(services, tasks, dialogs, ignore, results, sources::acceptedInto,
                message::set);
        this.comparing = new BackgroundTask<>(tasks);
        this.saving = new BackgroundTask<>(tasks);
        this.compare = comparing.command(this::runCompare, sources.baselineChosenProperty());
        this.saveLive = saving.command(this::saveLiveAsBaseline, Bindings.createBooleanBinding(
                () -> !newBaselineName.get().isBlank(), newBaselineName));

        List<BackgroundTask<?>> all = new ArrayList<>(List.of(comparing, saving));
        all.addAll(actions.tasks());
        BackgroundTask<?>[] every = all.toArray(BackgroundTask<?>[]::new);
        this.cancel = BackgroundTask.cancelAny(every);
        this.busy = BackgroundTask.anyRunning(every);
        this.progress = BackgroundTask.progressOfAny(every);
        // A service's step ("Reading queues (3 of 12)") is what the screen is doing: the message line says it.
        for (BackgroundTask<?> task : every) {
            task.progressMessageProperty().addListener((o, before, step) -> {
                if (!step.isEmpty()) {
                    message.set(step);
                }
            });
        }
    }

    private void runCompare() {
        Optional<DriftService> service = services.get();
        String problem = sources.problem(service.isPresent());
        if (!problem.isEmpty()) {
            message.set(problem);
            return;
        }
        SnapshotSource baseline = sources.baseline();
        SnapshotSource target = sources.target();
        String described = sources.targetProperty().get().inSentence();
        IgnoreRules rules = ignore.get();
        actions.dismiss();
        message.set("Comparing...");
        comparing.start(context -> service.isPresent()
                ? service.get().compare(baseline, target, rules, context.cancelled(), DriftActions.progressTo(context))
                : DriftService.compareFiles(baseline, target, rules), result -> {
                            results.show(result);
                            message.set((result.rows().isEmpty() ? "No drift: " + described
                                    + " matches the baseline." : DriftTable.differences(result.rows().size())
                                    + " from the baseline.")
                                    + (result.calls() > 0 ? " (" + result.calls() + " API calls)" : ""));
                        }, failure -> message.set(BackgroundTask.isCancellation(failure) ? "Comparison cancelled."
                                : "Comparison failed: " + failure.getMessage()));
    }

    private void saveLiveAsBaseline() {
        Optional<DriftService> service = services.get();
        String name = newBaselineName.get().trim();
        if (service.isEmpty()) {
            message.set("Not connected: the live org cannot be read.");
            return;
        }
        message.set("Reading the live org for baseline '" + name + "'...");
        saving.start(context -> {
            OrgSnapshot live = service.get().readLive(context.cancelled(), DriftActions.progressTo(context));
            context.checkCancelled();
            service.get().saveBaseline(name, live.snapshot());
            return live;
        }, live -> {
            newBaselineName.set("");
            sources.savedAs(name);
            message.set("Saved baseline '" + name + "': " + live.snapshot().queues().size() + " queues, "
                    + live.snapshot().skills().size() + " skills, " + live.snapshot().agents().size()
                    + " agents with skills (" + live.calls() + " API calls).");
        }, failure -> message.set(BackgroundTask.isCancellation(failure) ? "Baseline not saved: cancelled."
                : "Baseline not saved: " + failure.getMessage()));
    }

    /** Shows what the scheduled check found (called on the FX thread). */
    public void checked(DriftCheck check) {
        lastCheck.set("Scheduled check at " + CLOCK.format(check.at().atZone(zone)) + ": " + check.summary() + ".");
    }

    /** The screen opened: saved baselines are listed. */
    public void opened() {
        sources.loadSaved();
    }

    public DriftSources sources() {
        return sources;
    }

    public DriftResults results() {
        return results;
    }

    public DriftActions actions() {
        return actions;
    }

    public StringProperty newBaselineNameProperty() {
        return newBaselineName;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastCheckProperty() {
        return lastCheck.getReadOnlyProperty();
    }

    /** True while any long action of the screen runs: the progress bar shows then. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** The running action's progress, or {@link BackgroundTask#INDETERMINATE} while it cannot tell. */
    public DoubleBinding progressProperty() {
        return progress;
    }

    public Command compareCommand() {
        return compare;
    }

    public Command saveLiveCommand() {
        return saveLive;
    }

    /** Cancels whichever long action runs: a comparison, saving a baseline, planning or running a revert. */
    public Command cancelCommand() {
        return cancel;
    }
}
