package io.floorwatch.ui.queues;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.ui.common.Level;

import java.time.Instant;

/**
 * One line of the queues table: the queue's newest sample (absent until one arrives) and how each figure
 * grades against its threshold.
 *
 * @param thresholds the queue's thresholds, every field resolved (its own over the defaults over its Genesys
 *                   service level over the built-in)
 */
public record QueueRow(String queueId, String name, QueueSample sample, QueueThresholds thresholds) {
    public QueueRow {
        if (!thresholds.complete()) {
            throw new IllegalArgumentException("a queue row needs every threshold resolved, not " + thresholds);
        }
    }

    public boolean hasData() {
        return sample != null;
    }

    private QueueSnapshot snapshot() {
        return sample.snapshot();
    }

    public Integer waiting() {
        return hasData() ? snapshot().waiting() : null;
    }

    public Double longestWaitSeconds() {
        return hasData() ? snapshot().longestWaitSeconds() : null;
    }

    public Integer onQueue() {
        return hasData() ? snapshot().onQueue() : null;
    }

    public Integer idle() {
        return hasData() ? snapshot().idle() : null;
    }

    public Integer interacting() {
        return hasData() ? snapshot().interacting() : null;
    }

    public Double abandonRate() {
        return hasData() ? snapshot().abandonedRate() : null;
    }

    public Double serviceLevel() {
        return hasData() ? snapshot().serviceLevel() : null;
    }

    /** The priority score, or -1 before the first sample (sorts below every scored queue). */
    public double score() {
        return hasData() ? sample.score().score() : -1;
    }

    public Instant at() {
        return hasData() ? snapshot().at() : null;
    }

    public Level longestWaitLevel() {
        return QueueLevels.of(thresholds.longestWait(longestWaitSeconds()));
    }

    public Level serviceLevelLevel() {
        return QueueLevels.of(thresholds.serviceLevel(serviceLevel()));
    }

    public Level waitingLevel() {
        return QueueLevels.of(thresholds.waiting(waiting()));
    }

    public Level abandonLevel() {
        return QueueLevels.abandon(abandonRate());
    }

    public Level scoreLevel() {
        return hasData() ? QueueLevels.score(score()) : Level.OK;
    }

    public Level staffingLevel() {
        return QueueLevels.staffing(waiting(), idle());
    }

    /** The row's colour: its worst figure. */
    public Level level() {
        return QueueLevels.worst(longestWaitLevel(), serviceLevelLevel(), waitingLevel(), abandonLevel(),
                scoreLevel(), staffingLevel());
    }
}
