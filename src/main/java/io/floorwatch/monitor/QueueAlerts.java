package io.floorwatch.monitor;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.QueueGrade;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Raises an alert for a queue whose service level, waiting count or longest wait has been red by the queue's
 * thresholds (its own over the defaults over its Genesys service level over the built-in: the grades the queues
 * screen and the wallboard show) for {@link #DWELL}, and clears it once the figure is no longer red. It reads the
 * latest queue samples on a thread of its own; the alerts go through the {@link AlertMonitor} like the drift
 * check's, keyed {@code queue:<queueId>:service-level}, {@code :waiting} and {@code :longest-wait}.
 */
public final class QueueAlerts implements AutoCloseable {
    /**
     * How long a figure must stay red before it alerts. Fixed rather than the alert settings' minimum dwell: that
     * one (5 s by default) is tuned to an agent's state blips, while a queue's figures move with each sample (a
     * service level over a short interval swings on a single call), so a red that has held over several samples
     * is the one worth interrupting a supervisor for.
     */
    public static final Duration DWELL = Duration.ofSeconds(30);
    /** How often it looks: samples arrive every few seconds, and an alert 2 s late is still on time. */
    public static final Duration EVERY = Duration.ofSeconds(2);
    static final String CATEGORY = "Queue";

    private static final Logger LOG = LoggerFactory.getLogger(QueueAlerts.class);

    /** One of the three figures: its alert condition, its key's suffix, and what it says when red. */
    private enum Figure {
        SERVICE_LEVEL(AlertCondition.QUEUE_SERVICE_LEVEL, "service-level") {
            @Override
            QueueGrade grade(QueueSnapshot snapshot, QueueThresholds thresholds) {
                return thresholds.serviceLevel(snapshot.serviceLevel());
            }

            @Override
            String detail(QueueSnapshot snapshot, QueueThresholds thresholds) {
                return "service level " + percent(snapshot.serviceLevel()) + " below its red line "
                        + percent(thresholds.serviceLevelRed());
            }
        },
        WAITING(AlertCondition.QUEUE_WAITING, "waiting") {
            @Override
            QueueGrade grade(QueueSnapshot snapshot, QueueThresholds thresholds) {
                return thresholds.waiting(snapshot.waiting());
            }

            @Override
            String detail(QueueSnapshot snapshot, QueueThresholds thresholds) {
                return snapshot.waiting() + " waiting, at or over its red line " + thresholds.waitingRed();
            }
        },
        LONGEST_WAIT(AlertCondition.QUEUE_LONGEST_WAIT, "longest-wait") {
            @Override
            QueueGrade grade(QueueSnapshot snapshot, QueueThresholds thresholds) {
                return thresholds.longestWait(snapshot.longestWaitSeconds());
            }

            @Override
            String detail(QueueSnapshot snapshot, QueueThresholds thresholds) {
                return "longest wait " + duration(Math.round(snapshot.longestWaitSeconds())) + " over "
                        + duration(thresholds.longestWaitRedSeconds());
            }
        };

        final AlertCondition condition;
        final String suffix;

        Figure(AlertCondition condition, String suffix) {
            this.condition = condition;
            this.suffix = suffix;
        }

        abstract QueueGrade grade(QueueSnapshot snapshot, QueueThresholds thresholds);

        abstract String detail(QueueSnapshot snapshot, QueueThresholds thresholds);
    }

    private final AlertMonitor monitor;
    private final Supplier<Collection<QueueSample>> latest;
    private final Supplier<Map<String, RoutingQueue>> directory;
    private final Supplier<QueueThresholdSettings> thresholds;
    private final Clock clock;
    private final Duration dwell;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Each red figure's key to when it was first seen red in its current spell; guarded by {@code this}. */
    private final Map<String, Instant> redSince = new HashMap<>();

    /**
     * @param latest     the latest sample of each queue
     * @param directory  the org's queues by id, for their names (thresholds are kept by name) and Genesys settings
     * @param thresholds the saved queue thresholds, read at each look so a save applies at the next
     * @param dwell      how long a figure must stay red before it alerts ({@link #DWELL} in the app)
     */
    public QueueAlerts(AlertMonitor monitor, Supplier<Collection<QueueSample>> latest,
            Supplier<Map<String, RoutingQueue>> directory, Supplier<QueueThresholdSettings> thresholds, Clock clock,
            Duration dwell) {
        this.monitor = monitor;
        this.latest = latest;
        this.directory = directory;
        this.thresholds = thresholds;
        this.clock = clock;
        this.dwell = dwell;
        this.thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("queue-alerts"));
    }

    /** Looks every {@code every} from now on. */
    public QueueAlerts start(Duration every) {
        thread.scheduleWithFixedDelay(this::checkLogged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void checkLogged() {
        try {
            check();
        } catch (RuntimeException e) {
            // A bad look must not end the schedule (an uncaught exception would cancel it for good).
            LOG.error("queue alert check failed", e);
        }
    }

    /** One look: raises what has been red for the dwell, clears what is red no more. Public for tests. */
    public synchronized void check() {
        Instant now = clock.instant();
        QueueThresholdSettings settings = thresholds.get();
        Map<String, RoutingQueue> queues = directory.get();
        Map<AlertCondition, Set<String>> stillRed = new EnumMap<>(AlertCondition.class);
        for (Figure figure : Figure.values()) {
            stillRed.put(figure.condition, new HashSet<>());
        }
        for (QueueSample sample : latest.get()) {
            QueueSnapshot snapshot = sample.snapshot();
            RoutingQueue queue = queues.get(snapshot.queueId());
            String name = queue == null ? snapshot.queueId() : queue.name();
            QueueThresholds resolved = settings.of(name, queue);
            for (Figure figure : Figure.values()) {
                if (figure.grade(snapshot, resolved) != QueueGrade.RED) {
                    continue;
                }
                String key = key(snapshot.queueId(), figure);
                stillRed.get(figure.condition).add(key);
                Instant since = redSince.computeIfAbsent(key, k -> now);
                if (!now.isBefore(since.plus(dwell))) {
                    monitor.raise(key, figure.condition, name, CATEGORY, figure.detail(snapshot, resolved), since);
                }
            }
        }
        redSince.keySet().removeIf(key -> stillRed.values().stream().noneMatch(keys -> keys.contains(key)));
        stillRed.forEach(monitor::clearRaised);
    }

    static String key(String queueId, Figure figure) {
        return "queue:" + queueId + ":" + figure.suffix;
    }

    /** "62 %", "70.5 %". */
    static String percent(double share) {
        double value = Math.round(share * 1000) / 10.0;
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + " %";
    }

    /** "45 s", "2 min", "3 min 10 s", "1 h 5 min". */
    static String duration(long seconds) {
        if (seconds >= 3600) {
            long minutes = seconds % 3600 / 60;
            return seconds / 3600 + " h" + (minutes == 0 ? "" : " " + minutes + " min");
        }
        if (seconds >= 60) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds + " s";
    }

    /** Stops looking; the alerts it raised stay with the monitor, which stores them as cleared when it closes. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        DaemonThreads.stop(thread, 5);
    }
}
