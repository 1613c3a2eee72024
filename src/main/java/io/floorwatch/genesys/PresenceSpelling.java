package io.floorwatch.genesys;

import io.floorwatch.domain.SystemPresence;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one mapping between Genesys' two spellings of a system presence: title case in REST presence
 * definitions ("On Queue") and UPPER_SNAKE in notification events and analytics ("ON_QUEUE").
 */
public final class PresenceSpelling {
    private static final Map<String, SystemPresence> REST = Map.of(
            "Available", SystemPresence.AVAILABLE,
            "On Queue", SystemPresence.ON_QUEUE,
            "Away", SystemPresence.AWAY,
            "Busy", SystemPresence.BUSY,
            "Break", SystemPresence.BREAK,
            "Meal", SystemPresence.MEAL,
            "Meeting", SystemPresence.MEETING,
            "Training", SystemPresence.TRAINING,
            "Idle", SystemPresence.IDLE,
            "Offline", SystemPresence.OFFLINE);
    private static final Map<String, SystemPresence> EVENT = Map.of(
            "AVAILABLE", SystemPresence.AVAILABLE,
            "ON_QUEUE", SystemPresence.ON_QUEUE,
            "AWAY", SystemPresence.AWAY,
            "BUSY", SystemPresence.BUSY,
            "BREAK", SystemPresence.BREAK,
            "MEAL", SystemPresence.MEAL,
            "MEETING", SystemPresence.MEETING,
            "TRAINING", SystemPresence.TRAINING,
            "IDLE", SystemPresence.IDLE,
            "OFFLINE", SystemPresence.OFFLINE);

    private PresenceSpelling() {
    }

    /** From a REST presence definition; tolerant of case, as the SDK's enums are. */
    public static Optional<SystemPresence> fromRest(String value) {
        if (value == null) {
            return Optional.empty();
        }
        SystemPresence exact = REST.get(value);
        if (exact != null) {
            return Optional.of(exact);
        }
        return REST.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(value.trim()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** From a notification event's {@code presenceDefinition.systemPresence}. */
    public static Optional<SystemPresence> fromEvent(String value) {
        return value == null ? Optional.empty()
                : Optional.ofNullable(EVENT.get(value.trim().toUpperCase(Locale.ROOT)));
    }
}
