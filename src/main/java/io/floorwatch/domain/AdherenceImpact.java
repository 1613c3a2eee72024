package io.floorwatch.domain;

import java.util.Optional;

/**
 * What a deviation does to the queues: an adherence record's {@code impact} (wire notes, "Workforce management and
 * adherence"). Negative takes capacity away (off queue when scheduled on), positive adds it (on queue when
 * scheduled off), neutral neither (a meal taken in place of a break).
 */
public enum AdherenceImpact {
    POSITIVE("Positive"),
    NEGATIVE("Negative"),
    NEUTRAL("Neutral"),
    UNKNOWN("Unknown");

    private final String wireName;

    AdherenceImpact(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** For people: "Negative". */
    public String label() {
        return wireName;
    }

    public static Optional<AdherenceImpact> fromWire(String name) {
        return WireNames.find(values(), AdherenceImpact::wireName, name);
    }
}
