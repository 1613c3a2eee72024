package io.floorwatch.ui.queues;

import io.floorwatch.ui.common.Level;

/**
 * When a queue figure turns from fine to worth a look (WARN) to needing action (ALERT): the longest wait against
 * the queue's service-level target, the service level against its goal, the abandon rate, and the priority score
 * (DESIGN section 8). A queue with work waiting and nobody idle is worth a look whatever its numbers.
 */
public final class QueueLevels {
    static final double SCORE_WARN = 0.5;
    static final double SCORE_ALERT = 0.7;
    static final double ABANDON_WARN = 0.05;
    static final double ABANDON_ALERT = 0.10;
    /** How far below its goal a service level must fall to need action rather than a look. */
    static final double SERVICE_LEVEL_MARGIN = 0.2;

    private QueueLevels() {
    }

    static Level longestWait(Double seconds, double targetSeconds) {
        if (seconds == null) {
            return Level.OK;
        }
        if (seconds > 2 * targetSeconds) {
            return Level.ALERT;
        }
        return seconds > targetSeconds ? Level.WARN : Level.OK;
    }

    static Level serviceLevel(Double level, double goal) {
        if (level == null) {
            return Level.OK;
        }
        if (level < goal - SERVICE_LEVEL_MARGIN) {
            return Level.ALERT;
        }
        return level < goal ? Level.WARN : Level.OK;
    }

    static Level abandon(Double rate) {
        if (rate == null) {
            return Level.OK;
        }
        if (rate >= ABANDON_ALERT) {
            return Level.ALERT;
        }
        return rate >= ABANDON_WARN ? Level.WARN : Level.OK;
    }

    static Level score(double score) {
        if (score >= SCORE_ALERT) {
            return Level.ALERT;
        }
        return score >= SCORE_WARN ? Level.WARN : Level.OK;
    }

    static Level staffing(Integer waiting, Integer idle) {
        return waiting != null && idle != null && waiting > 0 && idle == 0 ? Level.WARN : Level.OK;
    }

    static Level worst(Level... levels) {
        Level worst = Level.OK;
        for (Level level : levels) {
            if (level.compareTo(worst) > 0) {
                worst = level;
            }
        }
        return worst;
    }
}
