package io.floorwatch.ui.queues;

import io.floorwatch.domain.QueueGrade;
import io.floorwatch.ui.common.Level;

/**
 * When a queue figure turns from fine to worth a look (WARN) to needing action (ALERT). The service level, the
 * waiting count and the longest wait grade against the queue's thresholds (Settings, Queues tab: the same grades
 * the wallboard and the queue alerts use); the abandon rate and the priority score (DESIGN section 8) against
 * fixed lines here. A queue with work waiting and nobody idle is worth a look whatever its numbers.
 */
public final class QueueLevels {
    static final double SCORE_WARN = 0.5;
    static final double SCORE_ALERT = 0.7;
    static final double ABANDON_WARN = 0.05;
    static final double ABANDON_ALERT = 0.10;

    private QueueLevels() {
    }

    /** A threshold grade as the screen colours it: amber is worth a look, red needs action. */
    static Level of(QueueGrade grade) {
        return switch (grade) {
            case GREEN -> Level.OK;
            case AMBER -> Level.WARN;
            case RED -> Level.ALERT;
        };
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
