package io.floorwatch.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent's published schedule over the span it was read for: their shifts' activities in start order. Outside
 * every activity the agent is not scheduled.
 */
public record AgentSchedule(String userId, List<ScheduledActivity> activities) {
    public AgentSchedule {
        Objects.requireNonNull(userId, "userId");
        activities = activities.stream().sorted(Comparator.comparing(ScheduledActivity::start)).toList();
    }

    /** The activity scheduled at {@code moment}; empty outside the agent's shifts. */
    public Optional<ScheduledActivity> at(Instant moment) {
        ScheduledActivity found = null;
        for (ScheduledActivity activity : activities) {
            if (activity.start().isAfter(moment)) {
                break;
            }
            // Later blocks win where they overlap, as a meeting laid over on-queue work does.
            if (activity.covers(moment)) {
                found = activity;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The category scheduled at {@code moment}: {@link ActivityCategory#UNSCHEDULED} outside the shifts. */
    public ActivityCategory categoryAt(Instant moment) {
        return at(moment).map(ScheduledActivity::category).orElse(ActivityCategory.UNSCHEDULED);
    }

    /** The activities that overlap {@code [from, to)}. */
    public List<ScheduledActivity> between(Instant from, Instant to) {
        return activities.stream().filter(a -> a.start().isBefore(to) && a.end().isAfter(from)).toList();
    }
}
