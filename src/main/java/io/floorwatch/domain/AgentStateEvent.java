package io.floorwatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change of an agent's presence or routing status, normalized from whichever wire it came on (a
 * notification, a REST seed, later a Kafka record). Events are identified by (agent, kind, time), so the same
 * change arriving twice is one event.
 *
 * @param state        the {@link SystemPresence} or {@link RoutingStatus} name
 * @param definitionId the presence definition (custom presences), or null for routing events
 * @param at           when the agent entered the state, as Genesys reports it
 */
public record AgentStateEvent(String agentId, StateKind kind, String state, String definitionId, Instant at) {
    public AgentStateEvent {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }

    public static AgentStateEvent presence(String agentId, SystemPresence presence, String definitionId, Instant at) {
        return new AgentStateEvent(agentId, StateKind.PRESENCE, presence.name(), definitionId, at);
    }

    public static AgentStateEvent routing(String agentId, RoutingStatus status, Instant at) {
        return new AgentStateEvent(agentId, StateKind.ROUTING, status.name(), null, at);
    }

    /** The two events a snapshot's state stands for (the "since" times of its presence and routing status). */
    public static List<AgentStateEvent> of(AgentState state, Instant fallback) {
        return List.of(
                presence(state.agentId(), state.presence(), state.presenceDefinitionId(),
                        state.presenceSince() == null ? fallback : state.presenceSince()),
                routing(state.agentId(), state.routingStatus(),
                        state.routingSince() == null ? fallback : state.routingSince()));
    }

    /** A label for people: "On Queue", "Idle". */
    public String label() {
        return kind == StateKind.PRESENCE ? SystemPresence.valueOf(state).displayName()
                : Activity.routingLabel(RoutingStatus.valueOf(state));
    }
}
