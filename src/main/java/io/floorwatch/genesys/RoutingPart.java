package io.floorwatch.genesys;

/** The parts of a queue's routing beyond its settings that a write can set one by one. */
public enum RoutingPart {
    /** {@code bullseye.rings} */
    RINGS,
    /** {@code conditionalGroupRouting.rules} */
    GROUP_RULES,
    /** {@code queueFlow} */
    IN_QUEUE_FLOW,
    /** {@code memberGroups} */
    MEMBER_GROUPS
}
