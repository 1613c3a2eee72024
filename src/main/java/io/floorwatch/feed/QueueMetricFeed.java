package io.floorwatch.feed;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.kafka.TopicConsumer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Queue metrics into history and the latest snapshot per queue: each sample is scored when it arrives (DESIGN
 * section 8) and stored with its score; the Kafka consumer commits only after {@link #stored} confirms.
 */
public final class QueueMetricFeed implements TopicConsumer.Sink<QueueSnapshot> {
    private final HistoryWriter history;
    private final ScoreWeights weights;
    private final ToDoubleFunction<String> targetSeconds;
    private final Map<String, QueueSample> latest = new ConcurrentHashMap<>();

    /**
     * @param targetSeconds a queue's service-level target in seconds (0 when it has none), by queue id
     */
    public QueueMetricFeed(HistoryWriter history, ScoreWeights weights, ToDoubleFunction<String> targetSeconds) {
        this.history = history;
        this.weights = weights;
        this.targetSeconds = targetSeconds;
    }

    @Override
    public void accept(List<QueueSnapshot> snapshots, List<RejectedMessage> rejected) {
        for (QueueSnapshot snapshot : snapshots) {
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

    /** The newest sample of every queue heard from. */
    public Collection<QueueSample> latest() {
        return latest.values();
    }
}
