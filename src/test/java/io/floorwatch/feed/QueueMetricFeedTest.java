package io.floorwatch.feed;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.history.HistoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Queue metrics from a topic that carries the whole org show only the queues the person's token lists. */
class QueueMetricFeedTest {
    @TempDir
    Path dir;

    private static QueueSnapshot snapshot(String queueId) {
        return new QueueSnapshot(queueId, null, Instant.now(), 30, 40.0, 2, 0.0, 3, 5, 2, 3, 0.9, "kafka");
    }

    @Test
    void samplesOfQueuesTheDirectoryDoesNotListAreNeitherShownNorKept() {
        LiveState live = new LiveState();
        try (HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC())) {
            QueueMetricFeed feed = new QueueMetricFeed(history.writer(), ScoreWeights.defaults(),
                    QueueMetricFeed.targetsFrom(live), QueueMetricFeed.listedIn(live));
            feed.accept(List.of(snapshot("mine"), snapshot("theirs")), List.of());
            assertThat(feed.latest()).as("before the directory is read, every queue").hasSize(2);

            live.setQueueDirectory(List.of(new RoutingQueue("mine", QueueSettings.named("Mine"), 3, 3, Instant.now())));
            assertThat(feed.latest()).extracting(s -> s.snapshot().queueId()).containsExactly("mine");

            feed.accept(List.of(snapshot("theirs")), List.of());
            assertThat(feed.latest()).extracting(QueueSample::snapshot).extracting(QueueSnapshot::queueId)
                    .containsExactly("mine");
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            assertThat(history.queues().count()).as("the two samples from before the directory, not the third")
                    .isEqualTo(2);
        }
    }
}
