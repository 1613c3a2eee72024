package io.floorwatch.ui.provisioning;

import io.floorwatch.base.Plural;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.QueueSpecFiles;
import io.floorwatch.provisioning.QueueSpecValidator;
import io.floorwatch.provisioning.SpecProblem;
import io.floorwatch.provisioning.SpecRow;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one-queue form. It is read as one row of the queue CSV format and validated against the org with a message
 * per field; nothing is sent while a field is wrong. Check shows the request Create would send; Create sends it.
 */
public final class QueueForm implements FormFields {
    /** The form's fields: the CSV column each stands for. */
    public enum Field {
        NAME("name", "Name"), DESCRIPTION("description", "Description"), DIVISION("division", "Division"),
        WRAPUP("wrapupPrompt", "Wrap-up prompt"), ACW_TIMEOUT("acwTimeoutSeconds", "ACW timeout (s)"),
        ALERTING("alertingTimeoutSeconds", "Alerting timeout (s)"),
        SERVICE_LEVEL_PERCENT("serviceLevelPercentage", "Service level (%)"),
        SERVICE_LEVEL_SECONDS("serviceLevelDurationSeconds", "... answered within (s)"),
        SKILLS("requiredSkills", "Required skills"), RINGS("rings", "Bullseye rings"),
        MEMBER_GROUPS("memberGroups", "Member groups"), FLOW("inQueueFlow", "In-queue flow");

        private final String column;
        private final String label;

        Field(String column, String label) {
            this.column = column;
            this.label = label;
        }

        public String column() {
            return column;
        }

        /** The field's label on the form. */
        public String label() {
            return label;
        }
    }

    /** The share put in place of a service level that is not a percentage (the form is refused for it). */
    private static final String INVALID_STAND_IN = "0.5";

    private final QueueOrg org;
    private final Map<Field, StringProperty> fields = new LinkedHashMap<>();
    private final Map<Field, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ObjectProperty<SkillEvaluationMethod> skillEvaluation =
            new SimpleObjectProperty<>(this, "skillEvaluation");
    private final BooleanProperty addSkilledMembers = new SimpleBooleanProperty(this, "addSkilledMembers");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BackgroundTask<String> previewing;
    private final BackgroundTask<QueueOutcome> creating;
    private final Command check;
    private final Command create;
    /** The supervisor was told the queue would have no members and may now create it so. */
    private boolean emptyConfirmed;

    QueueForm(QueueOrg org, TaskExecutor tasks) {
        this.org = org;
        for (Field field : Field.values()) {
            fields.put(field, new SimpleStringProperty(this, field.name(), ""));
            errors.put(field, new ReadOnlyStringWrapper(this, field.name() + "Error", ""));
        }
        this.previewing = new BackgroundTask<>(tasks);
        this.creating = new BackgroundTask<>(tasks);
        BooleanBinding idle = BackgroundTask.anyRunning(previewing, creating).not();
        this.check = new Command(() -> validate(false), idle);
        this.create = new Command(() -> validate(true), idle);
        fields.values().forEach(p -> p.addListener(o -> {
            preview.set("");
            emptyConfirmed = false;
        }));
        addSkilledMembers.addListener(o -> emptyConfirmed = false);
    }

    /** The form as a spec, with what could not be read; each problem is put next to its field. */
    private void validate(boolean thenCreate) {
        org.use(read -> {
            List<SpecProblem> problems = new ArrayList<>();
            QueueSpec spec = QueueSpecFiles.fromCells(cells(problems), problems);
            problems.addAll(QueueSpecValidator.validate(spec, read.index(), Set.of()));
            errors.values().forEach(e -> e.set(""));
            for (SpecProblem problem : problems) {
                ReadOnlyStringWrapper error = errors.get(fieldOf(problem.field()));
                error.set(error.get().isEmpty() ? problem.message() : error.get() + "; " + problem.message());
            }
            if (!problems.isEmpty()) {
                preview.set("");
                message.set("Not sent: " + problems.size() + (problems.size() == 1 ? " field needs" : " fields need")
                        + " fixing (marked above).");
                return;
            }
            QueueProvisioner provisioner = org.provisioner().orElse(null);
            if (provisioner == null) {
                message.set("Not connected: nothing was sent.");
                return;
            }
            boolean noMembers = !spec.addSkilledMembers() && spec.memberGroups().isEmpty();
            if (thenCreate && noMembers && !emptyConfirmed) {
                // A queue without members routes nothing: say so once, and create it on the second Create.
                emptyConfirmed = true;
                message.set("Not sent: " + spec.name() + " would have no members (nobody could take its "
                        + "interactions). Tick 'Add the agents holding these skills as members' or name member "
                        + "groups, or press Create again to create it empty.");
                return;
            }
            previewing.start(context -> provisioner.preview(spec, read), request -> {
                preview.set(request);
                if (thenCreate) {
                    createOne(provisioner, read, spec);
                } else {
                    message.set("Valid. The request below is what Create will send.");
                }
            }, failure -> message.set("The request could not be built: " + failure.getMessage()));
        }, message::set);
    }

