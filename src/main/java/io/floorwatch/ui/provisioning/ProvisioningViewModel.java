package io.floorwatch.ui.provisioning;

import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.provisioning.OutcomeReport;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.QueueSpecFiles;
import io.floorwatch.provisioning.QueueSpecValidator;
import io.floorwatch.provisioning.SpecProblem;
import io.floorwatch.provisioning.SpecRow;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The provisioning screen's state. The form is read as one row of the queue CSV format and validated against the
 * org (read once per screen, refreshable) with a message per field; nothing is sent while a field is wrong. The
 * bulk part reads a file into rows with their validation, creates the valid ones on the task executor with
 * progress and cancel, and keeps every row's outcome for export.
 */
public final class ProvisioningViewModel {
    /** The form's fields: the CSV column each stands for. */
    public enum Field {
        NAME("name"), DESCRIPTION("description"), DIVISION("division"), WRAPUP("wrapupPrompt"),
        ACW_TIMEOUT("acwTimeoutSeconds"), ALERTING("alertingTimeoutSeconds"),
        SERVICE_LEVEL_PERCENT("serviceLevelPercentage"), SERVICE_LEVEL_SECONDS("serviceLevelDurationSeconds"),
        SKILLS("requiredSkills"), RINGS("rings"), MEMBER_GROUPS("memberGroups"), FLOW("inQueueFlow");

        private final String column;

