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

    /** The phase a stored code stands for; null for an end. */
    static Interaction.Phase phase(int code) {
        return code == ENDED ? null : Interaction.Phase.values()[code];
    }
}
