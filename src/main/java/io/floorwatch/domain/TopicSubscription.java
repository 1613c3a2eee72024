package io.floorwatch.domain;

/** A topic as the notification service accepted (or rejected) it on a channel. */
public record TopicSubscription(String topic, boolean permitted, String rejectionReason) {
}
