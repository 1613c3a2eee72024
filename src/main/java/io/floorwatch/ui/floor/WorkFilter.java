package io.floorwatch.ui.floor;

import io.floorwatch.config.InteractionSettings;

import java.time.Instant;

/** The floor's work filter: agents by what their interactions are doing (none chosen: every agent). */
public enum WorkFilter {
    ON_HOLD("On hold"),
    IN_AFTER_CALL_WORK("In after-call work"),
    /** Past a threshold of Settings > Interactions: handle, hold or after-call work. */
    LONG("Long (past a threshold)"),
    OVER_CAPACITY("Over capacity");

    /** The filter's drop-down entry for no filter. */
    public static final String ANY = "Any work";

    private final String label;

    WorkFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an agent doing this work passes the filter; "long" is judged against the thresholds as of now. */
    boolean admits(AgentWork work, InteractionSettings settings, Instant now) {
        return switch (this) {
            case ON_HOLD -> work.onHold();
            case IN_AFTER_CALL_WORK -> work.inAfterCallWork();
            case LONG -> WorkTints.isLong(work, settings, now);
            case OVER_CAPACITY -> !work.overCapacity().isEmpty();
        };
    }
}
