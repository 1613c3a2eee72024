package io.floorwatch.domain;

import java.util.List;
import java.util.Map;

/**
 * An agent together with the state read at the same moment (the REST seed of the floor).
 *
 * @param skills        the names of the agent's routing skills, when the read asked for them (else empty)
 * @param afterCallWork per media, how many of the agent's contact-center conversations are in after-call work
 *                      (their conversation summary), when the read asked for it (else empty)
 */
public record AgentSnapshot(Agent agent, AgentState state, List<String> skills,
        Map<MediaType, Integer> afterCallWork) {
    public AgentSnapshot {
        skills = skills == null ? List.of() : List.copyOf(skills);
        afterCallWork = afterCallWork == null ? Map.of() : Map.copyOf(afterCallWork);
    }

    public AgentSnapshot(Agent agent, AgentState state, List<String> skills) {
        this(agent, state, skills, Map.of());
    }

    public AgentSnapshot(Agent agent, AgentState state) {
        this(agent, state, List.of(), Map.of());
    }
}
