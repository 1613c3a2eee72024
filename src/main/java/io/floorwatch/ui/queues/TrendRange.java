package io.floorwatch.ui.queues;

import java.time.Duration;

/** How far back a queue's trend charts reach. */
public enum TrendRange {
    LAST_15_MINUTES("15 min", Duration.ofMinutes(15)),
    LAST_HOUR("1 h", Duration.ofHours(1)),
    SHIFT("Shift (8 h)", Duration.ofHours(8));

    private final String label;
    private final Duration span;

    TrendRange(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    public String label() {
        return label;
    }

    public Duration span() {
        return span;
    }
}
