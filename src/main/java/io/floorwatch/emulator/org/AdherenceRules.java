package io.floorwatch.emulator.org;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;

/**
 * How the emulator judges adherence (wire notes, "Workforce management and adherence", emulator detail): what an
 * agent's presence amounts to, whether it matches the scheduled category, and what a mismatch does to the queues.
 * A pure function of the three.
 */
public final class AdherenceRules {
    private AdherenceRules() {
    }

    /** The verdict on one agent at one moment. */
    public record Verdict(ActivityCategory actual, AdherenceState state, AdherenceImpact impact) {
    }

    public static ActivityCategory actual(SystemPresence presence) {
        return switch (presence) {
            case ON_QUEUE -> ActivityCategory.ON_QUEUE_WORK;
            case AVAILABLE, BUSY, AWAY, IDLE -> ActivityCategory.OFF_QUEUE_WORK;
            case BREAK -> ActivityCategory.BREAK;
            case MEAL -> ActivityCategory.MEAL;
            case MEETING -> ActivityCategory.MEETING;
            case TRAINING -> ActivityCategory.TRAINING;
            case OFFLINE -> ActivityCategory.UNAVAILABLE;
        };
    }

    /**
     * @param scheduled the scheduled category now, {@link ActivityCategory#UNSCHEDULED} outside a shift; null when
     *                  the agent has no schedule at all (their state is then unscheduled)
     */
    public static Verdict judge(ActivityCategory scheduled, SystemPresence presence, RoutingStatus routing) {
        ActivityCategory actual = actual(presence);
        if (scheduled == null) {
            return new Verdict(actual, AdherenceState.UNSCHEDULED, AdherenceImpact.NEUTRAL);
        }
        boolean matches = switch (scheduled) {
            case UNSCHEDULED, TIME_OFF, UNAVAILABLE -> presence == SystemPresence.OFFLINE;
            case ON_QUEUE_WORK -> actual == scheduled && routing != RoutingStatus.NOT_RESPONDING;
            default -> actual == scheduled;
        };
        if (matches) {
            return new Verdict(actual, AdherenceState.IN_ADHERENCE, AdherenceImpact.NEUTRAL);
        }
        AdherenceImpact impact;
        if (scheduled.onQueue()) {
            impact = AdherenceImpact.NEGATIVE;
        } else if (actual.onQueue()) {
            impact = AdherenceImpact.POSITIVE;
        } else {
            impact = AdherenceImpact.NEUTRAL;
        }
        return new Verdict(actual, AdherenceState.OUT_OF_ADHERENCE, impact);
    }
}
