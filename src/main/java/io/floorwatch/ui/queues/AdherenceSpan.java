package io.floorwatch.ui.queues;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** How far back the adherence report reaches: today since midnight, a shift, or the last hour. */
public enum AdherenceSpan {
    TODAY("Today"),
    SHIFT("Last 8 hours"),
    LAST_HOUR("Last hour");

    private final String description;

    AdherenceSpan(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Where the span starts, for one ending at the clock's now. */
    Instant from(Clock clock, ZoneId zone) {
        Instant now = clock.instant();
        return switch (this) {
            case TODAY -> now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            case SHIFT -> now.minus(Duration.ofHours(8));
            case LAST_HOUR -> now.minus(Duration.ofHours(1));
        };
    }
}
