package io.floorwatch.config;

import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The supervisor's queue thresholds: defaults for every queue, and a queue's own by its name (names, not ids, so
 * the same settings serve an org's test and production copies, as drift compares by name). What neither sets is
 * taken from the queue's own service level in Genesys, then from {@link QueueThresholds#BUILT_IN}.
 *
 * @param defaults what applies to every queue without its own
 * @param byQueue  a queue's name to its own thresholds; a field it leaves empty comes from the defaults
 */
public record QueueThresholdSettings(QueueThresholds defaults, Map<String, QueueThresholds> byQueue) {
    public QueueThresholdSettings {
        defaults = defaults == null ? QueueThresholds.NONE : defaults;
        Map<String, QueueThresholds> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (byQueue != null) {
            byQueue.forEach((name, own) -> {
                Objects.requireNonNull(name, "queue name");
                if (name.isBlank()) {
                    throw new IllegalArgumentException("a queue's thresholds need the queue's name");
                }
                if (own != null && !own.empty()) {
                    copy.put(name.strip(), own);
                }
            });
        }
        byQueue = java.util.Collections.unmodifiableMap(copy);
    }

    public static QueueThresholdSettings none() {
        return new QueueThresholdSettings(QueueThresholds.NONE, Map.of());
    }

    /** The queue's own thresholds, none if it has none. */
    public QueueThresholds own(String queueName) {
        return queueName == null ? QueueThresholds.NONE : byQueue.getOrDefault(queueName, QueueThresholds.NONE);
    }

    /**
     * Every threshold for the queue: its own over the defaults over its Genesys service level over the built-in.
     * A queue known only by id (metrics for a queue the directory does not hold) has no Genesys settings.
     */
    public QueueThresholds of(String queueName, RoutingQueue queue) {
        return own(queueName).over(defaults).over(QueueThresholds.ofQueue(queue)).over(QueueThresholds.BUILT_IN);
    }

    /** These settings with the queue's own thresholds replaced; none removes them. */
    public QueueThresholdSettings with(String queueName, QueueThresholds own) {
        Map<String, QueueThresholds> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        changed.putAll(byQueue);
        if (own == null || own.empty()) {
            changed.remove(queueName);
        } else {
            changed.put(queueName, own);
        }
        return new QueueThresholdSettings(defaults, changed);
    }

    public QueueThresholdSettings withDefaults(QueueThresholds newDefaults) {
        return new QueueThresholdSettings(newDefaults, byQueue);
    }
}
