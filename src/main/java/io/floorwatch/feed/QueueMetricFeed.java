package io.floorwatch.feed;

import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.kafka.TopicConsumer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Queue metrics into history and the latest snapshot per queue: each sample is scored when it arrives (DESIGN
 * section 8) and stored with its score; the Kafka consumer commits only after {@link #stored} confirms.
 */
public final class QueueMetricFeed implements TopicConsumer.Sink<QueueSnapshot>, QueueSnapshotSink {
    private final HistoryWriter history;
    private volatile ScoreWeights weights;
    private final ToDoubleFunction<String> targetSeconds;
    private final Predicate<String> visible;
    private final Map<String, QueueSample> latest = new ConcurrentHashMap<>();

    /**
     * @param targetSeconds a queue's service-level target in seconds (0 when it has none), by queue id
     */
    public QueueMetricFeed(HistoryWriter history, ScoreWeights weights, ToDoubleFunction<String> targetSeconds) {
        this(history, weights, targetSeconds, queueId -> true);
    }

    /**
     * @param visible whether the signed-in person may see a queue: samples of others (a Kafka topic carries every
     *     queue of the org) are neither kept nor shown
     */
    public QueueMetricFeed(HistoryWriter history, ScoreWeights weights, ToDoubleFunction<String> targetSeconds,
            Predicate<String> visible) {
        this.history = history;
        this.weights = weights;
        this.targetSeconds = targetSeconds;
        this.visible = visible;
    }

    @Override
    public void accept(List<QueueSnapshot> snapshots, List<RejectedMessage> rejected) {
        for (QueueSnapshot snapshot : snapshots) {
            if (!visible.test(snapshot.queueId())) {
                continue;
            }
            QueueSample sample = new QueueSample(snapshot, QueueScore.of(snapshot, weights,
                    targetSeconds.applyAsDouble(snapshot.queueId())));
            history.offer(sample);
            latest.merge(snapshot.queueId(), sample, (old, now) -> now.snapshot().at().isBefore(old.snapshot().at())
                    ? old : now);
        }
        rejected.forEach(history::reject);
    }

    @Override
    public CompletableFuture<Boolean> stored() {
        return history.confirmation();
    }

    /** Weights for the samples still to come (the settings changed). */
    public void setWeights(ScoreWeights newWeights) {
        weights = newWeights;
    }

    /** Forgets the latest samples (another org, another source). */
    public void clear() {
        latest.clear();
    }

    /** A queue's service-level target in seconds, from the queue directory the live floor read (0 if unknown). */
    public static ToDoubleFunction<String> targetsFrom(LiveState live) {
        return queueId -> {
            RoutingQueue queue = live.queues().get(queueId);
            if (queue == null) {
                return 0;
            }
            MediaSettings call = queue.settings().media().get("call");
            return call == null || call.serviceLevelDurationMs() == null ? 0 : call.serviceLevelDurationMs() / 1000.0;
        };
    }

    /**
     * The queues the live floor's directory lists (what Genesys returned to this connection's token): before that
     * directory is read, every queue. A person granted one division sees its queues only.
     */
    public static Predicate<String> listedIn(LiveState live) {
        return queueId -> live.queues().isEmpty() || live.queues().containsKey(queueId);
    }

    /** The newest sample of every queue heard from that may be seen now (the directory may have been read since). */
    public Collection<QueueSample> latest() {
        return latest.values().stream().filter(s -> visible.test(s.snapshot().queueId())).toList();
    }
}
