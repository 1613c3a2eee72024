package io.floorwatch.ui.provisioning;

import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.provisioning.EditOutcome;
import io.floorwatch.provisioning.FieldChange;
import io.floorwatch.provisioning.OrgIndex;
import io.floorwatch.provisioning.QueueConflict;
import io.floorwatch.provisioning.QueueEdit;
import io.floorwatch.provisioning.QueueEditor;
import io.floorwatch.provisioning.SpecProblem;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import io.floorwatch.ui.provisioning.QueueForm.Field;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Editing an existing queue with the new-queue form's fields and checks. Open reads the queue fresh; Preview lists
 * what Save would change; Save writes only those fields over a fresh read, and if someone changed the queue since
 * it was opened, writes nothing and shows the three-way difference: the supervisor keeps theirs or mine per field
 * both changed and saves those choices, or takes the queue as it is now.
 */
public final class QueueEditForm implements FormFields {
    /** The fields an edit shows: the new-queue form's less the required skills, which only a create acts on. */
    static final List<Field> FIELDS = List.of(Field.NAME, Field.DESCRIPTION, Field.DIVISION, Field.WRAPUP,
            Field.ACW_TIMEOUT, Field.ALERTING, Field.SERVICE_LEVEL_PERCENT, Field.SERVICE_LEVEL_SECONDS, Field.RINGS,
            Field.MEMBER_GROUPS, Field.FLOW);
    private static final String SKILL_EVALUATION = "skillEvaluationMethod";

