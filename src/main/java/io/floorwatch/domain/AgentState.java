package io.floorwatch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an agent stands right now: presence and routing status, each with the moment it began.
 *
 * @param presenceDefinitionId the org's presence definition (custom presences map onto a system presence)
 */
public record AgentState(
        String agentId,
        SystemPresence presence,
        String presenceDefinitionId,
        Instant presenceSince,
        RoutingStatus routingStatus,
        Instant routingSince) {
    public AgentState {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(routingStatus, "routingStatus");
    }
}
