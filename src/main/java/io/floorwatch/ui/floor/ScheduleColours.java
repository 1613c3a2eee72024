package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.ActivityCategory;

/**
 * Which activity's colour a scheduled activity takes on the timeline, so that the schedule and what the agent did
 * read alike: a scheduled break is the colour of a break taken, on-queue work that of idle on queue.
 */
final class ScheduleColours {
    private ScheduleColours() {
    }

    static Activity of(ActivityCategory category) {
        return switch (category) {
            case ON_QUEUE_WORK -> Activity.IDLE;
            case BREAK -> Activity.BREAK;
            case MEAL -> Activity.MEAL;
            case MEETING -> Activity.MEETING;
            case TRAINING -> Activity.TRAINING;
            case OFF_QUEUE_WORK -> Activity.BUSY;
            case TIME_OFF, UNAVAILABLE, UNSCHEDULED -> Activity.OFFLINE;
        };
    }
}
