package io.floorwatch.ui.history;

import io.floorwatch.domain.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Agent actions read as sentences in the audit log, with the supervisor's reason. */
class AuditSentencesTest {
    private static AuditEntry entry(String action, String after) {
        return new AuditEntry(Instant.parse("2026-12-04T09:00:00Z"), "Sam Super", action, "u-1 (Ada Lovelace)",
                "{\"state\":\"On Queue\"}", after, AuditEntry.OK, 12);
    }

    @Test
    void presencesLogOutsAndJoinsAreSentencesWithTheirReason() {
        assertThat(AuditSentences.of(entry("user.presence.set",
                "{\"action\":\"Set presence to Break\",\"target\":\"Break\",\"state\":\"Break\",\"reason\":\"peak\"}")))
                .isEqualTo("Set the presence of Ada Lovelace to Break (reason: peak)");
        assertThat(AuditSentences.of(entry("user.logout",
                "{\"action\":\"Log out\",\"target\":\"\",\"state\":\"Offline (logged out)\",\"reason\":\"home\"}")))
                .isEqualTo("Logged Ada Lovelace out (reason: home)");
        assertThat(AuditSentences.of(entry("queue.member.join",
                "{\"action\":\"Join Billing\",\"target\":\"Billing\",\"state\":\"joined\",\"reason\":\"\"}")))
                .isEqualTo("Joined Ada Lovelace to queue Billing");
        assertThat(AuditSentences.of(entry("queue.member.leave",
                "{\"action\":\"Leave Billing\",\"target\":\"Billing\",\"state\":\"not joined\",\"reason\":\"x\"}")))
                .isEqualTo("Unjoined Ada Lovelace from queue Billing (reason: x)");
    }
}