    private void createOne(QueueProvisioner provisioner, QueueProvisioner.Org read, QueueSpec spec) {
        message.set("Creating " + spec.name() + "...");
        SpecRow row = new SpecRow(1, "form", spec, List.of());
        creating.start(context -> provisioner.createAll(List.of(row), read, () -> false, outcome -> { }).get(0),
                outcome -> {
                    emptyConfirmed = false;
                    org.forget(); // the org changed: the next check reads it again (the new name is taken now)
                    message.set(switch (outcome.status()) {
                        case CREATED -> "Created " + spec.name() + " (id " + outcome.queueId() + ", "
                                + Plural.of(outcome.members(), "member") + ", " + outcome.latencyMillis() + " ms).";
                        case FAILED -> "Genesys refused it: " + outcome.message();
                        default -> "Not created: " + outcome.message();
                    });
                }, failure -> message.set("Not created: " + failure.getMessage()));
    }

    /** The form as one row of the CSV format; the service level is typed as a percentage and stored as a share. */
    private Map<String, String> cells(List<SpecProblem> problems) {
        Map<String, String> cells = new LinkedHashMap<>();
        fields.forEach((field, value) -> cells.put(field.column(), value.get()));
        cells.put(Field.SERVICE_LEVEL_PERCENT.column(), share(fields.get(Field.SERVICE_LEVEL_PERCENT).get(),
                problems));
        cells.put("skillEvaluationMethod", skillEvaluation.get() == null ? "" : skillEvaluation.get().name());
        cells.put("addSkilledMembers", Boolean.toString(addSkilledMembers.get()));
        return cells;
    }

    /** "80" or "80 %" as the share Genesys stores ("0.8"); empty stays empty; anything else is a problem. */
    static String share(String percent, List<SpecProblem> problems) {
        String text = percent == null ? "" : percent.trim();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        if (text.isEmpty()) {
            return "";
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return value.movePointLeft(2).stripTrailingZeros().toPlainString();
            }
        } catch (NumberFormatException e) {
            // Not a number: reported below, with the field's own wording.
        }
        problems.add(new SpecProblem(Field.SERVICE_LEVEL_PERCENT.column(), "'" + percent.trim()
                + "' is not a percentage from 0 to 100, e.g. 80"));
        // A stand-in share: the form is refused for the problem above, and the duration's "both or neither"
        // check must not add a second, wrong message to the same field.
        return INVALID_STAND_IN;
    }

    /** A stored share ("0.8") as the percentage the form shows ("80"); empty or unreadable stays as it is. */
    static String percent(String share) {
        if (share == null || share.isBlank()) {
            return "";
        }
        try {
            return new BigDecimal(share.trim()).movePointRight(2).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            // Not a share: shown as it came, so the check names it.
            return share;
        }
    }

    /** Which form field a problem belongs to ("media.call.serviceLevelPercentage" to the percentage, ...). */
    static Field fieldOf(String problemField) {
        String f = problemField.toLowerCase(Locale.ROOT);
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

    public BooleanProperty addSkilledMembersProperty() {
        return addSkilledMembers;
    }

    /** The wrap-up prompts Genesys accepts, sorted for a picker. */
    public static List<String> wrapupPrompts() {
        return QueueSpecValidator.WRAPUP_PROMPTS.stream().sorted().toList();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command checkCommand() {
        return check;
    }

    public Command createCommand() {
        return create;
    }
}
