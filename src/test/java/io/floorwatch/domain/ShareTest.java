package io.floorwatch.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shares as written on the command line, which agents each takes, and a share list's gaps and overlaps. */
class ShareTest {
    private static Agent agent(String id, String team, String divisionId, String division) {
        return new Agent(id, "n", "e", team, "Agent", divisionId, division);
    }

    @Test
    void hashSharesOfOneListTakeEveryAgentExactlyOnceAndAboutEqually() {
        ShareLayout layout = ShareLayout.parse("hash:0/3; hash:1/3 ;hash:2/3");
        Random random = new Random(7);
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            agents.add(agent(new UUID(random.nextLong(), random.nextLong()).toString(), "", "", ""));
        }
        ShareLayout.Coverage coverage = layout.coverage(agents);
        assertThat(coverage.inNoShare()).isEmpty();
        assertThat(coverage.inSeveral()).isEmpty();
        assertThat(coverage.problem()).isEmpty();
        for (Share share : layout.shares()) {
            assertThat(agents.stream().filter(share::takes).count()).as(share.label()).isBetween(900L, 1_100L);
        }
    }

    @Test
    void theHashIsFixedByItsDefinitionNotByTheJvm() {
        // FNV-1a 32 of "a" is 0xe40c292c (3826002220): even, so bucket 0 of 2; 3826002220 mod 7 = 5.
        assertThat(Share.Hash.bucket("a", 2)).isZero();
        assertThat(Share.Hash.bucket("a", 7)).isEqualTo(5);
        // Case does not move an agent: a UUID may be written in either.
        assertThat(Share.Hash.bucket("ABC-1", 5)).isEqualTo(Share.Hash.bucket("abc-1", 5));
    }

    @Test
    void teamAndDivisionSharesMatchByNameOrId() {
        Share teams = Share.parse("teams:Billing, sales");
        assertThat(teams.takes(agent("u1", "billing", "", ""))).isTrue();
        assertThat(teams.takes(agent("u2", "Sales", "", ""))).isTrue();
        assertThat(teams.takes(agent("u3", "Support", "", ""))).isFalse();
        assertThat(teams.takes(agent("u4", "", "", ""))).as("no team, no teams: share").isFalse();
        assertThat(teams.label()).isEqualTo("teams:Billing,sales");

        assertThat(Share.parse("division:EMEA").takes(agent("u1", "", "d-1", "emea"))).isTrue();
        assertThat(Share.parse("division:d-1").takes(agent("u1", "", "d-1", "Home"))).isTrue();
        assertThat(Share.parse("division:d-2").takes(agent("u1", "", "d-1", "Home"))).isFalse();
        assertThat(Share.parse("all").takes(agent("u1", "", "", ""))).isTrue();
    }

    @Test
    void aListNamesItsGapsAndOverlaps() {
        ShareLayout layout = ShareLayout.parse("teams:A,B;teams:B;division:X");
        ShareLayout.Coverage coverage = layout.coverage(List.of(agent("u1", "A", "", ""),
                agent("u2", "B", "", ""), agent("u3", "C", "", ""), agent("u4", "C", "x-id", "X")));
        assertThat(coverage.inSeveral()).containsExactly("u2");
        assertThat(coverage.inNoShare()).containsExactly("u3");
        assertThat(coverage.problem()).isEqualTo("1 agent is in no share (e.g. u3); 1 agent is in several shares "
                + "(e.g. u2)");
    }

    @Test
    void refusesWhatIsNotAShareSayingWhatIsExpected() {
        assertThatThrownBy(() -> Share.parse("hash:2/2")).hasMessageContaining("needs 0 <= K < N");
        assertThatThrownBy(() -> Share.parse("hash:1")).hasMessageContaining("must be hash:K/N");
        assertThatThrownBy(() -> Share.parse("hash:a/b")).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> Share.parse("teams:")).hasMessageContaining("at least one team");
        assertThatThrownBy(() -> Share.parse("site:Leeds")).hasMessageContaining("is not hash:K/N, teams:");
        assertThatThrownBy(() -> ShareLayout.parse("hash:0/2;teams:A")).hasMessageContaining("hash shares are "
                + "listed all together");
        assertThatThrownBy(() -> ShareLayout.parse("hash:0/3;hash:1/3")).hasMessageContaining("N of them");
        assertThatThrownBy(() -> ShareLayout.parse("teams:A;teams:a")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> ShareLayout.parse(" ; ")).hasMessageContaining("at least one share");
    }
}
