package io.floorwatch.ui.floor;

import io.floorwatch.domain.Interaction;
import io.floorwatch.ui.common.Durations;

import java.time.Instant;

/**
 * One of the selected agent's interactions in the agent pane. Its words are made once, when the agent changes;
 * only the two durations count on with the clock.
 *
 * @param queue       the queue's name; "No queue" for one that came through none
 * @param connectedAt when it was connected, as a local time of day
 */
public record InteractionLine(String conversationId, String media, String queue, String phase, String connectedAt,
        Interaction interaction) {
    /** How long the agent has handled it so far: "4:12". */
    public String handledFor(Instant now) {
        return Durations.compact(interaction.handled(now));
    }

    /** How long it has been in its phase: "1:20". */
    public String inPhaseFor(Instant now) {
        return Durations.compact(interaction.inPhase(now));
    }
}
