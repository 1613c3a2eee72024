package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.kafka.CompactedTopics;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.kafka.RosterCodec;
import io.floorwatch.kafka.RosterRecord;
import io.floorwatch.kafka.TopicSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The collector's roster: keeps the compacted roster topic ({@link RosterCodec}) holding the latest snapshot of
 * every agent and queue its floor holds, so a desktop can build the floor from Kafka alone. Every agent and queue
 * after each seed and re-seed (and after sends failed, once they go through again), tombstones for those gone;
 * in between, once per tick, the agents the live state's change log names: an agent changing a hundred times a
 * second costs one record a second. Before the first record it creates the topic, compacted, if it is missing.
 * One named thread, stopped by {@link #close()}.
 */
final class RosterPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RosterPublisher.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final LiveState live;
    private final RecordPublisher publisher;
    private final String topic;
    private final Clock clock;
    private final LongSupplier seeds;
    private final BooleanSupplier floorRead;
    private final Duration every;
    private final boolean wholeOrg;
    private final RosterCodec codec = new RosterCodec();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("collector-roster"));
    /** Keys on the topic whose last record is not a tombstone, as far as this collector knows. */
    private final Set<String> onTopic = new HashSet<>();
    private long seq;
    private long seenEpoch = Long.MIN_VALUE;
    private long seenSeeds = Long.MIN_VALUE;
    private long seenFailures;
    private Map<String, RoutingQueue> seenQueues = Map.of();
    private volatile String problem = "";
    private boolean ready;
    private long preparedAt;

    /**
     * @param floorRead whether the collector's first read of the floor (agents and queue membership) is done:
     *                  nothing is published before, so a desktop never reads agents without their queues
     * @param seeds     how many re-seeds the collector's feed has made: every change of it publishes everything
     * @param every     the tick: at most one record per agent per tick
     */
    RosterPublisher(LiveState live, RecordPublisher publisher, String topic, Clock clock, BooleanSupplier floorRead,
            LongSupplier seeds, Duration every) {
        this(live, publisher, topic, clock, floorRead, seeds, every, true);
    }

    /**
     * @param wholeOrg false for a collector of one share: the agents already on the topic are then other shares' as
     *                 much as its own, so it tombstones only agents it published itself and that left its floor
     */
    RosterPublisher(LiveState live, RecordPublisher publisher, String topic, Clock clock, BooleanSupplier floorRead,
            LongSupplier seeds, Duration every, boolean wholeOrg) {
        this.wholeOrg = wholeOrg;
        this.floorRead = floorRead;
        this.live = live;
        this.publisher = publisher;
        this.topic = topic;
        this.clock = clock;
        this.seeds = seeds;
        this.every = every;
    }

    void start() {
        thread.execute(this::prepare);
        thread.scheduleWithFixedDelay(this::tickLogged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Creates the topic if need be, and learns which keys it holds (so agents gone meanwhile get tombstones). */
    private void prepare() {
        preparedAt = System.nanoTime();
        CompactedTopics.Outcome outcome = CompactedTopics.ensure(publisher.bootstrapServers(), topic, ADMIN_TIMEOUT);
        problem = outcome.problem();
        if (!outcome.problem().isEmpty()) {
            LOG.error("roster: {}", outcome.problem());
        }
        if (!outcome.ready()) {
            return;
        }
        ready = true;
        try {
            new TopicSnapshot(publisher.bootstrapServers(), clock).read(topic, "collector-roster", codec,
                    ADMIN_TIMEOUT).latest().keySet().stream()
                    .filter(k -> wholeOrg || k.startsWith(RosterCodec.QUEUE_KEY)).forEach(onTopic::add);
        } catch (IllegalStateException e) {
            LOG.warn("the roster topic {} could not be read back ({}); agents removed while no collector ran keep "
                    + "their last snapshot", topic, e.getMessage());
        }
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("publishing the roster failed", e);
        }
    }

    void tick() {
        if (!ready) {
            if (System.nanoTime() - preparedAt > ADMIN_TIMEOUT.toNanos()) {
                prepare(); // sending first would let the broker create the topic uncompacted
            }
            return;
        }
        if (!floorRead.getAsBoolean()) {
            return;
        }
        long failures = publisher.health().failed();
        boolean sendsRecovered = failures != seenFailures && publisher.health().problem().isEmpty();
        long seedsNow = seeds.getAsLong();
        LiveState.Changes changes = live.changesSince(seq, seenEpoch);
        if (changes.reload() || seedsNow != seenSeeds || sendsRecovered) {
            if (live.size() == 0) {
                return; // nothing read yet (or disconnected): the roster keeps what it has
            }
            seq = changes.seq();
            seenEpoch = changes.epoch();
            seenSeeds = seedsNow;
            seenFailures = failures;
            publishAll();
            return;
        }
        seq = changes.seq();
        int sent = 0;
        for (String id : changes.ids()) {
            if (!id.isEmpty()) {
                sent += publishAgent(id) ? 1 : 0;
            }
        }
        if (live.queues() != seenQueues) {
            publishQueues();
        }
        LOG.debug("roster: {} agents published", sent);
    }

    private void publishAll() {
        Instant now = clock.instant();
        Set<String> gone = new HashSet<>(onTopic);
        for (LiveAgent agent : live.all()) {
            send(entry(agent, now));
            gone.remove(agent.id());
        }
        gone.removeIf(key -> key.startsWith(RosterCodec.QUEUE_KEY));
        gone.forEach(id -> send(new RosterRecord.AgentGone(id)));
        publishQueues();
        LOG.info("roster: published {} agents and {} queues to {} ({} agents gone)", live.size(), seenQueues.size(),
                topic, gone.size());
    }

    private boolean publishAgent(String id) {
        LiveAgent agent = live.get(id).orElse(null);
        if (agent != null) {
            send(entry(agent, clock.instant()));
            return true;
        }
        if (onTopic.contains(id)) {
            send(new RosterRecord.AgentGone(id));
            return true;
        }
        return false;
    }

    private void publishQueues() {
        Map<String, RoutingQueue> queues = live.queues();
        if (queues.isEmpty() && seenQueues.isEmpty()) {
            seenQueues = queues;
            return; // the directory is not read yet
        }
        Instant now = clock.instant();
        for (RoutingQueue queue : queues.values()) {
            if (!queue.equals(seenQueues.get(queue.id())) || !onTopic.contains(RosterCodec.QUEUE_KEY + queue.id())) {
                send(new RosterRecord.QueueEntry(queue, now));
            }
        }
        for (String key : Set.copyOf(onTopic)) {
            if (key.startsWith(RosterCodec.QUEUE_KEY) && !queues.containsKey(key.substring(
                    RosterCodec.QUEUE_KEY.length()))) {
                send(new RosterRecord.QueueGone(key.substring(RosterCodec.QUEUE_KEY.length())));
            }
        }
        seenQueues = queues;
    }

    private static RosterRecord.AgentEntry entry(LiveAgent agent, Instant now) {
        return new RosterRecord.AgentEntry(agent.agent(), agent.state(), agent.queues(), agent.skills(),
                agent.interactions(), now);
    }

    private void send(RosterRecord record) {
        publisher.send(topic, record.key(), codec.encode(record));
        if (record instanceof RosterRecord.AgentGone || record instanceof RosterRecord.QueueGone) {
            onTopic.remove(record.key());
        } else {
            onTopic.add(record.key());
        }
    }

    /** Why the roster may be wrong or missing (the topic could not be created), or empty. */
    String problem() {
        return problem;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
