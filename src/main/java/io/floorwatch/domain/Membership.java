package io.floorwatch.domain;

/** A user's membership of a queue, and whether they are joined to it (joined members receive its interactions). */
public record Membership(String queueId, String queueName, boolean joined) {
}
