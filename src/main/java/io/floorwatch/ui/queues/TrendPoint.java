package io.floorwatch.ui.queues;

import io.floorwatch.domain.QueueSample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One point of a trend chart: the worst of the samples in its time bucket, so a spike stays visible however
 * long the range (a shift of one-second samples is 28,800 of them; a chart shows a few hundred points).
 *
 * @param serviceLevel null where no sample in the bucket knew it
 */
public record TrendPoint(Instant at, int waiting, double longestWaitSeconds, double score, Double serviceLevel) {
    static final int MAX_POINTS = 240;

    /** Samples (oldest first) folded into at most {@link #MAX_POINTS} buckets between {@code from} and {@code to}. */
    static List<TrendPoint> of(List<QueueSample> samples, Instant from, Instant to) {
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        long bucketMillis = Math.max(1_000, (span + MAX_POINTS - 1) / MAX_POINTS);
        List<TrendPoint> points = new ArrayList<>();
        long bucket = Long.MIN_VALUE;
        TrendPoint current = null;
        for (QueueSample sample : samples) {
            long at = sample.snapshot().at().toEpochMilli();
            long key = Math.floorDiv(at - from.toEpochMilli(), bucketMillis);
            TrendPoint point = from(sample);
            if (current != null && key == bucket) {
                current = current.worst(point);
                points.set(points.size() - 1, current);
            } else {
                bucket = key;
                current = point;
                points.add(current);
            }
        }
        return points;
    }

    static TrendPoint from(QueueSample sample) {
        var s = sample.snapshot();
        double longest = s.longestWaitSeconds() != null ? s.longestWaitSeconds() : s.waitTimeSeconds();
        return new TrendPoint(s.at(), s.waiting() == null ? 0 : s.waiting(), longest, sample.score().score(),
                s.serviceLevel());
    }

    private TrendPoint worst(TrendPoint other) {
        Double level = serviceLevel == null ? other.serviceLevel
                : other.serviceLevel == null ? serviceLevel : Math.min(serviceLevel, other.serviceLevel);
        return new TrendPoint(at, Math.max(waiting, other.waiting), Math.max(longestWaitSeconds,
                other.longestWaitSeconds), Math.max(score, other.score), level);
    }
}
