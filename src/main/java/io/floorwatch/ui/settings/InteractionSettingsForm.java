package io.floorwatch.ui.settings;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.domain.MediaType;
import io.floorwatch.ui.common.Durations;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The interactions part of the settings form: per media, when the floor calls an interaction long (its handle
 * time, a hold, its after-call work), typed in minutes ("10", "2.5") or as m:ss ("1:30"). Checked with a message
 * that names the media and the field; nothing is saved while one is wrong.
 */
public final class InteractionSettingsForm {
    /** One of a media's three thresholds. */
    public enum Field {
        HANDLE("handle"), HOLD("hold"), AFTER_CALL_WORK("after-call work");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Duration MAX = Duration.ofSeconds(InteractionSettings.MAX_SECONDS);

    private final Map<MediaType, Map<Field, StringProperty>> fields = new EnumMap<>(MediaType.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "interactionsError", "");

    public InteractionSettingsForm(InteractionSettings current) {
        for (MediaType media : MediaType.values()) {
            InteractionSettings.Thresholds thresholds = current.of(media);
            Map<Field, StringProperty> typed = new EnumMap<>(Field.class);
            typed.put(Field.HANDLE, field(media, Field.HANDLE, thresholds.handle()));
            typed.put(Field.HOLD, field(media, Field.HOLD, thresholds.hold()));
            typed.put(Field.AFTER_CALL_WORK, field(media, Field.AFTER_CALL_WORK, thresholds.afterCallWork()));
            fields.put(media, typed);
        }
    }

    private StringProperty field(MediaType media, Field field, Duration value) {
        return new SimpleStringProperty(this, media.name() + "-" + field.name(), Durations.minutesField(value));
    }

    /** Checks every field in turn; the first that is wrong sets the message. */
    public boolean validate() {
        error.set("");
        for (MediaType media : MediaType.values()) {
            for (Field field : Field.values()) {
                Optional<String> problem = problemOf(media, field);
                if (problem.isPresent()) {
                    error.set(problem.get());
                    return false;
                }
            }
        }
        return true;
    }

    private Optional<String> problemOf(MediaType media, Field field) {
        String typed = text(media, field);
        String name = media.label() + " " + field.label();
        Optional<Duration> value = Durations.parseMinutes(typed);
        if (value.isEmpty()) {
            return Optional.of(name + ": '" + typed + "' is not a duration; enter minutes (2, 2.5) or m:ss (2:30).");
        }
        if (value.get().getSeconds() < 1 || value.get().compareTo(MAX) > 0) {
            return Optional.of(name + ": 1 s to 12 h, not " + Durations.compact(value.get()) + ".");
        }
        return Optional.empty();
    }

    private String text(MediaType media, Field field) {
        String typed = fields.get(media).get(field).get();
        return typed == null ? "" : typed.trim();
    }

    /** The settings as the form holds them; call {@link #validate()} first. */
    public InteractionSettings settings() {
        Map<MediaType, InteractionSettings.Thresholds> all = new EnumMap<>(MediaType.class);
        for (MediaType media : MediaType.values()) {
            all.put(media, new InteractionSettings.Thresholds(seconds(media, Field.HANDLE),
                    seconds(media, Field.HOLD), seconds(media, Field.AFTER_CALL_WORK)));
        }
        return new InteractionSettings(all);
    }

    private long seconds(MediaType media, Field field) {
        return Durations.parseMinutes(text(media, field)).orElseThrow().getSeconds();
    }

    /** The text typed for one media's threshold. */
    public StringProperty property(MediaType media, Field field) {
        return fields.get(media).get(field);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
