package io.floorwatch.domain;

/**
 * A queue's finished work over an interval, all media together (Genesys' conversation aggregates): what live
 * observations do not carry.
 *
 * @param serviceLevel answered within the target over answered, 0 to 1; null when nothing was answered
 */
public record QueueAggregate(String queueId, long offered, long abandoned, Double serviceLevel) {
    /** Abandoned over offered, 0 to 1; null when nothing was offered. */
    public Double abandonRate() {
        return offered == 0 ? null : Math.min(1.0, (double) abandoned / offered);
    }
}
