package io.floorwatch.genesys;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A management unit's adherence topic decoded (wire notes, "Workforce management and adherence"): the body of
 * {@code WfmUserScheduleAdherenceUpdatedMuTopicUserScheduleAdherenceUpdate}, whatever order its fields come in.
 */
class AdherenceDecoderTest {
    private final NotificationDecoder decoder = new NotificationDecoder(Clock.fixed(
            Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void anUpdateBecomesTheAgentsAdherence() {
        Notification decoded = decoder.decode("""
                {"topicName":"v2.workforcemanagement.managementunits.mu-1.adherence","version":"2",
                 "eventBody":{"user":{"id":"u1"},"managementUnitId":"mu-1","team":{"id":"t1","name":"Team Aurora"},
                  "scheduledActivityCategory":"OnQueueWork","scheduledActivityCode":{"id":"c0"},
                  "systemPresence":"Break","routingStatus":"OFF_QUEUE","actualActivityCategory":"Break",
                  "isOutOfOffice":false,"adherenceState":"OutOfAdherence","impact":"Negative",
                  "adherenceChangeTime":"2026-12-07T09:52:00.000Z","presenceUpdateTime":"2026-12-07T09:37:00.000Z",
                  "activeQueues":[{"id":"q1"}],"removedFromManagementUnit":false},
                 "metadata":{"CorrelationId":"c"}}""");

        assertThat(decoded).isEqualTo(new Notification.AdherenceChanged(new Adherence("u1", "mu-1",
                ActivityCategory.ON_QUEUE_WORK, "c0", ActivityCategory.BREAK, AdherenceState.OUT_OF_ADHERENCE,
                AdherenceImpact.NEGATIVE, Instant.parse("2026-12-07T09:52:00Z"), false)));
    }

    @Test
    void theUnitComesFromTheTopicWhenTheBodyLeavesItOutAndUnknownValuesReadAsUnknown() {
        Notification decoded = decoder.decode("""
                {"eventBody":{"adherenceChangeTime":"2026-12-07T09:52:00Z","user":{"id":"u2"},
                  "adherenceState":"SomethingNew","impact":"Sideways","scheduledActivityCategory":"Break",
                  "actualActivityCategory":"Break"},
                 "topicName":"V2.WORKFORCEMANAGEMENT.MANAGEMENTUNITS.MU-2.ADHERENCE"}""");

        Adherence adherence = ((Notification.AdherenceChanged) decoded).adherence();
        assertThat(adherence.managementUnitId()).isEqualTo("MU-2");
        assertThat(adherence.state()).isEqualTo(AdherenceState.UNKNOWN);
        assertThat(adherence.impact()).isEqualTo(AdherenceImpact.UNKNOWN);
        assertThat(adherence.activityCodeId()).isNull();
    }

    @Test
    void anUpdateWithoutItsAgentOrWithABadTimeIsRejectedWithTheReason() {
        Notification noUser = decoder.decode("""
                {"topicName":"v2.workforcemanagement.managementunits.mu-1.adherence",
                 "eventBody":{"adherenceState":"InAdherence","adherenceChangeTime":"2026-12-07T09:52:00Z"}}""");
        assertThat(noUser).isInstanceOf(Notification.Malformed.class);
        assertThat(((Notification.Malformed) noUser).reason()).contains("user.id")
                .contains("v2.workforcemanagement.managementunits.mu-1.adherence");

        Notification badTime = decoder.decode("""
                {"topicName":"v2.workforcemanagement.managementunits.mu-1.adherence",
                 "eventBody":{"user":{"id":"u1"},"adherenceChangeTime":"yesterday"}}""");
        assertThat(((Notification.Malformed) badTime).reason()).contains("adherenceChangeTime 'yesterday'");

        Notification empty = decoder.decode("""
                {"topicName":"v2.workforcemanagement.managementunits.mu-1.adherence","eventBody":{}}""");
        assertThat(((Notification.Malformed) empty).reason()).contains("no adherence fields");
    }
}
