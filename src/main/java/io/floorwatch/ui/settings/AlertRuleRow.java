package io.floorwatch.ui.settings;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.MediaType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One alert rule as the editor holds it while it is being changed: text fields, read back on save. */
public final class AlertRuleRow {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<AlertCondition> condition = new SimpleObjectProperty<>(this, "condition");
    private final StringProperty thresholdMinutes = new SimpleStringProperty(this, "thresholdMinutes", "");
    private final StringProperty teams = new SimpleStringProperty(this, "teams", "");
    private final StringProperty queues = new SimpleStringProperty(this, "queues", "");
    private final StringProperty roles = new SimpleStringProperty(this, "roles", "");
    /** For an interaction condition, the media it watches, by their labels: "Voice, Callback"; empty for any. */
    private final StringProperty media = new SimpleStringProperty(this, "media", "");
    /** For the adherence condition, the scheduled activities it watches: "On queue, Break"; empty for any. */
    private final StringProperty activities = new SimpleStringProperty(this, "activities", "");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final BooleanProperty toast = new SimpleBooleanProperty(this, "toast", true);

    AlertRuleRow(AlertRule rule) {
        name.set(rule.name());
        condition.set(rule.condition());
        thresholdMinutes.set(minutes(rule.thresholdSeconds()));
        teams.set(String.join(", ", rule.teams()));
        queues.set(String.join(", ", rule.queues()));
        roles.set(String.join(", ", rule.roles()));
        media.set(String.join(", ", rule.media().stream().map(MediaType::label).toList()));
        activities.set(String.join(", ", rule.activities().stream().map(ActivityCategory::label).toList()));
        enabled.set(rule.enabled());
        toast.set(!rule.quiet());
    }

    static String minutes(long seconds) {
        return new BigDecimal(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static List<String> names(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The first name in {@code text} that names no media ("Fax"), if any. */
    static Optional<String> unknownMedia(String text) {
        return names(text).stream().filter(name -> MediaType.fromWire(name).isEmpty()).findFirst();
    }

    /**
     * The media named in {@code text} ("Voice, chat": labels or Genesys' names, in any case), each once; call when
     * {@link #unknownMedia} found none.
     */
    static List<MediaType> media(String text) {
        return names(text).stream().map(name -> MediaType.fromWire(name).orElseThrow()).distinct().toList();
    }

    /** The first name in {@code text} that names no scheduled activity ("Lunch break"), if any. */
    static Optional<String> unknownActivity(String text) {
        return names(text).stream().filter(name -> ActivityCategory.fromName(name).isEmpty()).findFirst();
    }

    /** The activities named in {@code text}, each once; call when {@link #unknownActivity} found none. */
    static List<ActivityCategory> activities(String text) {
        return names(text).stream().map(name -> ActivityCategory.fromName(name).orElseThrow()).distinct().toList();
    }

    /** "Long break (supervisors) - after 60 min - Supervisor" for the list. */
    @Override
    public String toString() {
        AlertCondition watching = condition.get();
        String watched = watching == null ? "" : watching.interaction() ? media.get()
                : watching.adherence() ? activities.get() : "";
        String scope = String.join(", ", Stream.of(watched, teams.get(), queues.get(), roles.get())
                .filter(s -> !s.isBlank()).toList());
        String when = "0".equals(thresholdMinutes.get().trim()) ? "at once" : "after " + thresholdMinutes.get() + " min";
        return (enabled.get() ? "" : "(off) ") + name.get() + " - " + when + (scope.isEmpty() ? "" : " - " + scope)
                + (enabled.get() && !toast.get() ? " - no toast" : "");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AlertCondition> conditionProperty() {
        return condition;
    }

    public StringProperty thresholdMinutesProperty() {
        return thresholdMinutes;
    }

    public StringProperty teamsProperty() {
        return teams;
    }

    public StringProperty queuesProperty() {
        return queues;
    }

    public StringProperty rolesProperty() {
        return roles;
    }

    /** The media an interaction rule watches, as typed: "Voice, Callback"; empty for any (a state rule: unused). */
    public StringProperty mediaProperty() {
        return media;
    }

    /** The scheduled activities an adherence rule watches, as typed: "On queue"; empty for any. */
    public StringProperty activitiesProperty() {
        return activities;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Whether the rule's alerts pop up as a toast (with the sound, when that is on); off, they only list. */
    public BooleanProperty toastProperty() {
        return toast;
    }
}