    private final QueueOrg org;
    private final Supplier<Optional<QueueEditor>> editors;
    private final Map<Field, StringProperty> fields = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ObjectProperty<SkillEvaluationMethod> skillEvaluation =
            new SimpleObjectProperty<>(this, "skillEvaluation");
    private final ObservableList<QueuePick> queues = FXCollections.observableArrayList();
    private final ObjectProperty<QueuePick> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<QueueEdit> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<QueueConflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ObservableList<ConflictChoice> conflictRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper(this, "changes", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BackgroundTask<QueueEdit> opening;
    private final BackgroundTask<EditOutcome> saving;
    private final Command open;
    private final Command preview;
    private final Command save;
    private final Command saveChoices;
    private final Command takeTheirs;

    QueueEditForm(QueueOrg org, Supplier<Optional<QueueEditor>> editors, TaskExecutor tasks) {
        this.org = org;
        this.editors = editors;
        for (Field field : FIELDS) {
            fields.put(field, new SimpleStringProperty(this, field.name(), ""));
            errors.put(field, new ReadOnlyStringWrapper(this, field.name() + "Error", ""));
        }
        this.opening = new BackgroundTask<>(tasks);
        this.saving = new BackgroundTask<>(tasks);
        BooleanBinding idle = BackgroundTask.anyRunning(opening, saving).not();
        BooleanBinding editing = opened.isNotNull().and(idle);
        BooleanBinding choosing = conflict.isNotNull().and(idle);
        this.open = new Command(this::openChosen, chosen.isNotNull().and(idle));
        this.preview = new Command(this::previewChanges, editing.and(conflict.isNull()));
        this.save = new Command(this::saveTyped, editing.and(conflict.isNull()));
        this.saveChoices = new Command(this::saveWithChoices, choosing);
        this.takeTheirs = new Command(this::takeTheirs, choosing);
        fields.values().forEach(p -> p.addListener(o -> changes.set("")));
        skillEvaluation.addListener(o -> changes.set(""));
    }

    /** Fills the queue picker from the org as read (reading it first if need be). */
    public void loadQueues() {
        org.use(read -> queues.setAll(read.index().queues().stream().map(e -> new QueuePick(e.id(), e.name()))
                .toList()), message::set);
    }

    private void openChosen() {
        QueuePick entry = chosen.get();
        QueueEditor editor = editors.get().orElse(null);
        if (editor == null) {
            message.set("Not connected: no queue can be opened until the connection is up.");
            return;
        }
        org.use(read -> {
            message.set("Reading " + entry.name() + "...");
            opening.start(context -> editor.open(entry.id(), read.index()), edit -> {
                show(edit);
                message.set("Opened " + edit.name() + " as Genesys has it now (modified " + edit.dateModified()
                        + "). Save changes only the fields you change.");
            }, failure -> message.set("Could not open " + entry.name() + ": " + failure.getMessage()));
        }, message::set);
    }

    /** Shows a queue as read, as the edit to save against. */
    private void show(QueueEdit edit) {
        conflict.set(null);
        conflictRows.clear();
        opened.set(edit);
        fill(edit.cells());
        errors.values().forEach(e -> e.set(""));
        changes.set("");
    }

    private void fill(Map<String, String> cells) {
        for (Field field : FIELDS) {
            String value = cells.getOrDefault(field.column(), "");
            fields.get(field).set(field == Field.SERVICE_LEVEL_PERCENT ? QueueForm.percent(value) : value);
        }
        String method = cells.getOrDefault(SKILL_EVALUATION, "");
        skillEvaluation.set(method.isEmpty() ? null : SkillEvaluationMethod.valueOf(method));
    }

    private void previewChanges() {
        QueueEdit edit = opened.get();
        org.use(read -> {
            QueueEditor.Checked checked = checked(edit, read.index());
            if (!checked.problems().isEmpty()) {
                return;
            }
            changes.set(checked.changes().isEmpty() ? "No changes: every field is as opened."
                    : describe(checked.changes()));
            message.set(checked.changes().isEmpty() ? "Nothing to save yet."
                    : "Valid. Save writes the " + (checked.changes().size() == 1 ? "change" : "changes")
                            + " listed, and only those.");
        }, message::set);
    }

    /** The typed fields checked, each problem put next to its field. */
    private QueueEditor.Checked checked(QueueEdit edit, OrgIndex index) {
        List<SpecProblem> problems = new ArrayList<>();
        Map<String, String> typed = typed(problems);
        QueueEditor.Checked checked = QueueEditor.check(edit, typed, index);
        problems.addAll(checked.problems());
        errors.values().forEach(e -> e.set(""));
        for (SpecProblem problem : problems) {
            ReadOnlyStringWrapper error = errors.get(fieldOf(problem.field()));
            error.set(error.get().isEmpty() ? problem.message() : error.get() + "; " + problem.message());
        }
        if (!problems.isEmpty()) {
            changes.set("");
            message.set("Not sent: " + problems.size() + (problems.size() == 1 ? " field needs" : " fields need")
                    + " fixing (marked above).");
        }
        return new QueueEditor.Checked(checked.spec(), checked.cells(), problems, checked.changes());
    }

    /** A problem's field in this form; the skill evaluation has no text field, so its word goes under the name. */
    private static Field fieldOf(String problemField) {
        Field field = QueueForm.fieldOf(problemField);
        return FIELDS.contains(field) ? field : Field.NAME;
    }

    private void saveTyped() {
        QueueEdit edit = opened.get();
        QueueEditor editor = editors.get().orElse(null);
        if (editor == null) {
            message.set("Not connected: nothing was sent.");
            return;
        }
        org.use(read -> {
            QueueEditor.Checked checked = checked(edit, read.index());
            if (!checked.problems().isEmpty()) {
                return;
            }
            if (checked.changes().isEmpty()) {
                message.set("Nothing to save: every field is as opened.");
                return;
            }
            changes.set(describe(checked.changes()));
            message.set("Saving " + edit.name() + "...");
            Map<String, String> typed = checked.cells();
            saving.start(context -> editor.save(edit, typed, read.index()), this::saved,
                    failure -> message.set("Not saved: " + failure.getMessage()));
        }, message::set);
    }

    private void saved(EditOutcome outcome) {
        message.set(outcome.message());
        if (outcome.status() == EditOutcome.Status.SAVED) {
            // A rename changes the names the checks and the picker know: read the org again next time.
            org.forget();
            show(outcome.now());
            changes.set(describe(outcome.changes()));
        } else if (outcome.status() == EditOutcome.Status.CONFLICT) {
            QueueConflict found = outcome.conflict();
            conflictRows.setAll(found.rows().stream().map(ConflictChoice::new).toList());
            conflict.set(found);
            if (found.changedOutsideForm()) {
                message.set(outcome.message().replace("Choose what to keep below.", "None of the fields here "
                        + "differ (someone changed the group routing rules or another media's settings): save "
                        + "your changes over it, or take the queue as it is now."));
            }
        }
    }

    private void saveWithChoices() {
        QueueConflict found = conflict.get();
        Map<String, QueueConflict.Side> choices = new HashMap<>();
        conflictRows.forEach(row -> choices.put(row.column(), row.choiceProperty().get() == Keep.YOURS
                ? QueueConflict.Side.MINE : QueueConflict.Side.THEIRS));
        Map<String, String> merged = found.merged(choices);
        show(found.theirs());
        fill(merged);
        saveTyped();
    }

    private void takeTheirs() {
        QueueEdit theirs = conflict.get().theirs();
        show(theirs);
        message.set("Showing " + theirs.name() + " as it is now; your changes were dropped.");
    }

    /** The form as the queue's CSV cells; the service level is typed as a percentage and stored as a share. */
    private Map<String, String> typed(List<SpecProblem> problems) {
        Map<String, String> cells = new LinkedHashMap<>();
        fields.forEach((field, value) -> cells.put(field.column(), value.get() == null ? "" : value.get()));
        cells.put(Field.SERVICE_LEVEL_PERCENT.column(), QueueForm.share(cells.get(Field.SERVICE_LEVEL_PERCENT
                .column()), problems));
        cells.put(SKILL_EVALUATION, skillEvaluation.get() == null ? "" : skillEvaluation.get().name());
        return cells;
    }

    private static String describe(List<FieldChange> list) {
        return list.stream().map(c -> label(c.column()) + ": " + shown(c.column(), c.before()) + " -> "
                + shown(c.column(), c.after())).collect(Collectors.joining("\n"));
    }

    /** A CSV column as the form labels it. */
    static String label(String column) {
        if (column.equals(SKILL_EVALUATION)) {
            return "Skill evaluation";
        }
        return FIELDS.stream().filter(f -> f.column().equals(column)).findFirst().map(Field::label).orElse(column);
    }

    /** A cell as the form shows it: the service level as a percentage, an empty one as "(empty)". */
    static String shown(String column, String value) {
        if (value.isEmpty()) {
            return "(empty)";
        }
        return column.equals(Field.SERVICE_LEVEL_PERCENT.column()) ? QueueForm.percent(value) + " %" : value;
    }

    /** A queue in the picker. */
    public record QueuePick(String id, String name) {
    }

    /** The side a supervisor keeps for a field both changed, as the form words it. */
    public enum Keep {
        YOURS("Yours"), THEIRS("Theirs");

        private final String label;

        Keep(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row of the three-way difference, with the side kept where both changed it (yours until chosen). */
    public static final class ConflictChoice {
        private final QueueConflict.Row row;
        private final ObjectProperty<Keep> choice = new SimpleObjectProperty<>(this, "choice", Keep.YOURS);

        ConflictChoice(QueueConflict.Row row) {
            this.row = row;
        }

        /** The field's CSV column, which names it in ids. */
        public String column() {
            return row.column();
        }

        public String field() {
            return label(row.column());
        }

        public String opened() {
            return shown(row.column(), row.opened());
        }

        public String mine() {
            return shown(row.column(), row.mine());
        }

        public String theirs() {
            return shown(row.column(), row.theirs());
        }

        /** Whether the supervisor chooses here; elsewhere the side that changed the field wins. */
        public boolean needsChoice() {
            return row.kind() == QueueConflict.Kind.BOTH;
        }

        /** What a row with no choice keeps, in words. */
        public String outcome() {
            return switch (row.kind()) {
                case MINE -> "yours (only you changed it)";
                case THEIRS -> "theirs (only they changed it)";
                case SAME -> "the same on both sides";
                case BOTH -> choice.get() == Keep.YOURS ? "yours" : "theirs";
            };
        }

        public ObjectProperty<Keep> choiceProperty() {
            return choice;
        }
    }

    @Override
    public StringProperty field(Field field) {
        return fields.get(field);
    }

    @Override
    public ReadOnlyStringProperty error(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ObjectProperty<SkillEvaluationMethod> skillEvaluationProperty() {
        return skillEvaluation;
    }

    public ObservableList<QueuePick> queues() {
        return queues;
    }

    public ObjectProperty<QueuePick> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<QueueEdit> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueueConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ObservableList<ConflictChoice> conflictRows() {
        return conflictRows;
    }

    public ReadOnlyStringProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Editing Billing (modified ...)" or what to do first. */
    public StringBinding headingProperty() {
        return Bindings.createStringBinding(() -> opened.get() == null ? "Pick a queue and open it."
                : "Editing " + opened.get().name() + " (modified " + opened.get().dateModified() + ")", opened);
    }

    public Command openCommand() {
        return open;
    }

    public Command previewCommand() {
        return preview;
    }

    public Command saveCommand() {
        return save;
    }

    public Command saveChoicesCommand() {
        return saveChoices;
    }

    public Command takeTheirsCommand() {
        return takeTheirs;
    }
}
