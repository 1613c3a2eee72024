package io.floorwatch.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One agent's real-time adherence as workforce management last reported it: what the schedule says now, what the
 * agent does, whether the two match, and since when. Read from the management unit's adherence (REST) or its
 * adherence topic (wire notes, "Workforce management and adherence").
 *
 * @param managementUnitId the agent's management unit
 * @param scheduled        the scheduled activity's category now ({@link ActivityCategory#UNSCHEDULED} outside a
 *                         shift)
 * @param activityCodeId   the scheduled activity's code, null when none
 * @param actual           what the agent's presence and routing status amount to
 * @param changedAt        when the adherence state last changed ({@code adherenceChangeTime}); the time out of
 *                         adherence runs from it
 * @param removed          the agent left the management unit ({@code removedFromManagementUnit})
 */
public record Adherence(String userId, String managementUnitId, ActivityCategory scheduled, String activityCodeId,
        ActivityCategory actual, AdherenceState state, AdherenceImpact impact, Instant changedAt, boolean removed) {
    public Adherence {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(managementUnitId, "managementUnitId");
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public boolean out() {
        return state == AdherenceState.OUT_OF_ADHERENCE;
    }

    /** How long the agent has been out of adherence at {@code now}; zero when in. */
    public Duration outFor(Instant now) {
        if (!out() || now.isBefore(changedAt)) {
            return Duration.ZERO;
        }
        return Duration.between(changedAt, now);
    }

    /** The same facts apart from when they were reported: a repeat changes nothing on the floor. */
    public boolean sameAs(Adherence other) {
        return other != null && userId.equals(other.userId) && managementUnitId.equals(other.managementUnitId)
                && scheduled == other.scheduled && Objects.equals(activityCodeId, other.activityCodeId)
                && actual == other.actual && state == other.state && impact == other.impact
                && changedAt.equals(other.changedAt) && removed == other.removed;
    }
}