        Field(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private final Supplier<Optional<QueueProvisioner>> provisioners;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Map<Field, StringProperty> fields = new LinkedHashMap<>();
    private final Map<Field, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ObjectProperty<SkillEvaluationMethod> skillEvaluation =
            new SimpleObjectProperty<>(this, "skillEvaluation");
    private final BooleanProperty addSkilledMembers = new SimpleBooleanProperty(this, "addSkilledMembers");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper orgStatus = new ReadOnlyStringWrapper(this, "orgStatus", "");
    private final ObservableList<BulkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper bulkMessage = new ReadOnlyStringWrapper(this, "bulkMessage", "");
    private final ReadOnlyDoubleWrapper bulkProgress = new ReadOnlyDoubleWrapper(this, "bulkProgress", 0);
    private final Command refreshOrg;
    private final Command check;
    private final Command create;
    private final Command importFile;
    private final Command createRows;
    private final Command cancelRows;
    private final Command exportOutcomes;
    private volatile QueueProvisioner.Org org;
    private List<SpecRow> imported = List.of();
    private List<QueueOutcome> outcomes = List.of();
    private final AtomicBoolean cancel = new AtomicBoolean();

    /** @param provisioners a provisioner on the open connection, or empty while there is none */
    public ProvisioningViewModel(Supplier<Optional<QueueProvisioner>> provisioners, TaskExecutor tasks,
            DialogService dialogs) {
        this.provisioners = provisioners;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (Field field : Field.values()) {
            fields.put(field, new SimpleStringProperty(this, field.name(), ""));
            errors.put(field, new ReadOnlyStringWrapper(this, field.name() + "Error", ""));
        }
        this.refreshOrg = new Command(this::readOrg);
        this.check = new Command(() -> validate(false));
        this.create = new Command(() -> validate(true));
        this.importFile = new Command(this::chooseAndImport);
        this.createRows = new Command(this::createImported);
        this.cancelRows = new Command(() -> cancel.set(true), createRows.runningProperty());
        this.exportOutcomes = new Command(this::export, Bindings.isNotEmpty(rows));
        fields.values().forEach(p -> p.addListener(o -> preview.set("")));
    }

    // ---- the org ------------------------------------------------------------------------------------------

    /** Reads the org again (the button): the next checks use what it holds now. */
    private void readOrg() {
        org = null;
        refreshOrg.setRunning(true);
        withOrg(() -> refreshOrg.setRunning(false));
    }

    /** Runs {@code then} once the org is known, reading it first if needed; says what went wrong otherwise. */
    private void withOrg(Runnable then) {
        if (org != null) {
            then.run();
            return;
        }
        Optional<QueueProvisioner> provisioner = provisioners.get();
        if (provisioner.isEmpty()) {
            refreshOrg.setRunning(false);
            orgStatus.set("Not connected yet: the org is read once the connection is up.");
            show("Not connected: nothing can be checked or created until the connection is up.");
            return;
        }
        orgStatus.set("Reading skills, queues, divisions, groups and flows...");
        tasks.run(() -> provisioner.get().readOrg(), read -> {
            org = read;
            orgStatus.set("Checked against the org as read just now (" + read.userSkills().size() + " users).");
            then.run();
        }, failure -> {
            refreshOrg.setRunning(false);
            orgStatus.set("The org could not be read: " + failure.getMessage());
            show("The org could not be read: " + failure.getMessage());
        });
    }

    // ---- the form -----------------------------------------------------------------------------------------

    /** The form as a spec, with what could not be read; each problem is put next to its field. */
    private void validate(boolean thenCreate) {
        withOrg(() -> {
            List<SpecProblem> problems = new ArrayList<>();
            QueueSpec spec = QueueSpecFiles.fromCells(cells(), problems);
            problems.addAll(QueueSpecValidator.validate(spec, org.index(), Set.of()));
            errors.values().forEach(e -> e.set(""));
            for (SpecProblem problem : problems) {
                ReadOnlyStringWrapper error = errors.get(fieldOf(problem.field()));
                error.set(error.get().isEmpty() ? problem.message() : error.get() + "; " + problem.message());
            }
            if (!problems.isEmpty()) {
                preview.set("");
                show("Not sent: " + problems.size() + (problems.size() == 1 ? " field needs" : " fields need")
                        + " fixing (marked above).");
                return;
            }
            QueueProvisioner provisioner = provisioners.get().orElse(null);
            if (provisioner == null) {
                show("Not connected: nothing was sent.");
                return;
            }
            tasks.run(() -> provisioner.preview(spec, org), request -> {
                preview.set(request);
                if (thenCreate) {
                    createOne(provisioner, spec);
                } else {
                    show("Valid. The request below is what Create will send.");
                }
            }, failure -> show("The request could not be built: " + failure.getMessage()));
        });
    }

    private void createOne(QueueProvisioner provisioner, QueueSpec spec) {
        create.setRunning(true);
        show("Creating " + spec.name() + "...");
        SpecRow row = new SpecRow(1, "form", spec, List.of());
        tasks.run(() -> provisioner.createAll(List.of(row), org, () -> false, outcome -> { }).get(0), outcome -> {
            create.setRunning(false);
            org = null; // the org changed: the next check reads it again (the new name is taken now)
            show(switch (outcome.status()) {
                case CREATED -> "Created " + spec.name() + " (id " + outcome.queueId() + ", " + outcome.members()
                        + " members, " + outcome.latencyMillis() + " ms).";
                case FAILED -> "Genesys refused it: " + outcome.message();
                default -> "Not created: " + outcome.message();
            });
        }, failure -> {
            create.setRunning(false);
            show("Not created: " + failure.getMessage());
        });
    }

    private Map<String, String> cells() {
        Map<String, String> cells = new LinkedHashMap<>();
        fields.forEach((field, value) -> cells.put(field.column(), value.get()));
        cells.put("skillEvaluationMethod", skillEvaluation.get() == null ? "" : skillEvaluation.get().name());
        cells.put("addSkilledMembers", Boolean.toString(addSkilledMembers.get()));
        return cells;
    }

    /** Which form field a problem belongs to ("media.call.serviceLevelPercentage" to the percentage, ...). */
    static Field fieldOf(String problemField) {
        String f = problemField.toLowerCase(java.util.Locale.ROOT);
        if (f.startsWith("requiredskills") || f.equals("addskilledmembers")) {
            return Field.SKILLS;
        }
        if (f.startsWith("rings")) {
            return Field.RINGS;
        }
        if (f.startsWith("membergroups")) {
            return Field.MEMBER_GROUPS;
        }
        if (f.contains("alertingtimeout")) {
            return Field.ALERTING;
        }
        if (f.contains("servicelevelduration")) {
            return Field.SERVICE_LEVEL_SECONDS;
        }
        if (f.contains("servicelevel") || f.startsWith("media")) {
            return Field.SERVICE_LEVEL_PERCENT;
        }
        for (Field field : Field.values()) {
            if (field.column().equalsIgnoreCase(problemField)) {
                return field;
            }
        }
        return Field.NAME;
    }

    // ---- bulk import --------------------------------------------------------------------------------------

    private void chooseAndImport() {
        dialogs.chooseOpenFile("Import queues", "csv", "json").ifPresent(this::importFrom);
    }

    /** Reads a file and shows every row with its validation against the org. */
    public void importFrom(File file) {
        bulkMessage.set("Reading " + file.getName() + "...");
        withOrg(() -> tasks.run(() -> QueueProvisioner.check(QueueSpecFiles.read(file.toPath()), org.index()),
                checked -> {
                    imported = checked;
                    outcomes = List.of();
                    rows.setAll(checked.stream().map(r -> new BulkRow(r.where(), r.spec() == null ? "" : r.spec()
                            .name(), r.valid() ? "Valid" : "Invalid", r.valid() ? "" : String.join("; ",
                            r.problems().stream().map(SpecProblem::toString).toList()))).toList());
                    long valid = checked.stream().filter(SpecRow::valid).count();
                    bulkMessage.set(file.getName() + ": " + checked.size() + " rows, " + valid + " valid, "
                            + (checked.size() - valid) + " invalid. Create sends the valid rows only.");
                    bulkProgress.set(0);
                }, failure -> bulkMessage.set("Not imported: " + failure.getMessage())));
    }

    private void createImported() {
        Optional<QueueProvisioner> provisioner = provisioners.get();
        long valid = imported.stream().filter(SpecRow::valid).count();
        if (provisioner.isEmpty() || valid == 0) {
            bulkMessage.set(provisioner.isEmpty() ? "Not connected: nothing was sent." : "No valid rows to create.");
            return;
        }
        cancel.set(false);
        createRows.setRunning(true);
        bulkProgress.set(0);
        List<SpecRow> toRun = imported;
        QueueProvisioner.Org against = org;
        int[] done = {0};
        tasks.run(() -> provisioner.get().createAll(toRun, against, cancel::get, outcome -> {
            int finished = ++done[0];
            // Progress reaches the screen as rows finish: one hop per row is fine at a rate-limited pace.
            tasks.report(() -> {
                showOutcome(finished - 1, outcome);
                bulkProgress.set((double) finished / toRun.size());
            });
        }), all -> {
            createRows.setRunning(false);
            outcomes = all;
            org = null;
            for (int i = 0; i < all.size(); i++) {
                showOutcome(i, all.get(i));
            }
            long created = all.stream().filter(o -> o.status() == QueueOutcome.Status.CREATED).count();
            long failed = all.stream().filter(o -> o.status() == QueueOutcome.Status.FAILED).count();
            bulkMessage.set(created + " created, " + (all.size() - created - failed) + " skipped, " + failed
                    + " failed" + (cancel.get() ? " (cancelled)" : "") + ".");
        }, failure -> {
            createRows.setRunning(false);
            bulkMessage.set("Stopped: " + failure.getMessage());
        });
    }

    private void showOutcome(int index, QueueOutcome outcome) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        String status = switch (outcome.status()) {
            case CREATED -> "Created";
            case FAILED -> "Failed";
            case VALID -> "Valid";
            case SKIPPED -> "Skipped";
        };
        String detail = outcome.status() == QueueOutcome.Status.CREATED ? "id " + outcome.queueId() + " · "
                + outcome.members() + " members · " + outcome.latencyMillis() + " ms" : outcome.message();
        rows.set(index, new BulkRow(outcome.row().where(), outcome.name(), status, detail));
    }

