package io.floorwatch.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One block of an agent's published schedule: from {@code start} for {@code length}, doing what its activity
 * code says.
 *
 * @param category    the activity code's category (the schedule itself carries only the code's id)
 * @param description the scheduler's words for it, "" when none
 */
public record ScheduledActivity(Instant start, Duration length, String activityCodeId, ActivityCategory category,
        String description) {
    public ScheduledActivity {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(activityCodeId, "activityCodeId");
        Objects.requireNonNull(category, "category");
        description = description == null ? "" : description;
    }

    public Instant end() {
        return start.plus(length);
    }

    public boolean covers(Instant moment) {
        return !moment.isBefore(start) && moment.isBefore(end());
    }
}
