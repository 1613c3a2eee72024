package io.floorwatch.domain;

/** What a member group of a queue is, as Genesys' {@code memberGroups[].type} says. */
public enum GroupType {
    TEAM,
    GROUP,
    SKILLGROUP
}
