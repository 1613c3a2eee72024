package io.floorwatch.domain;

/** Which of an agent's two states an event reports. */
public enum StateKind {
    PRESENCE,
    ROUTING
}
