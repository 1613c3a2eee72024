package io.floorwatch.kafka;

import io.floorwatch.domain.RejectedMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes the queue-metric topic on its own thread, as the {@code KafkaConsumer} Javadoc prescribes: the
 * consumer is used by that thread only; {@link #close()} sets a flag and calls {@code wakeup()}; the consumer
 * is closed in {@code finally}. Offsets are committed only after the sink says the records are stored
 * (at-least-once; the store skips what it already has). A record that cannot be decoded goes to the sink as a
 * rejected message and never stops the feed. A broker outage is ridden out by the client's own reconnects; a
 * failed commit is retried with the next batch.
 */
public final class QueueMetricConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueMetricConsumer.class);
    private static final String SOURCE = "kafka-queue-metrics";

    /** Where decoded records go; implemented by the feed over the history. */
    public interface Sink {
        void accept(List<QueueMetricCodec.Result.Sample> samples, List<RejectedMessage> rejected);

        /** Waits until everything accepted so far is stored; false if it could not be within the timeout. */
        boolean stored(Duration timeout);
    }

    /** How the consumer is doing, cheap to read. */
    public record Health(boolean running, long records, long rejected, long commits, long lag, String problem) {
    }

    private final KafkaSettings settings;
    private final QueueMetricCodec codec;
    private final Sink sink;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong lag = new AtomicLong(-1);
    private final Thread thread;
    private final KafkaConsumer<String, byte[]> consumer;
    private volatile String problem = "";
    private volatile boolean running;

    public QueueMetricConsumer(KafkaSettings settings, QueueMetricCodec codec, Sink sink, Clock clock) {
        this.settings = settings;
        this.codec = codec;
        this.sink = sink;
        this.clock = clock;
        this.consumer = new KafkaConsumer<>(properties(settings), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "kafka-queue-metrics");
        this.thread.setDaemon(true);
    }

    static Properties properties(KafkaSettings settings) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "floorwatch-" + settings.groupId());
        // Reconnect quickly after a short outage, and back off to a few seconds during a long one.
        properties.put(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, "200");
        properties.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
        return properties;
    }

    public QueueMetricConsumer start() {
        started.set(true);
        thread.start();
        return this;
    }

    private void run() {
        running = true;
        try {
            consumer.subscribe(List.of(settings.topic()));
            while (!closed.get()) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(500));
                if (!batch.isEmpty()) {
                    handle(batch);
                }
                updateLag();
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                problem = "the consumer was woken unexpectedly";
                LOG.error("queue-metric consumer woken without being closed", e);
            }
        } catch (KafkaException e) {
            problem = "Kafka consumer stopped: " + e.getMessage();
            LOG.error("queue-metric consumer stopped", e);
        } finally {
            running = false;
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecords<String, byte[]> batch) {
        List<QueueMetricCodec.Result.Sample> samples = new ArrayList<>(batch.count());
        List<RejectedMessage> bad = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        Instant now = clock.instant();
        for (ConsumerRecord<String, byte[]> record : batch) {
            QueueMetricCodec.Result result = codec.decode(record.key(), record.value());
            if (result instanceof QueueMetricCodec.Result.Sample sample) {
                samples.add(sample);
            } else {
                String reason = ((QueueMetricCodec.Result.Rejected) result).reason();
                bad.add(new RejectedMessage(now, SOURCE, reason + " (" + record.topic() + "-" + record.partition()
                        + " @" + record.offset() + ")", record.value() == null ? null
                        : new String(record.value(), StandardCharsets.UTF_8)));
            }
            next.put(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1));
        }
        sink.accept(samples, bad);
        records.addAndGet(samples.size());
        rejected.addAndGet(bad.size());
        if (!sink.stored(Duration.ofSeconds(30))) {
            // Not stored: read these records again rather than commit past them.
            problem = "history did not confirm a batch; it will be read again";
            LOG.warn("history did not confirm {} queue-metric records; seeking back", batch.count());
            for (TopicPartition partition : batch.partitions()) {
                consumer.seek(partition, batch.records(partition).get(0).offset());
            }
            return;
        }
        try {
            consumer.commitSync(next);
            commits.incrementAndGet();
            problem = "";
        } catch (KafkaException e) {
            if (e instanceof WakeupException) {
                throw e;
            }
            // The records are stored; if the commit is lost they come again and are skipped as duplicates.
            problem = "offsets not committed (" + e.getMessage() + "); they will be retried";
            LOG.warn("committing queue-metric offsets failed: {}", e.getMessage());
        }
    }

    private void updateLag() {
        long total = 0;
        boolean known = false;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong partitionLag = consumer.currentLag(partition);
            if (partitionLag.isPresent()) {
                total += partitionLag.getAsLong();
                known = true;
            }
        }
        lag.set(known ? total : -1);
    }

    public Health health() {
        return new Health(running, records.get(), rejected.get(), commits.get(), lag.get(), problem);
    }

    @Override
    public void close() {
        closed.set(true);
        if (!started.get()) {
            // Never ran: the consumer thread is not there to close it.
            consumer.close(Duration.ZERO);
            return;
        }
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
