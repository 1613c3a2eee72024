package io.floorwatch.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends keyed records to Kafka without holding up its caller: one producer (thread-safe, so shared by every
 * topic this process writes), idempotent, so a retried send never lands twice and records of one key keep their
 * order. A send that fails is counted and named in {@link #health()}; the next one is tried as usual.
 */
public final class RecordPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordPublisher.class);

    /** How sending goes, cheap to read. */
    public record Health(long sent, long failed, String problem) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final String bootstrapServers;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile String problem = "";

    public RecordPublisher(String bootstrapServers, String clientId) {
        this.bootstrapServers = bootstrapServers;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Never stall the caller (the simulator, the notification threads) for long when the cluster is away.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        p.put(ProducerConfig.RECONNECT_BACKOFF_MS_CONFIG, "200");
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Queues one record; the outcome is counted when the broker answers. */
    public void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
                if (error == null) {
                    sent.incrementAndGet();
                    problem = "";
                } else {
                    failed(topic, error);
                }
            });
        } catch (KafkaException e) {
            // Metadata not available within max.block.ms, or the buffer is full: the cluster is away.
            failed(topic, e);
        }
    }

    private void failed(String topic, Exception error) {
        failed.incrementAndGet();
        String message = "sending to " + topic + " failed: " + error.getMessage();
        if (!message.equals(problem)) {
            LOG.warn(message);
        }
        problem = message;
    }

    /** Waits until everything sent so far has been answered. */
    public void flush() {
        producer.flush();
    }

    /** The cluster it sends to. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Health health() {
        return new Health(sent.get(), failed.get(), problem);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
