package io.floorwatch.domain;

/** An agent's ACD routing status; it only means something while the agent is On Queue. */
public enum RoutingStatus {
    OFF_QUEUE,
    IDLE,
    INTERACTING,
    NOT_RESPONDING,
    COMMUNICATING
}
