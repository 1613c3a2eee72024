package io.floorwatch.domain;

/** A user who belongs to a queue; joined members receive its interactions. */
public record QueueMember(String userId, String name, boolean joined, int ringNumber, RoutingStatus routingStatus) {
}
