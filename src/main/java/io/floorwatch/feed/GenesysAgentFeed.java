package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.Share;
import io.floorwatch.genesys.ChannelPool;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.NotificationDecoder;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Agent state straight from Genesys: a REST seed of every agent, then notifications over the channel pool.
 * Every event goes to the live state and to history; after any reconnect a REST re-seed (coalesced, so twenty
 * channels coming back at once cost one) fills in whatever happened while a socket was down. Queue membership,
 * which takes a paged call per queue, is read after the floor is already live.
 */
public final class GenesysAgentFeed implements AgentStateFeed, ChannelPool.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(GenesysAgentFeed.class);
    /** A failed read of the floor is tried again after 5 s, then 10, 20, ... up to a minute. */
    private static final Duration FIRST_RETRY = RetryLater.FIRST;

    private final LiveState live;
    private final HistoryWriter history;
    private final Clock clock;
    private final FeedTap tap;
    private final FloorSeeder seeds;
    private final UtilizationReads utilizations;
    private final ChannelPool pool;
    private final ScheduledExecutorService seeder;
    private final EventRate rate = new EventRate();
    private final AtomicBoolean resyncQueued = new AtomicBoolean();
    private final CompletableFuture<Void> firstRead = new CompletableFuture<>();
    private final AtomicLong reseeds = new AtomicLong();
    private volatile long lagMillis;
    private volatile boolean seeded;
    private volatile String problem = "";

    public GenesysAgentFeed(GenesysGateway gateway, LiveState live, HistoryWriter history,
            ChannelPoolSettings settings, Clock clock) {
        this(gateway, live, history, settings, clock, FeedTap.NONE);
    }

    /**
     * @param tap told of every change this feed takes in, from notifications and from (re-)seeds, on the thread
     *            that took it in; the collector publishes them to Kafka
     */
    public GenesysAgentFeed(GenesysGateway gateway, LiveState live, HistoryWriter history,
            ChannelPoolSettings settings, Clock clock, FeedTap tap) {
        this(gateway, live, history, settings, clock, tap, Share.ALL);
    }

    /**
     * @param tap   told of every change this feed takes in, from notifications and from (re-)seeds, on the thread
     *              that took it in; the collector publishes them to Kafka
     * @param share the agents to read and subscribe: a collector's share of the org, or all of it
     */
    public GenesysAgentFeed(GenesysGateway gateway, LiveState live, HistoryWriter history,
            ChannelPoolSettings settings, Clock clock, FeedTap tap, Share share) {
        this(gateway, live, history, settings, clock, tap, share, DirectoryWatch.NONE);
    }

    /** @param directory told of the whole directory each time the share is read (a share group's coverage check) */
    public GenesysAgentFeed(GenesysGateway gateway, LiveState live, HistoryWriter history,
            ChannelPoolSettings settings, Clock clock, FeedTap tap, Share share, DirectoryWatch directory) {
        this.live = live;
        this.history = history;
        this.clock = clock;
        this.tap = tap;
        this.utilizations = new UtilizationReads(gateway, live);
        this.seeds = new FloorSeeder(gateway, live, history, clock, tap, share, directory);
        this.pool = new ChannelPool(gateway, new NotificationDecoder(clock), settings, clock, this);
        this.seeder = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("feed-seed"));
    }

    @Override
    public void start() {
        seeder.execute(() -> firstSeed(FIRST_RETRY));
    }

    /** Reads the floor, then subscribes; a failed read is tried again, waiting longer each time (up to a minute). */
    private void firstSeed(Duration retry) {
        try {
            List<AgentSnapshot> seed = seeds.first();
            seeded = true;
            problem = "";
            LOG.info("seeded {} agents; subscribing", seed.size());
            pool.start(seed.stream().map(s -> s.agent().id()).toList());
            readQueues(FIRST_RETRY);
            firstRead.complete(null); // the membership read, if refused, is tried again later: not waited for
            seeds.interactions(seed);
        } catch (GenesysException e) {
            problem = "Could not read the agents: " + e.describe() + "; trying again in " + retry.toSeconds() + " s";
            LOG.warn("first seed failed: {}; trying again in {} s", e.describe(), retry.toSeconds());
            later(() -> firstSeed(longer(retry)), retry);
        }
    }

    /** Queue membership (the floor's queue column, "idle while work waits"): tried again until it is read. */
    private void readQueues(Duration retry) {
        if (!seeds.queues()) {
            later(() -> readQueues(longer(retry)), retry);
        }
    }

    @Override
    public CompletionStage<Void> firstRead() {
        return firstRead.copy();
    }

    private static Duration longer(Duration retry) {
        return RetryLater.longer(retry);
    }

    private void later(Runnable step, Duration wait) {
        RetryLater.after(seeder, wait, step, LOG, "the floor's read");
    }

    @Override
    public void events(List<AgentStateEvent> incoming) {
        long now = clock.millis();
        for (AgentStateEvent event : incoming) {
            live.apply(event);
            history.offer(event);
            lagMillis = Math.max(0, now - event.at().toEpochMilli());
        }
        rate.add(now, incoming.size());
        tap.states(incoming);
    }

    @Override
    public void interactions(List<InteractionEvent> incoming) {
        long now = clock.millis();
        for (InteractionEvent event : incoming) {
            live.apply(event);
            history.offer(event);
        }
        rate.add(now, incoming.size());
        tap.interactions(incoming);
    }

    @Override
    public void rejected(RejectedMessage message) {
        LOG.warn("rejected a notification: {}", message.reason());
        history.reject(message);
    }

    @Override
    public void resync() {
        if (!seeded || !resyncQueued.compareAndSet(false, true)) {
            return;
        }
        seeder.execute(() -> reseed(FIRST_RETRY));
    }

    /**
     * Re-reads the floor after a reconnect (what changed while the socket was down). A failed re-read (a burst
     * of 429s, a 5xx) is tried again until it succeeds, or states changed in the gap would stay wrong until the
     * agents' next events.
     */
    private void reseed(Duration retry) {
        resyncQueued.set(false);
        try {
            seeds.again();
            reseeds.incrementAndGet();
            problem = "";
        } catch (GenesysException e) {
            LOG.warn("re-seed failed: {}; trying again in {} s", e.describe(), retry.toSeconds());
            problem = "Re-reading agents after a reconnect failed: " + e.describe() + "; trying again in "
                    + retry.toSeconds() + " s";
            if (resyncQueued.compareAndSet(false, true)) {
                later(() -> reseed(longer(retry)), retry);
            }
        }
    }

    /** How many REST re-seeds ran after reconnects. */
    public long reseeds() {
        return reseeds.get();
    }

    @Override
    public FeedHealth health() {
        ChannelPool.Health channels = pool.health();
        String shown = !problem.isEmpty() ? problem : channels.problem();
        return new FeedHealth("Genesys notifications", live.size(), channels.channelsOpen(),
                channels.channelsNeeded(), channels.topics(), rate.perSecond(clock.millis()),
                channels.lastHeartbeat(), channels.reconnects(), lagMillis, channels.rejected(), shown);
    }

    @Override
    public void close() {
        utilizations.close();
        pool.close();
        seeder.shutdownNow();
        try {
            seeder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
