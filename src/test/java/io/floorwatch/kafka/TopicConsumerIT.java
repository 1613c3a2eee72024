package io.floorwatch.kafka;

import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.Await;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic consumer, reading queue metrics, against a real single-node KRaft broker (the demo's embedded one),
 * into a real H2 history.
 */
class TopicConsumerIT {
    private static EmbeddedBroker cluster;

    @TempDir
    Path dir;
    private HistoryStore history;
    private String topic;
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = EmbeddedBroker.start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @BeforeEach
    void open() throws Exception {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90), Clock.systemUTC());
        topic = "queue-metrics-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
        history.close();
    }

    private void send(String key, String json) {
        producer.send(new ProducerRecord<>(topic, key, json == null ? null : json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String valid(String queue, int second) {
        return "{\"queueId\":\"" + queue + "\",\"waitTimeSeconds\":" + second + ",\"agentsAvailable\":2,"
                + "\"abandonedRate\":0.1,\"timestamp\":\"" + Instant.parse("2026-11-21T08:00:00Z")
                .plusSeconds(second) + "\"}";
    }

    private TopicConsumer<QueueSnapshot> consumer(String group, TopicConsumer.Sink<QueueSnapshot> sink) {
        return new TopicConsumer<>(new KafkaSettings(cluster.bootstrapServers(), topic, group),
                "kafka-queue-metrics", TopicConsumer.Start.EARLIEST, new QueueMetricCodec(Clock.systemUTC()), sink,
                Clock.systemUTC()).start();
    }

    private QueueMetricFeed feed() {
        return new QueueMetricFeed(history.writer(), ScoreWeights.defaults(), queue -> 20);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Await.until(what, Duration.ofSeconds(30), condition);
    }

    private long committed(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("reading the group's offsets failed", e);
        }
    }

    @Test
    void validExtraFieldAndMalformedRecordsBecomeSamplesOrRejectedRowsWithReasons() throws Exception {
        send("q1", valid("q1", 10));
        send("q2", "{\"queueId\":\"q2\",\"waitTimeSeconds\":3,\"agentsAvailable\":0,\"abandonedRate\":0,"
                + "\"futureField\":{\"x\":1},\"waiting\":4}");
        send("q3", "{not json");
        send("q4", "{\"queueId\":\"q4\",\"waitTimeSeconds\":3,\"agentsAvailable\":1,\"abandonedRate\":7}");
        send("q5", null);
        producer.flush();
        QueueMetricFeed feed = feed();

        try (TopicConsumer<QueueSnapshot> consumer = consumer("desk-1", feed)) {
            await("5 records handled", () -> consumer.health().records() + consumer.health().rejected() == 5);
            await("offsets committed", () -> consumer.health().commits() >= 1);
            assertThat(consumer.health().records()).isEqualTo(2);
            assertThat(consumer.health().rejected()).isEqualTo(3);
        }

        assertThat(history.queues().count()).isEqualTo(2);
        assertThat(feed.latest()).extracting(s -> s.snapshot().queueId()).containsExactlyInAnyOrder("q1", "q2");
        assertThat(feed.latest()).filteredOn(s -> s.snapshot().queueId().equals("q2")).singleElement()
                .satisfies(s -> {
                    assertThat(s.snapshot().waiting()).isEqualTo(4);
                    assertThat(s.score().availabilityTerm()).isEqualTo(1.0);
                });
        List<RejectedMessage> rejected = history.rejected().newest(null, null, 10);
        assertThat(rejected).extracting(RejectedMessage::reason)
                .anySatisfy(r -> assertThat(r).startsWith("not JSON"))
                .anySatisfy(r -> assertThat(r).startsWith("abandonedRate 7 is outside 0..1"))
                .anySatisfy(r -> assertThat(r).startsWith("empty record"));
        assertThat(rejected).allSatisfy(r -> assertThat(r.source()).isEqualTo("kafka-queue-metrics"));
        assertThat(committed("desk-1")).isEqualTo(5);
    }

    @Test
    void aRestartedConsumerLosesAndDuplicatesNothing() throws Exception {
        for (int i = 0; i < 300; i++) {
            send("q" + (i % 7), valid("q" + (i % 7), i));
        }
        producer.flush();
        try (TopicConsumer<QueueSnapshot> consumer = consumer("desk-2", feed())) {
            await("first 300 stored", () -> history.queues().count() == 300);
            await("committed", () -> committed("desk-2") == 300);
        }

        for (int i = 300; i < 450; i++) {
            send("q" + (i % 7), valid("q" + (i % 7), i));
        }
        producer.flush();
        try (TopicConsumer<QueueSnapshot> consumer = consumer("desk-2", feed())) {
            await("the next 150 stored", () -> history.queues().count() == 450);
            await("committed", () -> committed("desk-2") == 450);
            assertThat(consumer.health().records()).isEqualTo(150);
        }
        assertThat(history.writer().duplicates()).isZero();
    }

    @Test
    void offsetsAreCommittedOnlyAfterTheSamplesAreStored() throws Exception {
        send("q1", valid("q1", 1));
        producer.flush();
        // A store that never confirms: the consumer must not commit past what it could not store.
        TopicConsumer.Sink<QueueSnapshot> neverStored = new TopicConsumer.Sink<>() {
            @Override
            public void accept(List<QueueSnapshot> snapshots, List<RejectedMessage> rejected) {
                // dropped on purpose
            }

            @Override
            public CompletableFuture<Boolean> stored() {
                return CompletableFuture.completedFuture(false);
            }
        };
        try (TopicConsumer<QueueSnapshot> consumer = consumer("desk-3", neverStored)) {
            await("the record seen", () -> consumer.health().records() >= 1);
            // An absence: for a second of polls, nothing the store refused may be committed.
            Await.quietFor("commit of a record never stored", Duration.ofSeconds(1),
                    () -> consumer.health().commits() > 0);
            assertThat(consumer.health().commits()).isZero();
            assertThat(consumer.health().problem()).contains("read again");
        }
        assertThat(committed("desk-3")).isZero();

        try (TopicConsumer<QueueSnapshot> consumer = consumer("desk-3", feed())) {
            await("stored on the second try", () -> history.queues().count() == 1);
            await("committed", () -> committed("desk-3") == 1);
        }
    }

    @Test
    void aBrokerStopAndStartIsSurvivedAndShown() throws Exception {
        for (int i = 0; i < 100; i++) {
            send("q" + (i % 5), valid("q" + (i % 5), i));
        }
        producer.flush();
        try (TopicConsumer<QueueSnapshot> consumer = consumer("desk-4", feed())) {
            await("first 100 stored", () -> history.queues().count() == 100);
            await("committed", () -> committed("desk-4") == 100);

            cluster.stop();
            try {
                await("the outage shown", () -> consumer.health().problem().startsWith("Kafka broker unreachable"));
                assertThat(consumer.health().running()).isTrue();
            } finally {
                cluster.restart();
            }

            for (int i = 100; i < 200; i++) {
                send("q" + (i % 5), valid("q" + (i % 5), i));
            }
            producer.flush();
            await("the next 100 stored after the restart", () -> history.queues().count() == 200);
            await("committed after the restart", () -> committed("desk-4") == 200);
            await("the outage no longer shown", () -> consumer.health().problem().isEmpty());
        }
        assertThat(history.writer().duplicates()).isZero();
    }
}
