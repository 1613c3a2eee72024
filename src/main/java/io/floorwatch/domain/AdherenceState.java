package io.floorwatch.domain;

import java.util.Optional;

/**
 * Whether what an agent does matches their schedule now: an adherence record's {@code adherenceState} (wire notes,
 * "Workforce management and adherence"). {@code Ignored} and {@code Explained} are states a supervisor or the
 * agent's explanation put on a deviation; Floorwatch shows them and counts them as not out of adherence.
 */
public enum AdherenceState {
    IN_ADHERENCE("InAdherence", "In adherence"),
    OUT_OF_ADHERENCE("OutOfAdherence", "Out of adherence"),
    UNSCHEDULED("Unscheduled", "Unscheduled"),
    UNKNOWN("Unknown", "Unknown"),
    IGNORED("Ignored", "Ignored"),
    EXPLAINED("Explained", "Explained");

    private final String wireName;
    private final String label;

    AdherenceState(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public static Optional<AdherenceState> fromWire(String name) {
        return WireNames.find(values(), AdherenceState::wireName, name);
    }
}
