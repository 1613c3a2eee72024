package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.ui.common.Level;

import java.time.Duration;

/**
 * When time in a state turns from fine to worth a look (warn) to needing action (alert). The defaults follow
 * what supervisors watch for: idle on queue, available but not on queue, long breaks; not responding at once.
 */
public final class StateThresholds {
    private StateThresholds() {
    }

    public static Level level(Activity activity, Duration inState) {
        long minutes = inState.toMinutes();
        return switch (activity) {
            case NOT_RESPONDING -> Level.ALERT;
            case IDLE -> grade(minutes, 5, 10);
            case AVAILABLE, ON_QUEUE_OFF -> grade(minutes, 5, 15);
            case BREAK -> grade(minutes, 15, 30);
            case MEAL -> grade(minutes, 30, 45);
            case AWAY, BUSY, INACTIVE -> grade(minutes, 20, 40);
            case INTERACTING, COMMUNICATING -> grade(minutes, 20, 45);
            case MEETING, TRAINING, OFFLINE -> Level.OK;
        };
    }

    private static Level grade(long minutes, long warn, long alert) {
        if (minutes >= alert) {
            return Level.ALERT;
        }
        return minutes >= warn ? Level.WARN : Level.OK;
    }
}
