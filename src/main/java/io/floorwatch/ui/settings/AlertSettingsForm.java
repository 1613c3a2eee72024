package io.floorwatch.ui.settings;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.MediaType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The alerts part of the settings form: the rule list (in the order rules are tried), the selected rule's fields,
 * the debounce, the sound and the webhook. Every field is validated with a message that names it; a rule with a bad
 * field is selected so its message shows next to the field.
 */
public final class AlertSettingsForm {
    private static final double MAX_MINUTES = AlertRule.MAX_THRESHOLD_SECONDS / 60.0;

    private final ObservableList<AlertRuleRow> rules = FXCollections.observableArrayList();
    private final ObjectProperty<AlertRuleRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty minDwell = new SimpleStringProperty(this, "minDwell", "");
    private final StringProperty reopen = new SimpleStringProperty(this, "reopen", "");
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound");
    private final StringProperty webhookUrl = new SimpleStringProperty(this, "webhookUrl", "");
    private final ReadOnlyStringWrapper ruleNameError = new ReadOnlyStringWrapper(this, "ruleNameError", "");
    private final ReadOnlyStringWrapper thresholdError = new ReadOnlyStringWrapper(this, "thresholdError", "");
    private final ReadOnlyStringWrapper scopeError = new ReadOnlyStringWrapper(this, "scopeError", "");
    private final ReadOnlyStringWrapper mediaError = new ReadOnlyStringWrapper(this, "mediaError", "");
    private final ReadOnlyStringWrapper activitiesError = new ReadOnlyStringWrapper(this, "activitiesError", "");
    private final ReadOnlyStringWrapper rulesError = new ReadOnlyStringWrapper(this, "rulesError", "");
    private final ReadOnlyStringWrapper debounceError = new ReadOnlyStringWrapper(this, "debounceError", "");
    private final ReadOnlyStringWrapper webhookError = new ReadOnlyStringWrapper(this, "webhookError", "");

    AlertSettingsForm(AlertSettings current) {
        current.rules().forEach(rule -> rules.add(new AlertRuleRow(rule)));
        minDwell.set(String.valueOf(current.minDwellSeconds()));
        reopen.set(String.valueOf(current.reopenSeconds()));
        sound.set(current.sound());
        webhookUrl.set(current.webhookUrl());
        if (!rules.isEmpty()) {
            selected.set(rules.get(0));
        }
    }

    // ---- editing the list ---------------------------------------------------------------------------------

    /** Adds a rule after the selected one (floor-wide, 10 min, idle on queue) and selects it. */
    public void addRule() {
        AlertRuleRow row = new AlertRuleRow(AlertRule.of("New rule", AlertCondition.IDLE_ON_QUEUE,
                Duration.ofMinutes(10)));
        int at = selected.get() == null ? rules.size() : rules.indexOf(selected.get()) + 1;
        rules.add(at, row);
        selected.set(row);
    }

    public void removeSelected() {
        AlertRuleRow row = selected.get();
        if (row == null) {
            return;
        }
        int at = rules.indexOf(row);
        rules.remove(row);
        selected.set(rules.isEmpty() ? null : rules.get(Math.min(at, rules.size() - 1)));
    }

    /** Moves the selected rule up (-1) or down (+1): earlier rules win for the same condition. */
    public void moveSelected(int by) {
        AlertRuleRow row = selected.get();
        int from = rules.indexOf(row);
        int to = from + by;
        if (row == null || to < 0 || to >= rules.size()) {
            return;
        }
        rules.remove(from);
        rules.add(to, row);
        selected.set(row);
    }

    // ---- validation ---------------------------------------------------------------------------------------

    /** Checks every rule and field; the first rule with a problem is selected so its messages show. */
    boolean validate() {
        for (ReadOnlyStringWrapper error : List.of(ruleNameError, thresholdError, scopeError, mediaError, activitiesError,
                rulesError, debounceError, webhookError)) {
            error.set("");
        }
        boolean valid = true;
        for (int i = 0; i < rules.size(); i++) {
            AlertRuleRow row = rules.get(i);
            Optional<String[]> problem = problemOf(row);
            if (problem.isPresent()) {
                selected.set(row);
                String[] fieldAndText = problem.get();
                (switch (fieldAndText[0]) {
                    case "name" -> ruleNameError;
                    case "threshold" -> thresholdError;
                    case "media" -> mediaError;
                    case "activities" -> activitiesError;
                    default -> scopeError;
                }).set(fieldAndText[1]);
                rulesError.set("Rule " + (i + 1) + " ('" + row.nameProperty().get().trim() + "') needs fixing.");
                valid = false;
                break;
            }
        }
        // One message line for both debounce fields: the first that is wrong.
        valid &= seconds(minDwell.get(), "Minimum dwell") != null && seconds(reopen.get(), "Reopen window") != null;
        Optional<String> webhookProblem = AlertSettings.webhookProblem(webhookUrl.get());
        if (webhookProblem.isPresent()) {
            webhookError.set("Webhook URL: " + webhookProblem.get() + ".");
            valid = false;
        }
        return valid;
    }