    private void export() {
        Optional<File> target = dialogs.chooseSaveFile("Export the outcomes", "queue-outcomes.csv", "csv");
        if (target.isEmpty()) {
            return;
        }
        List<QueueOutcome> toWrite = outcomes.isEmpty() ? QueueProvisioner.dryRun(imported, org == null
                ? new io.floorwatch.provisioning.OrgIndex() : org.index()) : outcomes;
        tasks.run(() -> OutcomeReport.writeCsv(toWrite, target.get()), count ->
                bulkMessage.set("Exported " + count + " rows to " + target.get() + "."),
                failure -> bulkMessage.set("Export failed: " + failure.getMessage()));
    }

    private void show(String text) {
        message.set(text);
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public StringProperty field(Field field) {
        return fields.get(field);
    }

    public ReadOnlyStringProperty error(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ObjectProperty<SkillEvaluationMethod> skillEvaluationProperty() {
        return skillEvaluation;
    }

    public BooleanProperty addSkilledMembersProperty() {
        return addSkilledMembers;
    }

    public List<String> wrapupPrompts() {
        return QueueSpecValidator.WRAPUP_PROMPTS.stream().sorted().toList();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty orgStatusProperty() {
        return orgStatus.getReadOnlyProperty();
    }

    public ObservableList<BulkRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty bulkMessageProperty() {
        return bulkMessage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty bulkProgressProperty() {
        return bulkProgress.getReadOnlyProperty();
    }

    public Command refreshOrgCommand() {
        return refreshOrg;
    }

    public Command checkCommand() {
        return check;
    }

    public Command createCommand() {
        return create;
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
        return exportOutcomes;
    }
}
