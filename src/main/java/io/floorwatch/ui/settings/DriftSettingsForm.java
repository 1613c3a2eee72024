package io.floorwatch.ui.settings;

import io.floorwatch.config.DriftSettings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scheduled drift check's part of the settings form: the watched baseline, the interval in minutes, and what
 * comparisons leave out (comma-separated field rules and entity patterns), each checked with a message naming
 * the field.
 */
public final class DriftSettingsForm {
    private static final List<String> TYPES = List.of("QUEUE", "SKILL", "AGENT_SKILL", "UTILIZATION", "*");

    private final StringProperty baseline = new SimpleStringProperty(this, "driftBaseline", "");
    private final StringProperty interval = new SimpleStringProperty(this, "driftInterval", "");
    private final StringProperty ignoreFields = new SimpleStringProperty(this, "driftIgnoreFields", "");
    private final StringProperty ignoreEntities = new SimpleStringProperty(this, "driftIgnoreEntities", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "driftError", "");

    public DriftSettingsForm(DriftSettings current) {
        baseline.set(current.baselineName());
        interval.set(Integer.toString(current.intervalMinutes()));
        ignoreFields.set(String.join(", ", current.ignoreFields()));
        ignoreEntities.set(String.join(", ", current.ignoreEntities()));
    }

    public boolean validate() {
        error.set("");
        int minutes;
        try {
            minutes = Integer.parseInt(interval.get().trim());
        } catch (NumberFormatException e) {
            error.set("Drift check interval: a whole number of minutes (1 to 1440), not '" + interval.get().trim()
                    + "'.");
            return false;
        }
        if (minutes < 1 || minutes > 1440) {
            error.set("Drift check interval: 1 to 1440 minutes, not " + minutes + ".");
            return false;
        }
        for (String rule : split(ignoreFields.get())) {
            int dot = rule.indexOf('.');
            if (dot <= 0 || dot == rule.length() - 1 || !TYPES.contains(rule.substring(0, dot)
                    .toUpperCase(Locale.ROOT))) {
                error.set("Ignored fields: '" + rule + "' is not TYPE.field (QUEUE.members, SKILL.state, "
                        + "AGENT_SKILL.*).");
                return false;
            }
        }
        return true;
    }

    /** The settings as the form holds them; call {@link #validate()} first. */
    public DriftSettings settings() {
        return new DriftSettings(baseline.get(), Integer.parseInt(interval.get().trim()), split(ignoreFields.get()),
                split(ignoreEntities.get()));
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    public StringProperty ignoreFieldsProperty() {
        return ignoreFields;
    }

    public StringProperty ignoreEntitiesProperty() {
        return ignoreEntities;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
