package io.floorwatch.ui.wallboard;

import io.floorwatch.domain.QueueGrade;
import io.floorwatch.domain.QueueThresholds;

/**
 * One queue's tile: its headline figures and their grades against the queue's own thresholds. A figure not
 * measured yet is null (the tile shows a dash, graded green).
 *
 * @param available agents on queue and idle (free to take the next interaction)
 */
public record QueueTile(String queueId, String name, Integer waiting, Double longestWaitSeconds,
        Double serviceLevel, Integer available, Integer onQueue, QueueThresholds thresholds) {
    public QueueGrade waitingGrade() {
        return thresholds.waiting(waiting);
    }

    public QueueGrade longestWaitGrade() {
        return thresholds.longestWait(longestWaitSeconds);
    }

    public QueueGrade serviceLevelGrade() {
        return thresholds.serviceLevel(serviceLevel);
    }

    /** The tile's own colour: its worst figure. */
    public QueueGrade grade() {
        return waitingGrade().worst(longestWaitGrade()).worst(serviceLevelGrade());
    }
}
