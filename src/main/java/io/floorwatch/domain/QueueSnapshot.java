package io.floorwatch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A queue's state at one moment, the same record whether it came from the upstream Kafka topic or from Genesys
 * queue observations. Counts are null where the source did not say.
 *
 * @param waitTimeSeconds    the upstream's wait figure for the queue, the one the score weighs
 * @param longestWaitSeconds how long the longest-waiting interaction has waited now; null when unknown
 * @param agentsAvailable    agents on queue and idle, ready for the next interaction
 * @param abandonedRate    abandoned / offered in the current interval, 0 to 1; null when unknown
 * @param serviceLevel     share answered within the target, 0 to 1; null when unknown
 */
public record QueueSnapshot(
        String queueId,
        String skillId,
        Instant at,
        double waitTimeSeconds,
        Double longestWaitSeconds,
        int agentsAvailable,
        Double abandonedRate,
        Integer waiting,
        Integer onQueue,
        Integer idle,
        Integer interacting,
        Double serviceLevel,
        String source) {
    public QueueSnapshot {
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }
}
