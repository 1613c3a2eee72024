package io.floorwatch.tuning;

import io.floorwatch.domain.QueueSample;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each queue's worst moment while it was watched: the sample with the highest priority score. Planning skills on
 * how queues did over a watch, not on the last second of it, asks for help where it was needed, not where the
 * dice happened to fall when the watch ended.
 */
public final class WorstMoments {
    private final Map<String, QueueSample> worst = new ConcurrentHashMap<>();

    /** Looks at the queues' latest samples. */
    public void offer(Collection<QueueSample> latest) {
        for (QueueSample sample : latest) {
            worst.merge(sample.snapshot().queueId(), sample, (held, now) -> now.score().score() > held.score().score()
                    ? now : held);
        }
    }

    public List<QueueSample> samples() {
        return List.copyOf(worst.values());
    }
}
