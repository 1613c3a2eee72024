package io.floorwatch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A change to one of an agent's interactions, normalized from whichever wire it came on (a conversation
 * notification, a REST seed, a Kafka record): its state now, or that it ended. Identified by (agent, conversation,
 * time), so the same change arriving twice is one change.
 *
 * @param interaction the interaction as it stands after the change; for an end, as it last stood
 * @param ended       whether the interaction is over for the agent (after-call work done, or none required)
 * @param at          when the change happened
 */
public record InteractionEvent(String agentId, Interaction interaction, boolean ended, Instant at) {
    public InteractionEvent {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(at, "at");
    }

    public String conversationId() {
        return interaction.conversationId();
    }
}
