package io.floorwatch.timebox;

/** Where a time-box is in its life. */
public enum TimeBoxState {
    /** Waiting for its start; nothing written yet (or a start cut short, resumed by the next runner). */
    SCHEDULED("Scheduled"),
    /** Its plan was applied; the revert is due at its end. */
    RUNNING("Running"),
    /** Reverted (agents changed by someone else meanwhile are reported, not overwritten). */
    ENDED("Ended"),
    /** Cancelled before its start: nothing was written. */
    CANCELLED("Cancelled"),
    /** Its whole window passed while no runner ran: nothing was written. */
    MISSED("Missed");

    private final String label;

    TimeBoxState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a runner still has a step of it to carry out. */
    public boolean live() {
        return this == SCHEDULED || this == RUNNING;
    }
}
