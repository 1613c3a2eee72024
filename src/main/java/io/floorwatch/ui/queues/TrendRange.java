package io.floorwatch.ui.queues;

import java.time.Duration;

/** How far back a queue's trend charts, and the occupancy report, reach. */
public enum TrendRange {
    LAST_15_MINUTES("15 min", "Last 15 minutes", Duration.ofMinutes(15)),
    LAST_HOUR("1 h", "Last hour", Duration.ofHours(1)),
    SHIFT("Shift (8 h)", "Shift (8 hours)", Duration.ofHours(8));

    private final String label;
    private final String description;
    private final Duration span;

    TrendRange(String label, String description, Duration span) {
        this.label = label;
        this.description = description;
        this.span = span;
    }

    /** Short, for a row of toggles: "15 min". */
    public String label() {
        return label;
    }

    /** In words, for a choice: "Last 15 minutes". */
    public String description() {
        return description;
    }

    public Duration span() {
        return span;
    }
}
