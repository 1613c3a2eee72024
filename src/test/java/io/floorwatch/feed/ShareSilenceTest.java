package io.floorwatch.feed;

import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.AgentTopicRecord;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desktop reading collectors that each follow a share: the share whose collector fell silent is named while the
 * others still speak, a standby's heartbeat does not speak for it, and the one that takes it over does.
 */
class ShareSilenceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock(T0);
    private HistoryStore history;
    private KafkaAgentFeed feed;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        // Never started: these tests hand it the records the consumer would have read.
        feed = new KafkaAgentFeed(new FloorSeed() {
            @Override
            public int first() {
                return 0;
            }

            @Override
            public boolean again() {
                return false;
            }
        }, new LiveState(), history.writer(), new KafkaSettings("127.0.0.1:9", "agents", "desk"), clock,
                Duration.ofSeconds(15), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        feed.close();
        history.close();
    }

    private void hear(String collector, String share) {
        feed.accept(List.of(new AgentTopicRecord.Heartbeat(new CollectorHeartbeat(collector, clock.instant(), 10,
                "", share))), List.of());
    }

    @Test
    void aShareWhoseCollectorFellSilentIsNamedUntilAnotherTakesItOver() {
        hear("a/1", "hash:0/2");
        hear("b/2", "hash:1/2");
        hear("c/3", CollectorHeartbeat.STANDBY);
        assertThat(feed.health().problem()).isEmpty();

        for (int i = 0; i < 4; i++) { // b/2 stops; the others go on every 5 s
            clock.advance(Duration.ofSeconds(5));
            hear("a/1", "hash:0/2");
            hear("c/3", CollectorHeartbeat.STANDBY);
        }
        assertThat(feed.health().problem()).isEqualTo("Share hash:1/2 silent since 09:00:00 (last heard from "
                + "collector b/2); its agents' times in state are not live until a collector takes it over");

        hear("c/3", "hash:1/2"); // the standby took the share over
        assertThat(feed.health().problem()).isEmpty();
    }

    @Test
    void aShareHeardWithinTheBoundIsNotSilentAndCollectorsOfTheWholeOrgNameNoShare() {
        hear("a/1", "hash:0/2");
        hear("w/9", CollectorHeartbeat.WHOLE_ORG);
        clock.advance(Duration.ofSeconds(15));
        hear("w/9", CollectorHeartbeat.WHOLE_ORG);
        assertThat(feed.health().problem()).as("exactly at the bound: not yet").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        hear("w/9", CollectorHeartbeat.WHOLE_ORG);
        assertThat(feed.health().problem()).startsWith("Share hash:0/2 silent since 09:00:00");
    }
}
