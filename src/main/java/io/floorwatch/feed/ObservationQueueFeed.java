package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.QueueAggregate;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Queue snapshots from Genesys: queue observations over one notification topic per queue
 * ({@code v2.analytics.queues.{id}.observations}, published on change, at most once a second), each turned into
 * the same {@link QueueSnapshot} the Kafka feed produces. A notification carries one group of a queue, its members
 * or one media's conversations, so the feed keeps each queue's parts and adds them up. The longest wait and the
 * skill the waiting conversations ask for come from the observation query's {@code oWaiting} detail, read over
 * REST at most every few seconds and only for queues where something waits; the service level and abandon rate of
 * the last {@value #WINDOW_MINUTES} minutes come from the conversation aggregates, read every
 * {@code aggregatesEvery}. After a reconnect (missed notifications are not replayed) every queue is read again.
 */
public final class ObservationQueueFeed implements ChannelPool.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObservationQueueFeed.class);
    // Stored as history's "genesys" source: samples from Genesys queue observations.
    static final String SOURCE = "genesys";
    private static final int QUERY_CHUNK = 50;
    /** The span the service level and abandon rate are taken over: the usual half-hour interval. */
    static final int WINDOW_MINUTES = 30;
    private static final Duration DEFAULT_AGGREGATES_EVERY = Duration.ofSeconds(30);

    private final GenesysGateway gateway;
    private final Clock clock;
    private final QueueSnapshotSink sink;
    private final Duration refresh;
    private final Duration aggregatesEvery;
    private final ChannelPool pool;
    private final ScheduledExecutorService worker;
    private final Map<String, Parts> parts = new ConcurrentHashMap<>();
    private final AtomicBoolean resyncQueued = new AtomicBoolean();
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile List<String> queueIds = List.of();
    private volatile String problem = "";

    /** What is known of one queue, part by part. Guarded by its own monitor. */
    private static final class Parts {
        QueueObservation members;
        final Map<String, int[]> media = new HashMap<>();
        double longestWaitSeconds;
        String skillId;
        QueueAggregate aggregate;
    }

    /**
     * @param refresh how often the longest wait of queues with work waiting is read over REST
     */
    public ObservationQueueFeed(GenesysGateway gateway, ChannelPoolSettings channels, Clock clock,
            QueueSnapshotSink sink, Duration refresh) {
        this(gateway, channels, clock, sink, refresh, DEFAULT_AGGREGATES_EVERY);
    }

    /** @param aggregatesEvery how often the service level and abandon rate are read */
    public ObservationQueueFeed(GenesysGateway gateway, ChannelPoolSettings channels, Clock clock,
            QueueSnapshotSink sink, Duration refresh, Duration aggregatesEvery) {
        this.gateway = gateway;
        this.clock = clock;
        this.sink = sink;
        this.refresh = refresh;
        this.aggregatesEvery = aggregatesEvery;
        this.pool = new ChannelPool(gateway, new NotificationDecoder(clock), channels, clock, this);
        this.worker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("queue-observations"));
    }

    /** Reads every queue once, subscribes to their observations, and starts the REST refreshes. */
    public ObservationQueueFeed start() {
        worker.execute(this::begin);
        return this;
    }

    private void begin() {
        try {
            queueIds = gateway.allQueues().stream().map(RoutingQueue::id).toList();
            try {
                readAggregates();
            } catch (GenesysException e) {
                LOG.warn("the queues' service levels could not be read: {}", e.describe());
            }
            readOverRest(queueIds);
            pool.startTopics(queueIds.stream().map(ChannelPool::queueTopicOf).toList());
            LOG.info("following observations of {} queues", queueIds.size());
            long every = refresh.toMillis();
            worker.scheduleWithFixedDelay(this::refreshWaiting, every, every, TimeUnit.MILLISECONDS);
            long aggregates = aggregatesEvery.toMillis();
            worker.scheduleWithFixedDelay(this::refreshAggregates, aggregates, aggregates, TimeUnit.MILLISECONDS);
        } catch (GenesysException e) {
            problem = "Queue observations: could not read the queues: " + e.describe();
            LOG.warn("queue observations did not start: {}", e.describe());
        }
    }

    /** The queues with work waiting: their longest wait moves on, and only REST can say by how much. */
    private void refreshWaiting() {
        List<String> busy = parts.entrySet().stream().filter(e -> waiting(e.getValue()) > 0).map(Map.Entry::getKey)
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

    private void refreshAggregates() {
        try {
            readAggregates();
            emit(queueIds.stream().map(id -> snapshot(id, clock.instant())).toList());
        } catch (GenesysException e) {
            // The live counts go on; only the service level and abandon rate wait for the next read.
            LOG.warn("reading the queues' service levels failed: {}", e.describe());
        }
    }

    private void readAggregates() {
        Instant now = clock.instant();
        Map<String, QueueAggregate> read = gateway.conversations().aggregates(queueIds,
                now.minus(Duration.ofMinutes(WINDOW_MINUTES)), now);
        for (String id : queueIds) {
            Parts p = parts(id);
            synchronized (p) {
                p.aggregate = read.get(id);
            }
        }
    }

    private void readOverRest(List<String> ids) {
        Instant now = clock.instant();
        List<QueueSnapshot> snapshots = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
            for (QueueObservation observation : gateway.queueObservations(ids.subList(from,
                    Math.min(ids.size(), from + QUERY_CHUNK)))) {
                Parts p = parts(observation.queueId());
                synchronized (p) {
                    p.members = observation;
                    p.media.clear();
                    p.media.putAll(observation.byMedia());
                    p.longestWaitSeconds = observation.waiting() == 0 ? 0 : observation.longestWaitingMs() / 1000.0;
                    p.skillId = observation.requestedSkillId();
                }
                snapshots.add(snapshot(observation.queueId(), now));
            }
        }
        problem = "";
        emit(snapshots);
    }

    @Override
    public void observed(QueueObservation observation, Instant at) {
        Parts p = parts(observation.queueId());
        synchronized (p) {
            if (observation.members()) {
                p.members = observation;
            }
            p.media.putAll(observation.byMedia());
            if (waiting(p) == 0) {
                p.longestWaitSeconds = 0;
            }
        }
        emit(List.of(snapshot(observation.queueId(), at)));
    }

    private Parts parts(String queueId) {
        return parts.computeIfAbsent(queueId, k -> new Parts());
    }

    private static int waiting(Parts p) {
        synchronized (p) {
            return p.media.values().stream().mapToInt(c -> c[0]).sum();
        }
    }

    /** The queue's snapshot from all its parts. */
    private QueueSnapshot snapshot(String queueId, Instant at) {
        Parts p = parts(queueId);
        synchronized (p) {
            int waiting = waiting(p);
            int interacting = p.media.values().stream().mapToInt(c -> c[1]).sum();
            int idle = p.members == null ? 0 : p.members.count(RoutingStatus.IDLE);
            Integer onQueue = p.members == null ? null : p.members.onQueueUsers();
            QueueAggregate aggregate = p.aggregate;
            return new QueueSnapshot(queueId, p.skillId, at, p.longestWaitSeconds, p.longestWaitSeconds, idle,
                    aggregate == null ? null : aggregate.abandonRate(), waiting, onQueue, idle, interacting,
                    aggregate == null ? null : aggregate.serviceLevel(), SOURCE);
        }
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
