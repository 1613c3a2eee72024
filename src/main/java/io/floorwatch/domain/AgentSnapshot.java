package io.floorwatch.domain;

/** An agent together with the state read at the same moment (the REST seed of the floor). */
public record AgentSnapshot(Agent agent, AgentState state) {
}
