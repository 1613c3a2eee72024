package io.floorwatch.ui.floor;

import io.floorwatch.domain.Interaction;
import io.floorwatch.ui.common.Durations;

import java.time.Instant;

/**
 * One of the selected agent's interactions in the agent pane. What needs looking up (the queue's name) or formatting
 * (the time of day) is done once, when the agent changes; the rest is read from the interaction, and only the two
 * durations count on with the clock.
 *
 * @param queue       the queue's name; "No queue" for one that came through none
 * @param connectedAt when it was connected, as a local time of day
 */
public record InteractionLine(Interaction interaction, String queue, String connectedAt) {
    public String conversationId() {
        return interaction.conversationId();
    }

    /** "Voice". */
    public String media() {
        return interaction.media().label();
    }

    /** "On hold". */
    public String phase() {
        return interaction.phase().label();
    }

    /** How long the agent has handled it so far: "4:12". */
    public String handledFor(Instant now) {
        return Durations.compact(interaction.handled(now));
    }

    /** How long it has been in its phase: "1:20". */
    public String inPhaseFor(Instant now) {
        return Durations.compact(interaction.inPhase(now));
    }
}
