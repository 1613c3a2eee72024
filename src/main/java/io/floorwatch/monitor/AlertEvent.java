package io.floorwatch.monitor;

import io.floorwatch.domain.Alert;

/**
 * A change to an alert, as listeners (the screen's toasts, the sound, the webhook, the command line) hear it.
 *
 * @param kind  what happened; only {@link Kind#RAISED} and {@link Kind#RE_RAISED} call for a person's attention
 * @param quiet the alert's rule asks for no toast and no sound (it still lists, and goes to the webhook)
 */
public record AlertEvent(Alert alert, Kind kind, boolean quiet) {
    /** A change to an alert whose rule pops up as usual. */
    public AlertEvent(Alert alert, Kind kind) {
        this(alert, kind, false);
    }

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

    /** Whether this asks for attention (a webhook post; a toast and a sound unless {@link #quiet}). */
    public boolean calls() {
        return kind == Kind.RAISED || kind == Kind.RE_RAISED;
    }

    /** Whether this interrupts the supervisor on screen: a toast, and the sound when that is on. */
    public boolean popsUp() {
        return calls() && !quiet;
    }
}
