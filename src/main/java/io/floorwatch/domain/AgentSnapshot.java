package io.floorwatch.domain;

import java.util.List;

/**
 * An agent together with the state read at the same moment (the REST seed of the floor).
 *
 * @param skills the names of the agent's routing skills, when the read asked for them (else empty)
 */
public record AgentSnapshot(Agent agent, AgentState state, List<String> skills) {
    public AgentSnapshot {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public AgentSnapshot(Agent agent, AgentState state) {
        this(agent, state, List.of());
    }
}
