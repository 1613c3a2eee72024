package io.floorwatch.history;

import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;

/** How {@code interaction_events.phase} stores a change: 0 connected, 1 on hold, 2 after-call work, 3 ended. */
final class InteractionPhases {
    static final int ENDED = 3;

    private InteractionPhases() {
    }

    static int code(InteractionEvent event) {
        return event.ended() ? ENDED : event.interaction().phase().ordinal();
    }

    /** How an export names a stored code: the phase's name, or ENDED. */
    static String label(int code) {
        return code == ENDED ? "ENDED" : Interaction.Phase.values()[code].name();
    }
}
