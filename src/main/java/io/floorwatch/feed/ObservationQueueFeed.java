package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueObservation;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.genesys.ChannelPool;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.NotificationDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Queue snapshots from Genesys queue observations: one notification topic per queue
 * ({@code v2.analytics.queues.{id}.observations}, published on change, at most once a second), each turned into
 * the same {@link QueueSnapshot} the Kafka feed produces. Notifications carry counts only; the longest wait comes
 * from the observation query's {@code oWaiting} detail (the oldest waiting conversation), read over REST at most
 * every few seconds and only for queues where something waits. After a reconnect (missed notifications are not
 * replayed) every queue is read again over REST. Observations know nothing of abandon rate or service level;
 * those stay unknown.
 */
public final class ObservationQueueFeed implements ChannelPool.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObservationQueueFeed.class);
    // Stored as history's "genesys" source: samples from Genesys queue observations.
    static final String SOURCE = "genesys";
    private static final int QUERY_CHUNK = 50;

    private final GenesysGateway gateway;
    private final Clock clock;
    private final QueueSnapshotSink sink;
    private final Duration refresh;
    private final ChannelPool pool;
    private final ScheduledExecutorService worker;
    private final Map<String, Double> longestWait = new ConcurrentHashMap<>();
    private final Map<String, Integer> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean resyncQueued = new AtomicBoolean();
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile List<String> queueIds = List.of();
    private volatile String problem = "";

    /**
     * @param refresh how often the longest wait of queues with work waiting is read over REST
     */
    public ObservationQueueFeed(GenesysGateway gateway, ChannelPoolSettings channels, Clock clock,
            QueueSnapshotSink sink, Duration refresh) {
        this.gateway = gateway;
        this.clock = clock;
        this.sink = sink;
        this.refresh = refresh;
        this.pool = new ChannelPool(gateway, new NotificationDecoder(clock), channels, clock, this);
        this.worker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("queue-observations"));
    }

    /** Reads every queue once, subscribes to their observations, and starts the longest-wait refresh. */
    public ObservationQueueFeed start() {
        worker.execute(this::begin);
        return this;
    }

    private void begin() {
        try {
            queueIds = gateway.allQueues().stream().map(RoutingQueue::id).toList();
            readOverRest(queueIds);
            pool.startTopics(queueIds.stream().map(ChannelPool::queueTopicOf).toList());
            LOG.info("following observations of {} queues", queueIds.size());
            long every = refresh.toMillis();
            worker.scheduleWithFixedDelay(this::refreshWaiting, every, every, TimeUnit.MILLISECONDS);
        } catch (GenesysException e) {
            problem = "Queue observations: could not read the queues: " + e.describe();
            LOG.warn("queue observations did not start: {}", e.describe());
        }
    }

    /** The queues with work waiting: their longest wait moves on, and only REST can say by how much. */
    private void refreshWaiting() {
        List<String> busy = waiting.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .toList();
        if (busy.isEmpty()) {
            return;
        }
        try {
            readOverRest(busy);
        } catch (GenesysException e) {
            problem = "Queue observations: reading the longest waits failed: " + e.describe();
            LOG.warn("longest-wait refresh failed: {}", e.describe());
        }
    }

    private void readOverRest(List<String> ids) {
        Instant now = clock.instant();
        List<QueueSnapshot> snapshots = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
            for (QueueObservation observation : gateway.queueObservations(ids.subList(from,
                    Math.min(ids.size(), from + QUERY_CHUNK)))) {
                longestWait.put(observation.queueId(), observation.waiting() == 0 ? 0
                        : observation.longestWaitingMs() / 1000.0);
                snapshots.add(snapshot(observation, now));
            }
        }
        problem = "";
        emit(snapshots);
    }

    @Override
    public void observed(QueueObservation observation, Instant at) {
        if (observation.waiting() == 0) {
            longestWait.put(observation.queueId(), 0.0);
        }
        emit(List.of(snapshot(observation, at)));
    }

    private QueueSnapshot snapshot(QueueObservation observation, Instant at) {
        waiting.put(observation.queueId(), observation.waiting());
        Double longest = longestWait.get(observation.queueId());
        int idle = observation.count(RoutingStatus.IDLE);
        return new QueueSnapshot(observation.queueId(), null, at, longest == null ? 0 : longest, longest, idle, null,
                observation.waiting(), observation.onQueueUsers(), idle,
                observation.count(RoutingStatus.INTERACTING), null, SOURCE);
    }

    private void emit(List<QueueSnapshot> snapshots) {
        samples.addAndGet(snapshots.size());
        sink.accept(snapshots, List.of());
    }

    @Override
    public void events(List<AgentStateEvent> events) {
        // Queue topics carry no agent events; nothing to do.
    }

    @Override
    public void rejected(RejectedMessage message) {
        rejected.incrementAndGet();
        sink.accept(List.of(), List.of(message));
    }

    /** A channel came back: notifications sent meanwhile are lost, so every queue is read again. */
    @Override
    public void resync() {
        if (queueIds.isEmpty() || !resyncQueued.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            resyncQueued.set(false);
            try {
                readOverRest(queueIds);
            } catch (GenesysException e) {
                problem = "Queue observations: re-reading after a reconnect failed: " + e.describe();
            }
        });
    }

    public QueueFeedHealth health(int queuesHeard) {
        ChannelPool.Health channels = pool.health();
        String shown = !problem.isEmpty() ? problem : channels.problem();
        return new QueueFeedHealth("Genesys queue observations", channels.channelsOpen() > 0, queuesHeard,
                samples.get(), rejected.get(), -1, shown);
    }

    @Override
    public void close() {
        pool.close();
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
