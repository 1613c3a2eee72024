package io.floorwatch.feed;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.MemberStatuses;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.kafka.TopicConsumer;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's queue metrics end to end: the emulator's simulator publishes every queue's traffic to the embedded
 * broker as the upstream pipeline would, and the production consumer stores and scores what the org shows.
 */
class DemoQueueMetricsIT {
    @TempDir
    Path dir;

    @Test
    void theSimulatorPublishesEveryQueueAndTheConsumerStoresWhatTheOrgShows() throws Exception {
        try (Emulator emulator = new Emulator(TestEmulators.still(60)).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher pipeline = new RecordPublisher(broker.bootstrapServers(), "test-pipeline");
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90),
                        Clock.systemUTC())) {
            broker.createTopic("queue-metrics", 3);
            emulator.publishQueueMetrics(pipeline, "queue-metrics");
            QueueMetricFeed feed = new QueueMetricFeed(history.writer(), ScoreWeights.defaults(), id -> 20);
            try (TopicConsumer<QueueSnapshot> consumer = new TopicConsumer<>(new KafkaSettings(
                    broker.bootstrapServers(), "queue-metrics", "desk"), "kafka-queue-metrics",
                    TopicConsumer.Start.EARLIEST, new QueueMetricCodec(Clock.systemUTC()), feed, Clock.systemUTC())
                    .start()) {
                // The floor stands still; one step publishes one record per queue.
                emulator.simulator().tick(System.currentTimeMillis());
                pipeline.flush();
                int queues = emulator.org().queues().size();
                Await.until("a snapshot of every queue", Duration.ofSeconds(30), () -> feed.latest().size() >= queues);
                assertThat(pipeline.health().failed()).isZero();
                assertThat(feed.latest()).hasSize(queues);
                Map<String, QueueSample> byQueue = feed.latest().stream()
                        .collect(Collectors.toMap(s -> s.snapshot().queueId(), Function.identity()));
                for (EmQueue queue : emulator.org().queues()) {
                    QueueSnapshot seen = byQueue.get(queue.id()).snapshot();
                    MemberStatuses members = MemberStatuses.of(emulator.org(), queue);
                    assertThat(seen.waiting()).isEqualTo(queue.traffic().waiting());
                    assertThat(seen.onQueue()).isEqualTo(members.onQueue());
                    assertThat(seen.idle()).isEqualTo(members.count(RoutingStatus.IDLE));
                    assertThat(seen.agentsAvailable()).isEqualTo(members.count(RoutingStatus.IDLE));
                    assertThat(seen.serviceLevel()).isEqualTo(queue.traffic().serviceLevel());
                    assertThat(byQueue.get(queue.id()).score().score()).isBetween(0.0, 1.0);
                }
                history.writer().flush(Duration.ofSeconds(10));
                assertThat(history.queues().count()).isEqualTo(queues);
            }
        }
    }
}
