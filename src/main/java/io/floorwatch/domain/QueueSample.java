package io.floorwatch.domain;

/** A queue snapshot together with the priority score computed for it when it arrived. */
public record QueueSample(QueueSnapshot snapshot, QueueScore score) {
}
