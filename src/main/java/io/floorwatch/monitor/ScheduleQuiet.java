package io.floorwatch.monitor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.ScheduledActivity;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether an agent's state is what their schedule says, and until when: a break taken during a scheduled break,
 * a meal during a scheduled meal, busy, away or available off queue during scheduled off-queue work. The state
 * rules hold back until then, so a scheduled break is not a long break until it runs past its scheduled end. States
 * on queue are never held back: idle on queue is worth knowing whatever the schedule says.
 */
final class ScheduleQuiet {
    private ScheduleQuiet() {
    }

    /** The end of the scheduled stretch the agent's state matches at {@code now}; empty when it matches none. */
    static Optional<Instant> until(Activity activity, AgentSchedule schedule, Instant now) {
        ActivityCategory category = categoryOf(activity);
        if (category == null) {
            return Optional.empty();
        }
        Optional<ScheduledActivity> current = schedule.at(now);
        if (current.isEmpty() || current.get().category() != category) {
            return Optional.empty();
        }
        // Two scheduled blocks of the same kind back to back are one stretch.
        Instant end = current.get().end();
        for (ScheduledActivity next : schedule.activities()) {
            if (next.start().equals(end) && next.category() == category) {
                end = next.end();
            }
        }
        return Optional.of(end);
    }

    private static ActivityCategory categoryOf(Activity activity) {
        return switch (activity) {
            case BREAK -> ActivityCategory.BREAK;
            case MEAL -> ActivityCategory.MEAL;
            case AWAY, BUSY, AVAILABLE -> ActivityCategory.OFF_QUEUE_WORK;
            default -> null;
        };
    }
}
