package io.floorwatch.kafka;

import io.floorwatch.domain.RejectedMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a compacted topic from its beginning to the end offsets taken when the read starts, and folds it into the
 * latest value per key (a tombstone, a null value, removes its key): the table a compacted topic stands for. Runs on
 * the caller's thread with a consumer of its own (assigned, no group, nothing committed), closed before it returns.
 */
public final class TopicSnapshot {
    /**
     * What the topic held.
     *
     * @param found    false when the topic does not exist (yet): {@code latest} is then empty
     * @param latest   the latest value of every key whose last record is not a tombstone, in the order read
     * @param rejected records that could not be decoded, with why
     * @param records  how many records were read
     */
    public record Result<T>(boolean found, Map<String, T> latest, List<RejectedMessage> rejected, long records) {
    }

    private final String bootstrapServers;
    private final Clock clock;

    public TopicSnapshot(String bootstrapServers, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
    }

    /**
     * @param source  names the reader in rejected messages and the client id, e.g. "kafka-roster"
     * @param timeout how long the whole read may take
     * @throws IllegalStateException when the cluster cannot be read within {@code timeout}, saying why
     */
    public <T> Result<T> read(String topic, String source, RecordDecoder<T> decoder, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties(source),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(topic, timeout);
            } catch (UnknownTopicOrPartitionException e) {
                infos = List.of();
            }
            if (infos == null || infos.isEmpty()) {
                return new Result<>(false, Map.of(), List.of(), 0);
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, left(deadline));
            consumer.seekToBeginning(partitions);
            Map<String, T> latest = new LinkedHashMap<>();
            List<RejectedMessage> rejected = new ArrayList<>();
            long records = 0;
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " was not read to its end within " + timeout.toSeconds()
                            + " s");
                }
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                Instant now = clock.instant();
                for (ConsumerRecord<String, byte[]> record : batch) {
                    if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()),
                            Long.MAX_VALUE)) {
                        continue; // written after the read began: the stream that follows has it
                    }
                    records++;
                    if (record.value() == null) {
                        latest.remove(record.key());
                        continue;
                    }
                    Decoded<T> decoded = decoder.decode(record.key(), record.value());
                    if (decoded instanceof Decoded.Ok<T> ok) {
                        latest.remove(record.key()); // keep the order of the latest write
                        latest.put(record.key(), ok.value());
                    } else {
                        rejected.add(new RejectedMessage(now, source, ((Decoded.Rejected<T>) decoded).reason() + " ("
                                + record.topic() + "-" + record.partition() + " @" + record.offset() + ")",
                                new String(record.value(), StandardCharsets.UTF_8)));
                    }
                }
            }
            return new Result<>(true, latest, rejected, records);
        } catch (KafkaException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " could not be read (" + topic + "): "
                    + e.getMessage(), e);
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
    }

    private Properties properties(String source) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        // Asking for a missing topic must not create it (the broker's auto-create would make it uncompacted).
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, source + "-snapshot");
        p.put(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, "200");
        p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
        return p;
    }
}
