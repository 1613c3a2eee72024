package io.floorwatch.bench;

import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.TestKafka;
import io.floorwatch.kafka.TopicConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Queue metrics from a loopback KRaft broker: records/s decoded, scored and stored (offsets committed after
 * storage), through the same consumer and feed as the app. The records are produced first, then consumed.
 */
public final class QueueMetricBench {
    private static final int RECORDS = 500_000;
    private static final int QUEUES = 200;
    private static final int ROUNDS = 5;

    private QueueMetricBench() {
    }

    public static void main(String[] args) throws Exception {
        try (KafkaClusterTestKit cluster = TestKafka.start()) {
            String topic = "queue-metrics";
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    cluster.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
            }
            produce(cluster.bootstrapServers(), topic);
            // One round first for the JIT and the broker's page cache; it is printed, not counted.
            System.out.printf("warm-up: %,.0f records/s%n", consume(cluster.bootstrapServers(), topic, "warm-up"));
            double[] rates = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                rates[round] = consume(cluster.bootstrapServers(), topic, "bench-" + round);
                System.out.printf("round %d: %,.0f records/s decoded, scored and stored%n", round + 1, rates[round]);
            }
            Arrays.sort(rates);
            System.out.printf("KAFKA QUEUE METRICS: median %,.0f records/s over %d rounds (min %,.0f, max %,.0f; "
                    + "target >= 100,000/s)%n", Stats.median(rates), ROUNDS, rates[0], rates[ROUNDS - 1]);
        }
        System.exit(0);
    }

    private static void produce(String bootstrap, String topic) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        QueueMetricCodec codec = new QueueMetricCodec(Clock.systemUTC());
        Instant start = Instant.parse("2026-11-21T00:00:00Z");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < RECORDS; i++) {
                String queue = "queue-" + (i % QUEUES);
                QueueSnapshot snapshot = new QueueSnapshot(queue, "skill-" + (i % 40), start.plusMillis(i * 10L),
                        i % 300, (double) (i % 400), i % 9, (i % 100) / 100.0, i % 30, 20, i % 9, 11, 0.8, "kafka");
                producer.send(new ProducerRecord<>(topic, queue, codec.encode(snapshot)));
            }
            producer.flush();
        }
    }

    private static double consume(String bootstrap, String topic, String group) throws Exception {
        try (HistoryStore history = HistoryStore.openOrFail(Files.createTempDirectory("bench-kafka").resolve("h"),
                Duration.ofDays(3650), Clock.systemUTC())) {
            QueueMetricFeed feed = new QueueMetricFeed(history.writer(), ScoreWeights.defaults(), queue -> 20);
            long start = System.nanoTime();
            try (TopicConsumer<QueueSnapshot> consumer = new TopicConsumer<>(new KafkaSettings(bootstrap, topic, group),
                    "kafka-queue-metrics", TopicConsumer.Start.EARLIEST, new QueueMetricCodec(Clock.systemUTC()), feed,
                    Clock.systemUTC()).start()) {
                while (consumer.health().records() < RECORDS) {
                    Thread.sleep(5);
                }
                history.writer().flush(Duration.ofMinutes(5));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (history.queues().count() != RECORDS) {
                    throw new IllegalStateException("stored " + history.queues().count() + " of " + RECORDS);
                }
                return RECORDS / seconds;
            }
        }
    }
}
