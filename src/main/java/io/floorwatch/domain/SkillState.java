package io.floorwatch.domain;

/** Lifecycle of a routing skill; only active skills can be assigned. */
public enum SkillState {
    ACTIVE,
    INACTIVE,
    DELETED
}
