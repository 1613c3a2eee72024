package io.floorwatch.monitor;

import io.floorwatch.domain.Alert;

/**
 * A change to an alert, as listeners (the screen's toasts, the sound, the webhook, the command line) hear it.
 *
 * @param kind what happened; only {@link Kind#RAISED} and {@link Kind#RE_RAISED} call for a person's attention
 */
public record AlertEvent(Alert alert, Kind kind) {
    /** What happened to the alert. */
    public enum Kind {
        /** A new alert. */
        RAISED,
        /** A snooze ran out while the agent was still in the state. */
        RE_RAISED,
        /** The agent came back to the state within the reopen window: the same alert again, quietly. */
        REOPENED,
        ACKNOWLEDGED,
        SNOOZED,
        NOTED,
        CLEARED
    }

    /** Whether this asks for attention (a toast, a sound, a webhook post). */
    public boolean calls() {
        return kind == Kind.RAISED || kind == Kind.RE_RAISED;
    }
}
