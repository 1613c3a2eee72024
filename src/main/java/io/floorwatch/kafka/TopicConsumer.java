package io.floorwatch.kafka;

import io.floorwatch.domain.RejectedMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes one topic on its own thread, as the {@code KafkaConsumer} Javadoc prescribes: the consumer is used by
 * that thread only; {@link #close()} sets a flag and calls {@code wakeup()}; the consumer is closed in
 * {@code finally}.
 * <p>
 * Offsets are committed only after the sink confirms the records are stored (at-least-once; the store skips what
 * it already has). Confirmation is asynchronous: the thread keeps decoding the next batches while history writes
 * the earlier ones, and commits each batch's offsets when its confirmation comes back true. A false confirmation
 * (something refused or dropped) seeks back to that batch's first offsets so it is read again. A record that
 * cannot be decoded goes to the sink as a rejected message and never stops the feed. A broker outage is ridden
 * out by the client's own reconnects (with backoff) and named in {@link #health()} while it lasts.
 *
 * @param <T> what a record decodes to
 */
public final class TopicConsumer<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopicConsumer.class);
    private static final int MAX_PENDING = 8;
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(30);
    private static final String UNREACHABLE = "Kafka broker unreachable at ";
    private static final long CONNECTION_CHECK_NANOS = 1_000_000_000L;
    private static final long OUTAGE_NANOS = 3_000_000_000L;

    /** Where decoded records go: the feeds, over the history. */
    public interface Sink<T> {
        void accept(List<T> values, List<RejectedMessage> rejected);

        /** Completes once everything accepted so far is stored: true if it all was. */
        CompletableFuture<Boolean> stored();

        /** Called on the consumer thread once partitions are assigned and their positions are known. */
        default void assigned() {
        }
    }

    /** Where a new consumer group starts: at the oldest record kept, or at the next one written. */
    public enum Start { EARLIEST, LATEST }

    /** How the consumer is doing, cheap to read. */
    public record Health(boolean running, long records, long rejected, long commits, long lag, String problem) {
    }

    /** A batch handed to the sink whose storage is not confirmed yet. */
    private record Pending(CompletableFuture<Boolean> stored, Map<TopicPartition, OffsetAndMetadata> next,
            Map<TopicPartition, Long> first, long sinceNanos) {
    }

    private final KafkaSettings settings;
    private final String source;
    private final RecordDecoder<T> decoder;
    private final Sink<T> sink;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong lag = new AtomicLong(-1);
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Thread thread;
    private final KafkaConsumer<String, byte[]> consumer;
    private volatile String problem = "";
    private volatile boolean running;
    private long lastConnectionCheck;
    private long disconnectedSince;

    /**
     * @param source names the feed in thread names, rejected messages and logs, e.g. "kafka-queue-metrics"
     */
    public TopicConsumer(KafkaSettings settings, String source, Start start, RecordDecoder<T> decoder, Sink<T> sink,
            Clock clock) {
        this.settings = settings;
        this.source = source;
        this.decoder = decoder;
        this.sink = sink;
        this.clock = clock;
        this.consumer = new KafkaConsumer<>(properties(settings, source, start), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.thread = new Thread(this::run, source);
        this.thread.setDaemon(true);
    }

    static Properties properties(KafkaSettings settings, String source, Start start) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, start == Start.EARLIEST ? "earliest" : "latest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, source + "-" + settings.groupId());
        // Reconnect quickly after a short outage, and back off to a few seconds during a long one.
        properties.put(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, "200");
        properties.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
        // A topic created after this consumer subscribed is found within half a minute, not five.
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "30000");
        return properties;
    }

    public TopicConsumer<T> start() {
        started.set(true);
        thread.start();
        return this;
    }

    private void run() {
        running = true;
        try {
            consumer.subscribe(List.of(settings.topic()), new Positions());
            while (!closed.get()) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    handle(batch);
                }
                settle(false);
                updateLag();
                watchConnection();
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                problem = "the consumer was woken unexpectedly";
                LOG.error("{} woken without being closed", source, e);
            }
        } catch (KafkaException e) {
            problem = "Kafka consumer stopped: " + e.getMessage();
            LOG.error("{} stopped", source, e);
        } finally {
            running = false;
            try {
                settleBeforeClose();
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }
    }

    /** Resolves the start positions before the sink hears of the assignment (a feed seeds after it). */
    private final class Positions implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(consumer::position);
            sink.assigned();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Commit what is confirmed so the next owner does not read it again.
            settle(true);
        }
    }

    private void handle(ConsumerRecords<String, byte[]> batch) {
        List<T> values = new ArrayList<>(batch.count());
        List<RejectedMessage> bad = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        Map<TopicPartition, Long> first = new HashMap<>();
        Instant now = clock.instant();
        // Partition by partition: offsets are tracked per partition, not per record.
        for (TopicPartition partition : batch.partitions()) {
            List<ConsumerRecord<String, byte[]>> records = batch.records(partition);
            for (ConsumerRecord<String, byte[]> record : records) {
                Decoded<T> result = decoder.decode(record.key(), record.value());
                if (result instanceof Decoded.Ok<T> ok) {
                    values.add(ok.value());
                } else {
                    String reason = ((Decoded.Rejected<T>) result).reason();
                    bad.add(new RejectedMessage(now, source, reason + " (" + record.topic() + "-"
                            + record.partition() + " @" + record.offset() + ")", record.value() == null ? null
                            : new String(record.value(), StandardCharsets.UTF_8)));
                }
            }
            first.put(partition, records.get(0).offset());
            next.put(partition, new OffsetAndMetadata(records.get(records.size() - 1).offset() + 1));
        }
        sink.accept(values, bad);
        records.addAndGet(values.size());
        rejected.addAndGet(bad.size());
        pending.addLast(new Pending(sink.stored(), next, first, System.nanoTime()));
        if (pending.size() >= MAX_PENDING) {
            // History is behind: wait for the oldest batch rather than pile up more.
            settle(true);
        }
    }

    /**
     * Commits the batches whose storage is confirmed, oldest first; on a refusal or a timeout seeks back to the
     * oldest unconfirmed batch and forgets the later ones (they will be read, and offered, again).
     */
    private void settle(boolean waitForOldest) {
        Map<TopicPartition, OffsetAndMetadata> confirmed = new HashMap<>();
        while (!pending.isEmpty()) {
            Pending oldest = pending.peekFirst();
            Boolean stored = waitForOldest ? await(oldest) : oldest.stored().getNow(null);
            if (stored == null && System.nanoTime() - oldest.sinceNanos() > CONFIRM_TIMEOUT.toNanos()) {
                stored = false;
            }
            if (stored == null) {
                break;
            }
            if (!stored) {
                problem = "history did not confirm a batch; it will be read again";
                LOG.warn("history did not confirm a {} batch; seeking back", source);
                oldest.first().forEach(this::seekIfOwned);
                pending.clear();
                break;
            }
            pending.removeFirst();
            confirmed.putAll(oldest.next());
            waitForOldest = false;
        }
        if (!confirmed.isEmpty()) {
            commit(confirmed);
        }
    }

    private Boolean await(Pending oldest) {
        long left = CONFIRM_TIMEOUT.toNanos() - (System.nanoTime() - oldest.sinceNanos());
        try {
            return oldest.stored().get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void seekIfOwned(TopicPartition partition, long offset) {
        if (consumer.assignment().contains(partition)) {
            consumer.seek(partition, offset);
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.keySet().retainAll(consumer.assignment());
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
            commits.incrementAndGet();
            if (!problem.startsWith(UNREACHABLE)) {
                problem = "";
            }
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            // The records are stored; if the commit is lost they come again and are skipped as duplicates.
            problem = "offsets not committed (" + e.getMessage() + "); they will be retried";
            LOG.warn("committing {} offsets failed: {}", source, e.getMessage());
        }
    }

    /** On the way out: commit what history confirms within a few seconds; the rest is read again next time. */
    private void settleBeforeClose() {
        try {
            while (!pending.isEmpty()) {
                int before = pending.size();
                settle(true);
                if (pending.size() == before) {
                    return;
                }
            }
        } catch (KafkaException e) {
            LOG.warn("{}: final commit failed ({}); those records will be read again", source, e.getMessage());
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

    /**
     * Notices a broker outage: the client reconnects by itself (with backoff) and {@code poll} just comes back
     * empty, so the only sign is that it holds no connection. Said after a few seconds, cleared on reconnect.
     */
    private void watchConnection() {
        long now = System.nanoTime();
        if (now - lastConnectionCheck < CONNECTION_CHECK_NANOS) {
            return;
        }
        lastConnectionCheck = now;
        if (connectionCount() > 0) {
            disconnectedSince = 0;
            if (problem.startsWith(UNREACHABLE)) {
                problem = "";
            }
        } else if (disconnectedSince == 0) {
            disconnectedSince = now;
        } else if (now - disconnectedSince > OUTAGE_NANOS) {
            problem = UNREACHABLE + settings.bootstrapServers() + " for "
                    + (now - disconnectedSince) / 1_000_000_000L + " s; retrying";
        }
    }

    private double connectionCount() {
        for (Map.Entry<MetricName, ? extends Metric> metric : consumer.metrics().entrySet()) {
            MetricName name = metric.getKey();
            if (name.name().equals("connection-count") && name.group().equals("consumer-metrics")) {
                return ((Number) metric.getValue().metricValue()).doubleValue();
            }
        }
        return 1; // not reported: assume connected rather than cry wolf
    }

    public Health health() {
        return new Health(running, records.get(), rejected.get(), commits.get(), lag.get(), problem);
    }

    public String topic() {
        return settings.topic();
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
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