    /** The field ("name", "threshold", "scope", "media", "activities") and message of a rule's first problem. */
    private static Optional<String[]> problemOf(AlertRuleRow row) {
        String name = row.nameProperty().get() == null ? "" : row.nameProperty().get().trim();
        if (name.isEmpty()) {
            return Optional.of(new String[] {"name", "Rule name: required (it names the alert on screen)."});
        }
        if (name.length() > 200) {
            return Optional.of(new String[] {"name", "Rule name: at most 200 characters."});
        }
        if (row.conditionProperty().get() == null) {
            return Optional.of(new String[] {"threshold", "Condition: choose what the rule watches for."});
        }
        Double minutes = minutes(row.thresholdMinutesProperty().get());
        if (minutes == null) {
            return Optional.of(new String[] {"threshold", "Threshold: '" + row.thresholdMinutesProperty().get()
                    + "' is not a number of minutes (0 for at once, up to 1440)."});
        }
        if (minutes < 0 || minutes > MAX_MINUTES) {
            return Optional.of(new String[] {"threshold", "Threshold: 0 to 1440 minutes, not "
                    + row.thresholdMinutesProperty().get().trim() + "."});
        }
        for (StringProperty scope : List.of(row.teamsProperty(), row.queuesProperty(), row.rolesProperty())) {
            String text = scope.get() == null ? "" : scope.get();
            if (text.contains(",,") || text.trim().startsWith(",") || text.trim().endsWith(",")) {
                return Optional.of(new String[] {"scope", "Scope: names separated by single commas, e.g. "
                        + "'Team Aurora, Team Beacon' (empty means everyone)."});
            }
        }
        // A state rule keeps no media (the field is off for it), so only an interaction rule's are read.
        Optional<String> unknown = row.conditionProperty().get().interaction()
                ? AlertRuleRow.unknownMedia(row.mediaProperty().get()) : Optional.empty();
        if (unknown.isPresent()) {
            return Optional.of(new String[] {"media", "Media: '" + unknown.get() + "' is not one of "
                    + String.join(", ", Arrays.stream(MediaType.values()).map(MediaType::label).toList())
                    + " (empty means any)."});
        }
        Optional<String> unknownActivity = row.conditionProperty().get().adherence()
                ? AlertRuleRow.unknownActivity(row.activitiesProperty().get()) : Optional.empty();
        if (unknownActivity.isPresent()) {
            return Optional.of(new String[] {"activities", "Scheduled: '" + unknownActivity.get()
                    + "' is not one of " + String.join(", ", Arrays.stream(ActivityCategory.values())
                            .map(ActivityCategory::label).toList()) + " (empty means any)."});
        }
        return Optional.empty();
    }

    private static Double minutes(String text) {
        try {
            return Double.parseDouble((text == null ? "" : text).trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Integer seconds(String text, String field) {
        String value = text == null ? "" : text.trim();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0 && parsed <= 3600) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            debounceError.set(field + ": '" + value + "' is not a whole number of seconds (0 to 3600).");
            return null;
        }
        debounceError.set(field + ": 0 to 3600 seconds, not " + value + ".");
        return null;
    }

    /** The settings as entered; call after {@link #validate} said true. */
    AlertSettings settings() {
        List<AlertRule> built = new ArrayList<>();
        for (AlertRuleRow row : rules) {
            long seconds = Math.round(minutes(row.thresholdMinutesProperty().get()) * 60);
            built.add(new AlertRule(row.nameProperty().get().trim(), row.conditionProperty().get(), seconds,
                    AlertRuleRow.names(row.teamsProperty().get()), AlertRuleRow.names(row.queuesProperty().get()),
                    AlertRuleRow.names(row.rolesProperty().get()), row.enabledProperty().get(),
                    !row.toastProperty().get(), row.conditionProperty().get().interaction()
                            ? AlertRuleRow.media(row.mediaProperty().get()) : List.of(),
                    row.conditionProperty().get().adherence()
                            ? AlertRuleRow.activities(row.activitiesProperty().get()) : List.of()));
        }
        return new AlertSettings(built, Integer.parseInt(minDwell.get().trim()), Integer.parseInt(reopen.get().trim()),
                sound.get(), webhookUrl.get().trim());
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ObservableList<AlertRuleRow> rules() {
        return rules;
    }

    public List<AlertCondition> conditions() {
        return AlertCondition.agentConditions();
    }

    public ObjectProperty<AlertRuleRow> selectedProperty() {
        return selected;
    }

    public StringProperty minDwellProperty() {
        return minDwell;
    }

    public StringProperty reopenProperty() {
        return reopen;
    }

    public BooleanProperty soundProperty() {
        return sound;
    }

    public StringProperty webhookUrlProperty() {
        return webhookUrl;
    }

    public ReadOnlyStringProperty ruleNameErrorProperty() {
        return ruleNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thresholdErrorProperty() {
        return thresholdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeErrorProperty() {
        return scopeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activitiesErrorProperty() {
        return activitiesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mediaErrorProperty() {
        return mediaError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rulesErrorProperty() {
        return rulesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty debounceErrorProperty() {
        return debounceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty webhookErrorProperty() {
        return webhookError.getReadOnlyProperty();
    }
}
