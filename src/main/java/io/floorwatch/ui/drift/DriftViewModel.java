package io.floorwatch.ui.drift;

import io.floorwatch.drift.ConfigSnapshot;
import io.floorwatch.drift.DriftCheck;
import io.floorwatch.drift.DriftExport;
import io.floorwatch.drift.DriftRow;
import io.floorwatch.drift.DriftService;
import io.floorwatch.drift.IgnoreRules;
import io.floorwatch.drift.OrgSnapshot;
import io.floorwatch.drift.RevertOutcome;
import io.floorwatch.drift.RevertPlan;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.history.BaselineStore;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The drift screen's state. A comparison reads the baseline (saved or a file) and the target (the live org, a
 * file, or a second org) on the task executor, with progress and cancel; its rows are kept whole and shown
 * filtered (type, change, severity, search) and grouped by type with counts. Accept and revert act on the selected
 * rows after a preview the supervisor confirms: accept writes a new version of the baseline, revert writes to the
 * live org through the drift service (skill tuning's safe writes, queue PUTs from a fresh GET) and compares again.
 */
public final class DriftViewModel {
    /** Where the baseline comes from. */
    public enum BaselineSource { SAVED, FILE }

    /** What the baseline is compared with. */
    public enum Target {
        LIVE("The connected org"), FILE("A snapshot file"), OTHER_ORG("A second org");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Filter choice for "any". */
    public static final String ANY = "Any";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Supplier<Optional<DriftService>> services;
    private final Supplier<List<BaselineStore.Saved>> saved;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<IgnoreRules> ignore;
    private final Consumer<String> watch;
    private final ZoneId zone;

    private final ObservableList<String> savedBaselines = FXCollections.observableArrayList();
    private final ObjectProperty<BaselineSource> baselineSource = new SimpleObjectProperty<>(this, "baselineSource",
            BaselineSource.SAVED);
    private final StringProperty baselineName = new SimpleStringProperty(this, "baselineName");
    private final ObjectProperty<File> baselineFile = new SimpleObjectProperty<>(this, "baselineFile");
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.LIVE);
    private final ObjectProperty<File> targetFile = new SimpleObjectProperty<>(this, "targetFile");
    private final StringProperty otherUrl = new SimpleStringProperty(this, "otherUrl", "");
    private final StringProperty otherClientId = new SimpleStringProperty(this, "otherClientId", "");
    private final StringProperty otherSecret = new SimpleStringProperty(this, "otherSecret", "");
    private final StringProperty newBaselineName = new SimpleStringProperty(this, "newBaselineName", "");

    private final ObservableList<DriftItem> items = FXCollections.observableArrayList();
    private final ObservableList<DriftItem> selected = FXCollections.observableArrayList();
    private final ObjectProperty<String> typeFilter = new SimpleObjectProperty<>(this, "typeFilter", ANY);
    private final ObjectProperty<String> changeFilter = new SimpleObjectProperty<>(this, "changeFilter", ANY);
    private final ObjectProperty<String> severityFilter = new SimpleObjectProperty<>(this, "severityFilter", ANY);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Choose a baseline and what to compare it with, then Compare.");
    private final ReadOnlyStringWrapper lastCheck = new ReadOnlyStringWrapper(this, "lastCheck",
            "Scheduled check: none has run yet.");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewTitle = new ReadOnlyStringWrapper(this, "previewTitle", "");
    private final BooleanProperty previewing = new SimpleBooleanProperty(this, "previewing");

    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Map<String, DriftRow> rowsByKey = new HashMap<>();
    private List<DriftRow> rows = List.of();
    private ConfigSnapshot comparedBaseline;
    private ConfigSnapshot comparedTarget;
    private Target comparedWith;
    private Runnable pendingAction;

    private final Command refresh;
    private final Command chooseBaselineFile;
    private final Command chooseTargetFile;
    private final Command compare;
    private final Command cancelRun;
    private final Command saveLive;
    private final Command previewAccept;
    private final Command previewRevert;
    private final Command confirm;
    private final Command dismiss;
    private final Command watchBaseline;

    /**
     * @param saved  the baselines saved in history (listed without a connection)
     * @param ignore what comparisons leave out (the saved drift settings)
     * @param watch  makes a saved baseline the one the scheduled check watches
     */
    public DriftViewModel(Supplier<Optional<DriftService>> services, Supplier<List<BaselineStore.Saved>> saved,
            TaskExecutor tasks, DialogService dialogs, Supplier<IgnoreRules> ignore, Consumer<String> watch,
            ZoneId zone) {
        this.services = services;
        this.saved = saved;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.ignore = ignore;
        this.watch = watch;
        this.zone = zone;
        this.refresh = new Command(this::loadSaved);
        this.chooseBaselineFile = new Command(() -> dialogs.chooseOpenFile("Baseline snapshot", "json")
                .ifPresent(file -> {
                    baselineFile.set(file);
                    baselineSource.set(BaselineSource.FILE);
                }));
        this.chooseTargetFile = new Command(() -> dialogs.chooseOpenFile("Snapshot to compare with", "json")
                .ifPresent(file -> {
                    targetFile.set(file);
                    target.set(Target.FILE);
                }));
        this.compare = new Command(this::runCompare);
        this.cancelRun = new Command(() -> cancel.set(true), compare.runningProperty());
        this.saveLive = new Command(this::saveLiveAsBaseline, Bindings.createBooleanBinding(
                () -> !newBaselineName.get().isBlank(), newBaselineName));
        var someSelected = Bindings.createBooleanBinding(() -> selected.stream().anyMatch(i -> !i.isHeading()),
                selected);
        this.previewAccept = new Command(this::previewAccepting, someSelected.and(previewing.not()));
        this.previewRevert = new Command(this::previewReverting, someSelected.and(previewing.not()));
        this.confirm = new Command(this::confirmPending, previewing);
        this.dismiss = new Command(this::dismissPreview, previewing);
        this.watchBaseline = new Command(this::watchChosen, Bindings.createBooleanBinding(
                () -> baselineSource.get() == BaselineSource.SAVED && baselineName.get() != null,
                baselineSource, baselineName));
        typeFilter.addListener((o, a, b) -> refilter());
        changeFilter.addListener((o, a, b) -> refilter());
        severityFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
    }

    // ---- baselines ----------------------------------------------------------------------------------------

    private void loadSaved() {
        refresh.setRunning(true);
        tasks.run(saved::get, saved -> {
            refresh.setRunning(false);
            String keep = baselineName.get();
            savedBaselines.setAll(saved.stream().map(BaselineStore.Saved::name).toList());
            if (keep != null && savedBaselines.contains(keep)) {
                baselineName.set(keep);
            } else if (!savedBaselines.isEmpty()) {
                baselineName.set(savedBaselines.get(0));
            }
            if (saved.isEmpty()) {
                message.set("No baseline is saved yet: name one and Save the live org as a baseline, or open a "
                        + "snapshot file.");
            }
        }, failure -> {
            refresh.setRunning(false);
            message.set("Saved baselines could not be read: " + failure.getMessage());
        });
    }

    private void saveLiveAsBaseline() {
        Optional<DriftService> service = services.get();
        String name = newBaselineName.get().trim();
        if (service.isEmpty()) {
            message.set("Not connected: the live org cannot be read.");
            return;
        }
        saveLive.setRunning(true);
        cancel.set(false);
        message.set("Reading the live org for baseline '" + name + "'...");
        tasks.run(() -> {
            OrgSnapshot live = service.get().readLive(cancel::get, this::reportProgress);
            service.get().saveBaseline(name, live.snapshot());
            return live;
        }, live -> {
            saveLive.setRunning(false);
            progress.set(0);
            newBaselineName.set("");
            if (!savedBaselines.contains(name)) {
                savedBaselines.add(0, name);
            }
            baselineSource.set(BaselineSource.SAVED);
            baselineName.set(name);
            message.set("Saved baseline '" + name + "': " + live.snapshot().queues().size() + " queues, "
                    + live.snapshot().skills().size() + " skills, " + live.snapshot().agents().size()
                    + " agents with skills (" + live.calls() + " API calls).");
        }, failure -> {
            saveLive.setRunning(false);
            progress.set(0);
            message.set("Baseline not saved: " + failure.getMessage());
        });
    }

    private void watchChosen() {
        String name = baselineName.get();
        watch.accept(name);
        message.set("The scheduled check now compares the live org with '" + name + "'.");
    }

    // ---- comparing ----------------------------------------------------------------------------------------

    /** What one comparison brings back. */
    private record Compared(ConfigSnapshot baseline, ConfigSnapshot target, List<DriftRow> rows, int calls) {
    }

    private void runCompare() {
        Optional<DriftService> service = services.get();
        BaselineSource source = baselineSource.get();
        String name = baselineName.get();
        File file = baselineFile.get();
        Target against = target.get();
        File otherFile = targetFile.get();
        String problem = inputProblem(service.isPresent(), source, name, file, against, otherFile);
        if (!problem.isEmpty()) {
            message.set(problem);
            return;
        }
        Credentials other = against == Target.OTHER_ORG ? new Credentials(otherUrl.get().trim(),
                otherClientId.get().trim(), otherSecret.get()) : null;
        IgnoreRules rules = ignore.get();
        compare.setRunning(true);
        cancel.set(false);
        dismissPreview();
        message.set("Comparing...");
        tasks.run(() -> {
            ConfigSnapshot baseline = source == BaselineSource.SAVED ? service.get().baseline(name)
                    : DriftService.readFile(file);
            ConfigSnapshot compared;
            int calls = 0;
            switch (against) {
                case FILE -> compared = DriftService.readFile(otherFile);
                case OTHER_ORG -> {
                    OrgSnapshot read = service.get().readOther(other, cancel::get, this::reportProgress);
                    compared = read.snapshot();
                    calls = read.calls();
                }
                default -> {
                    OrgSnapshot read = service.get().readLive(cancel::get, this::reportProgress);
                    compared = read.snapshot();
                    calls = read.calls();
                }
            }
            return new Compared(baseline, compared, DriftService.compare(baseline, compared, rules), calls);
        }, result -> {
            compare.setRunning(false);
            progress.set(0);
            show(result.baseline(), result.target(), against, result.rows());
            message.set((result.rows().isEmpty() ? "No drift: " + describeTarget(against)
                    + " matches the baseline." : differences(result.rows().size()) + " from the baseline.")
                    + (result.calls() > 0 ? " (" + result.calls() + " API calls)" : ""));
        }, failure -> {
            compare.setRunning(false);
            progress.set(0);
            message.set(failure instanceof java.util.concurrent.CancellationException ? "Comparison cancelled."
                    : "Comparison failed: " + failure.getMessage());
        });
    }

    private String inputProblem(boolean connected, BaselineSource source, String name, File file, Target against,
            File otherFile) {
        if (source == BaselineSource.SAVED && (name == null || name.isBlank())) {
            return "Choose a saved baseline, or open a baseline file.";
        }
        if (source == BaselineSource.FILE && file == null) {
            return "Open the baseline file first.";
        }
        if (against == Target.FILE && otherFile == null) {
            return "Open the snapshot file to compare with.";
        }
        if (against == Target.OTHER_ORG) {
            String url = otherUrl.get().trim();
            if (!url.startsWith("https://") && !url.startsWith("http://127.0.0.1")
                    && !url.startsWith("http://localhost")) {
                return "Second org: the API base URL must be https://api.<region> (or an emulator on 127.0.0.1).";
            }
            if (otherClientId.get().isBlank() || otherSecret.get().isEmpty()) {
                return "Second org: give its OAuth client id and secret (they are not saved).";
            }
        }
        boolean needsConnection = source == BaselineSource.SAVED || against != Target.FILE;
        return needsConnection && !connected ? "Not connected yet: wait for the connection, or compare two files."
                : "";
    }

    /** "1 difference", "3 differences". */
    static String differences(int count) {
        return count + (count == 1 ? " difference" : " differences");
    }

    /** "1 difference remains.", "3 differences remain." */
    static String remaining(int count) {
        return differences(count) + (count == 1 ? " remains." : " remain.");
    }

    private static String describeTarget(Target against) {
        return switch (against) {
            case LIVE -> "the connected org";
            case FILE -> "the file";
            case OTHER_ORG -> "the second org";
        };
    }

    private void reportProgress(io.floorwatch.drift.SnapshotReader.Progress p) {
        tasks.report(() -> {
            progress.set(p.fraction() < 0 ? -1 : p.fraction());
            message.set(p.step() + (p.total() > 0 ? " (" + p.done() + " of " + p.total() + ")" : "..."));
        });
    }

    private void show(ConfigSnapshot baseline, ConfigSnapshot compared, Target against, List<DriftRow> found) {
        comparedBaseline = baseline;
        comparedTarget = compared;
        comparedWith = against;
        rows = List.copyOf(found);
        rowsByKey.clear();
        rows.forEach(r -> rowsByKey.put(r.key(), r));
        selected.clear();
        refilter();
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        Map<DriftRow.EntityType, List<DriftRow>> shown = new java.util.EnumMap<>(DriftRow.EntityType.class);
        for (DriftRow row : rows) {
            if (passes(row, needle)) {
                shown.computeIfAbsent(row.type(), k -> new ArrayList<>()).add(row);
            }
        }
        List<DriftItem> list = new ArrayList<>();
        List<String> tally = new ArrayList<>();
        for (DriftRow.EntityType type : DriftRow.EntityType.values()) {
            List<DriftRow> ofType = shown.getOrDefault(type, List.of());
            long all = rows.stream().filter(r -> r.type() == type).count();
            tally.add(type.plural() + " " + (ofType.size() == all ? all : ofType.size() + " of " + all));
            if (!ofType.isEmpty()) {
                list.add(DriftItem.heading(type.plural() + " (" + ofType.size() + ")"));
                ofType.forEach(r -> list.add(item(r)));
            }
        }
        items.setAll(list);
        selected.removeIf(i -> !list.contains(i));
        counts.set(rows.isEmpty() ? "" : String.join(" · ", tally));
    }

    private boolean passes(DriftRow row, String needle) {
        if (!ANY.equals(typeFilter.get()) && !row.type().plural().equals(typeFilter.get())) {
            return false;
        }
        if (!ANY.equals(changeFilter.get()) && !row.change().name().equalsIgnoreCase(changeFilter.get())) {
            return false;
        }
        if (!ANY.equals(severityFilter.get()) && !row.severity().name().equalsIgnoreCase(severityFilter.get())) {
            return false;
        }
        return needle.isEmpty() || (row.label() + " " + row.field() + " " + row.baseline() + " " + row.live())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    private static DriftItem item(DriftRow row) {
        return new DriftItem("", row.type().plural(), row.label(), row.field().equals("*") ? "(whole entity)"
                : row.field(), row.baseline(), row.live(), row.change().name().toLowerCase(Locale.ROOT),
                row.severity().name(), row.key());
    }

    private List<DriftRow> selectedRows() {
        return selected.stream().filter(i -> !i.isHeading()).map(i -> rowsByKey.get(i.key()))
                .filter(java.util.Objects::nonNull).toList();
    }

    // ---- accept and revert --------------------------------------------------------------------------------

    private void previewAccepting() {
        List<DriftRow> chosen = selectedRows();
        if (chosen.isEmpty()) {
            return;
        }
        BaselineSource source = baselineSource.get();
        String into = source == BaselineSource.SAVED ? "baseline '" + baselineName.get() + "'"
                : "the file " + baselineFile.get().getName();
        previewTitle.set("Accept " + chosen.size() + (chosen.size() == 1 ? " difference" : " differences")
                + " into " + into + "? The baseline takes these values; the org is not changed.");
        preview.setAll(chosen.stream().map(r -> r.label() + " · " + r.field() + ": '" + r.baseline() + "' becomes '"
                + r.live() + "'").toList());
        pendingAction = () -> accept(chosen, source);
        previewing.set(true);
    }

    private void accept(List<DriftRow> chosen, BaselineSource source) {
        Optional<DriftService> service = services.get();
        if (service.isEmpty()) {
            message.set("Not connected: the baseline cannot be stored.");
            return;
        }
        String name = baselineName.get();
        File file = baselineFile.get();
        ConfigSnapshot baseline = comparedBaseline;
        ConfigSnapshot compared = comparedTarget;
        confirm.setRunning(true);
        tasks.run(() -> source == BaselineSource.SAVED ? service.get().acceptSaved(name, baseline, compared, chosen)
                : service.get().acceptFile(file, baseline, compared, chosen), accepted -> {
                    confirm.setRunning(false);
                    dismissPreview();
                    show(accepted, compared, comparedWith, DriftService.compare(accepted, compared, ignore.get()));
                    message.set("Accepted " + chosen.size() + " into the baseline; " + remaining(rows.size()));
                }, failure -> {
                    confirm.setRunning(false);
                    message.set("Not accepted: " + failure.getMessage());
                });
    }

    private void previewReverting() {
        List<DriftRow> chosen = selectedRows();
        Optional<DriftService> service = services.get();
        if (chosen.isEmpty()) {
            return;
        }
        if (comparedWith != Target.LIVE) {
            message.set("Revert writes to the connected org: compare the baseline with the connected org first.");
            return;
        }
        if (service.isEmpty()) {
            message.set("Not connected: nothing can be reverted.");
            return;
        }
        ConfigSnapshot baseline = comparedBaseline;
        previewRevert.setRunning(true);
        cancel.set(false);
        message.set("Reading the org again to plan the writes...");
        tasks.run(() -> service.get().planRevert(baseline, chosen, cancel::get, this::reportProgress), plan -> {
            previewRevert.setRunning(false);
            progress.set(0);
            previewTitle.set("Revert " + plan.possibleSteps() + " of " + chosen.size() + " in the org? Floorwatch "
                    + "writes these, checks what it reads back, and audits every write.");
            preview.setAll(plan.steps().stream().map(s -> s.possible() ? s.write() : "not reverted: "
                    + s.row().label() + " · " + s.row().field() + ": " + s.refusal()).toList());
            pendingAction = () -> revert(plan);
            previewing.set(true);
            message.set("Check the writes, then Confirm.");
        }, failure -> {
            previewRevert.setRunning(false);
            progress.set(0);
            message.set("The revert could not be planned: " + failure.getMessage());
        });
    }

    private void revert(RevertPlan plan) {
        Optional<DriftService> service = services.get();
        if (service.isEmpty()) {
            message.set("Not connected: nothing was sent.");
            return;
        }
        confirm.setRunning(true);
        cancel.set(false);
        message.set("Reverting...");
        tasks.run(() -> {
            List<RevertOutcome> outcomes = service.get().revert(plan, cancel::get, o -> { });
            OrgSnapshot live = service.get().readLive(cancel::get, this::reportProgress);
            return new Reverted(outcomes, live.snapshot());
        }, done -> {
            confirm.setRunning(false);
            progress.set(0);
            dismissPreview();
            show(plan.baseline(), done.live(), Target.LIVE, DriftService.compare(plan.baseline(), done.live(),
                    ignore.get()));
            long ok = done.outcomes().stream().filter(RevertOutcome::reverted).count();
            List<String> failed = done.outcomes().stream().filter(o -> !o.reverted())
                    .map(o -> o.row().label() + " · " + o.row().field() + ": " + o.message()).toList();
            message.set("Reverted " + ok + " of " + done.outcomes().size() + "; " + remaining(rows.size())
                    + (failed.isEmpty() ? "" : " Not reverted: " + String.join("; ", failed)));
        }, failure -> {
            confirm.setRunning(false);
            progress.set(0);
            message.set("Revert failed: " + failure.getMessage() + ". What was written is in the audit log.");
        });
    }

    /** A revert's outcomes and the org as read after it. */
    private record Reverted(List<RevertOutcome> outcomes, ConfigSnapshot live) {
    }

    private void confirmPending() {
        Runnable action = pendingAction;
        if (action != null) {
            pendingAction = null;
            action.run();
        }
    }

    private void dismissPreview() {
        pendingAction = null;
        preview.clear();
        previewTitle.set("");
        previewing.set(false);
    }

    // ---- export and the scheduled check ------------------------------------------------------------------

    /** Writes the differences shown (as filtered) in a format; asks where first. */
    public void export(String formatName) {
        DriftExport.Format format = DriftExport.Format.parse(formatName);
        List<DriftRow> shown = items.stream().filter(i -> !i.isHeading()).map(i -> rowsByKey.get(i.key())).toList();
        if (shown.isEmpty()) {
            return;
        }
        dialogs.chooseSaveFile("Export drift", "drift." + format.extension(), format.extension()).ifPresent(file ->
                tasks.run(() -> {
                    DriftService.export(shown, format, file);
                    return file;
                }, written -> message.set("Exported " + differences(shown.size()) + " to " + written + "."),
                        failure -> dialogs.showError("Export failed", failure.getMessage())));
    }

    /** Shows what the scheduled check found (called on the FX thread). */
    public void checked(DriftCheck check) {
        lastCheck.set("Scheduled check at " + CLOCK.format(check.at().atZone(zone)) + ": " + check.summary() + ".");
    }

    /** The screen opened: saved baselines are listed. */
    public void opened() {
        loadSaved();
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ObservableList<String> savedBaselines() {
        return savedBaselines;
    }

    public ObjectProperty<BaselineSource> baselineSourceProperty() {
        return baselineSource;
    }

    public StringProperty baselineNameProperty() {
        return baselineName;
    }

    public ObjectProperty<File> baselineFileProperty() {
        return baselineFile;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObjectProperty<File> targetFileProperty() {
        return targetFile;
    }

    public StringProperty otherUrlProperty() {
        return otherUrl;
    }

    public StringProperty otherClientIdProperty() {
        return otherClientId;
    }

    public StringProperty otherSecretProperty() {
        return otherSecret;
    }

    public StringProperty newBaselineNameProperty() {
        return newBaselineName;
    }

    public ObservableList<DriftItem> items() {
        return items;
    }

    public ObservableList<DriftItem> selected() {
        return selected;
    }

    public ObjectProperty<String> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<String> changeFilterProperty() {
        return changeFilter;
    }

    public ObjectProperty<String> severityFilterProperty() {
        return severityFilter;
    }

    public List<String> typeChoices() {
        List<String> choices = new ArrayList<>(List.of(ANY));
        for (DriftRow.EntityType type : DriftRow.EntityType.values()) {
            choices.add(type.plural());
        }
        return choices;
    }

    public List<String> changeChoices() {
        return List.of(ANY, "Added", "Removed", "Changed");
    }

    public List<String> severityChoices() {
        return List.of(ANY, "High", "Medium", "Low");
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastCheckProperty() {
        return lastCheck.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<String> preview() {
        return preview;
    }

    public ReadOnlyStringProperty previewTitleProperty() {
        return previewTitle.getReadOnlyProperty();
    }

    public BooleanProperty previewingProperty() {
        return previewing;
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command chooseBaselineFileCommand() {
        return chooseBaselineFile;
    }

    public Command chooseTargetFileCommand() {
        return chooseTargetFile;
    }

    public Command compareCommand() {
        return compare;
    }

    public Command cancelCommand() {
        return cancelRun;
    }

    public Command saveLiveCommand() {
        return saveLive;
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

    /** Whether there are rows to export; the View's menu calls {@link #export(String)}. */
    public javafx.beans.binding.BooleanBinding exportableProperty() {
        return Bindings.isNotEmpty(items);
    }

    public Command watchCommand() {
        return watchBaseline;
    }
}
