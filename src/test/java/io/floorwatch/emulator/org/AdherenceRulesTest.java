package io.floorwatch.emulator.org;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the emulator judges adherence (wire notes, emulator detail). */
class AdherenceRulesTest {

    @Test
    void doingWhatTheScheduleSaysIsInAdherence() {
        assertIn(ActivityCategory.ON_QUEUE_WORK, SystemPresence.ON_QUEUE, RoutingStatus.INTERACTING);
        assertIn(ActivityCategory.BREAK, SystemPresence.BREAK, RoutingStatus.OFF_QUEUE);
        assertIn(ActivityCategory.MEAL, SystemPresence.MEAL, RoutingStatus.OFF_QUEUE);
        assertIn(ActivityCategory.OFF_QUEUE_WORK, SystemPresence.BUSY, RoutingStatus.OFF_QUEUE);
        assertIn(ActivityCategory.UNSCHEDULED, SystemPresence.OFFLINE, RoutingStatus.OFF_QUEUE);
        assertIn(ActivityCategory.TIME_OFF, SystemPresence.OFFLINE, RoutingStatus.OFF_QUEUE);
    }

    @Test
    void offQueueWhenOnQueueWorkIsScheduledTakesCapacityAway() {
        AdherenceRules.Verdict lateBack = AdherenceRules.judge(ActivityCategory.ON_QUEUE_WORK, SystemPresence.BREAK,
                RoutingStatus.OFF_QUEUE);
        assertThat(lateBack).isEqualTo(new AdherenceRules.Verdict(ActivityCategory.BREAK,
                AdherenceState.OUT_OF_ADHERENCE, AdherenceImpact.NEGATIVE));
        AdherenceRules.Verdict notResponding = AdherenceRules.judge(ActivityCategory.ON_QUEUE_WORK,
                SystemPresence.ON_QUEUE, RoutingStatus.NOT_RESPONDING);
        assertThat(notResponding.state()).isEqualTo(AdherenceState.OUT_OF_ADHERENCE);
        assertThat(notResponding.impact()).isEqualTo(AdherenceImpact.NEGATIVE);
    }

    @Test
    void onQueueWhenNotScheduledToBeAddsCapacityAndOtherMismatchesAreNeutral() {
        assertThat(AdherenceRules.judge(ActivityCategory.BREAK, SystemPresence.ON_QUEUE, RoutingStatus.IDLE))
                .isEqualTo(new AdherenceRules.Verdict(ActivityCategory.ON_QUEUE_WORK,
                        AdherenceState.OUT_OF_ADHERENCE, AdherenceImpact.POSITIVE));
        assertThat(AdherenceRules.judge(ActivityCategory.UNSCHEDULED, SystemPresence.ON_QUEUE, RoutingStatus.IDLE)
                .impact()).isEqualTo(AdherenceImpact.POSITIVE);
        assertThat(AdherenceRules.judge(ActivityCategory.BREAK, SystemPresence.MEAL, RoutingStatus.OFF_QUEUE))
                .isEqualTo(new AdherenceRules.Verdict(ActivityCategory.MEAL, AdherenceState.OUT_OF_ADHERENCE,
                        AdherenceImpact.NEUTRAL));
    }

    @Test
    void anAgentWithoutAScheduleIsUnscheduled() {
        assertThat(AdherenceRules.judge(null, SystemPresence.ON_QUEUE, RoutingStatus.IDLE).state())
                .isEqualTo(AdherenceState.UNSCHEDULED);
    }

    private static void assertIn(ActivityCategory scheduled, SystemPresence presence, RoutingStatus routing) {
        AdherenceRules.Verdict verdict = AdherenceRules.judge(scheduled, presence, routing);
        assertThat(verdict.state()).as(scheduled + " / " + presence).isEqualTo(AdherenceState.IN_ADHERENCE);
        assertThat(verdict.impact()).isEqualTo(AdherenceImpact.NEUTRAL);
    }
}
