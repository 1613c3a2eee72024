package io.floorwatch.kafka;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Joining a share group against a real single-node KRaft broker: every member must have been given the group's
 * list, not merely as many shares.
 */
class ShareGroupIT {
    private static EmbeddedBroker cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = EmbeddedBroker.start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    private static ShareGroup group(String topic, List<String> list, String member, Set<Integer> held) {
        return new ShareGroup(cluster.bootstrapServers(), topic, list, member, ShareGroup.SESSION_TIMEOUT,
                new ShareGroup.Listener() {
                    @Override
                    public void taken(Set<Integer> shares) {
                        held.addAll(shares);
                    }

                    @Override
                    public void released(Set<Integer> shares) {
                        held.removeAll(shares);
                    }
                });
    }

    @Test
    void aMemberGivenAnotherListOfTheSameLengthIsRefusedAndOneGivenTheSameListJoins() throws Exception {
        String topic = "agents-" + UUID.randomUUID() + ".shares";
        Set<Integer> first = new ConcurrentSkipListSet<>();
        try (ShareGroup a = group(topic, List.of("teams:Aurora", "teams:Beacon"), "a", first).start()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (first.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(first).as("alone in the group, the first member follows both shares").containsExactly(0, 1);

            assertThatThrownBy(() -> group(topic, List.of("teams:Aurora", "teams:Cedar"), "b",
                    new ConcurrentSkipListSet<>()).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("was given the shares 'teams:Aurora; teams:Cedar'")
                    .hasMessageContaining("its group follows 'teams:Aurora; teams:Beacon'")
                    .hasMessageContaining("the same --shares");

            Set<Integer> standby = new ConcurrentSkipListSet<>();
            try (ShareGroup c = group(topic, List.of("teams:AURORA", "teams:beacon"), "c", standby).start()) {
                assertThat(c.problem()).as("the same list, in other letters, joins").isEmpty();
            }
        }
    }
}
