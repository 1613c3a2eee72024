package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.kafka.AgentStateCodec;
import io.floorwatch.kafka.AgentTopicRecord;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.TopicConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Agent state from the collector's Kafka topic instead of this desktop's own notification channels, so any
 * number of supervisors share one Genesys subscription. It is the direct feed's twin: a seed of the whole floor
 * (names, teams, queues: by Genesys REST, or from the collector's roster topic with no Genesys credentials at all,
 * see {@link FloorSeed}), then the same normalized events into the live state and history. The seed runs once the
 * consumer has its partitions and positions, and events that arrive before it is in are held and applied after
 * it (stale ones are ignored), so nothing between the seed and the first record is lost; a seed that fails is
 * tried again, waiting longer each time. A seed that can re-read (the roster) does so after a consumer rebalance
 * and when a silent collector is heard again. The collector's heartbeats say it is alive; past
 * {@code silentAfter} without one the floor is marked stale (times in state stop, no alert rises on the silence)
 * and the status says since when. Collectors that each follow a share of the org name it in their heartbeats; a
 * share not heard for {@code silentAfter} while others are is named in the status ("Share hash:1/2 silent since
 * ...") until a collector speaks for it again (a standby takes a dead collector's share over within
 * {@code ShareGroup}'s bound). The floor is not marked stale for one share: the other shares' agents are live.
 */
public final class KafkaAgentFeed implements AgentStateFeed, TopicConsumer.Sink<AgentTopicRecord> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final Logger LOG = LoggerFactory.getLogger(KafkaAgentFeed.class);

    private final LiveState live;
    private final HistoryWriter history;
    private final Clock clock;
    private final FloorSeed seeds;
    private final TopicConsumer<AgentTopicRecord> consumer;
    private final ScheduledExecutorService seeder;
    private final ScheduledExecutorService watch;
    private final Duration silentAfter;
    private final ZoneId zone;
    private final Instant started;
    /** When this desktop last heard the collector, and what it said; null before the first heartbeat. */
    private volatile Instant heard;
    private volatile CollectorHeartbeat lastBeat;
    private final ShareWatch shares = new ShareWatch();
    /** The shares logged as silent, on the watch thread. */
    private Set<String> silentShares = Set.of();
    private final EventRate rate = new EventRate();
    private final List<Object> held = new ArrayList<>();
    private boolean seeded;
    private final CompletableFuture<Void> firstRead = new CompletableFuture<>();
    private boolean seedRequested;
    private final AtomicBoolean reseedQueued = new AtomicBoolean();
    private final AtomicLong reseeds = new AtomicLong();
    private volatile long lagMillis;
    private volatile String problem = "";

    public KafkaAgentFeed(GenesysGateway gateway, LiveState live, HistoryWriter history, KafkaSettings settings,
            Clock clock) {
        this(gateway, live, history, settings, clock, Collector.SILENT_AFTER, ZoneId.systemDefault());
    }

    /** @param silentAfter how long without a heartbeat before the collector counts as silent */
    public KafkaAgentFeed(GenesysGateway gateway, LiveState live, HistoryWriter history, KafkaSettings settings,
            Clock clock, Duration silentAfter, ZoneId zone) {
        this(new GenesysFloorSeed(gateway, live, history, clock), live, history, settings, clock, silentAfter, zone);
    }

    /**
     * @param seed        where the whole floor is read before (and, if it can, after a gap while) following the
     *                    topic; owned by this feed, closed with it
     * @param silentAfter how long without a heartbeat before the collector counts as silent
     */
    public KafkaAgentFeed(FloorSeed seed, LiveState live, HistoryWriter history, KafkaSettings settings,
            Clock clock, Duration silentAfter, ZoneId zone) {
        this.silentAfter = silentAfter;
        this.zone = zone;
        this.started = clock.instant();
        this.live = live;
        this.history = history;
        this.clock = clock;
        this.seeds = seed;
        this.consumer = new TopicConsumer<>(settings, "kafka-agent-state", TopicConsumer.Start.LATEST,
                new AgentStateCodec(), this, clock);
        this.seeder = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("feed-seed"));
        this.watch = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("collector-watch"));
    }

    @Override
    public void start() {
        consumer.start();
        long every = Math.max(100, silentAfter.toMillis() / 5);
        watch.scheduleWithFixedDelay(this::checkCollector, every, every, TimeUnit.MILLISECONDS);
    }

    /** Marks the floor stale while the collector is silent, live again once it is heard. */
    private void checkCollector() {
        Instant last = heard == null ? started : heard;
        if (Duration.between(last, clock.instant()).compareTo(silentAfter) > 0) {
            if (live.staleSince().isEmpty()) {
                LOG.warn("no heartbeat from a collector on {} since {}; the floor is marked stale", consumer.topic(),
                        last);
            }
            live.markStale(last);
        } else if (live.staleSince().isPresent()) {
            LOG.info("collector {} heard again on {}", lastBeat == null ? "?" : lastBeat.collector(),
                    consumer.topic());
            live.markLive();
            reseed(); // what the silence hid (a broker away longer than the collector buffers) comes back
        }
        Set<String> silentNow = new HashSet<>();
        for (ShareWatch.Heard share : shares.silent(clock.instant(), silentAfter)) {
            silentNow.add(share.share());
            if (!silentShares.contains(share.share())) {
                LOG.warn("share {} silent on {} since {} (last heard from collector {})", share.share(),
                        consumer.topic(), share.at(), share.collector());
            }
        }
        silentShares = silentNow;
    }

    /** Why the collector cannot be trusted now, or empty. */
    private String collectorProblem() {
        Optional<Instant> stale = live.staleSince();
        if (stale.isPresent()) {
            return heard == null ? "No collector heartbeat on " + consumer.topic() + " since this desktop started at "
                    + CLOCK.format(stale.get().atZone(zone)) + " (is a collector running?); times in state are "
                    + "not live" : "Collector silent since " + CLOCK.format(stale.get().atZone(zone))
                    + "; times in state and alerts stop there until it is back";
        }
        List<ShareWatch.Heard> silent = shares.silent(clock.instant(), silentAfter);
        if (!silent.isEmpty()) {
            ShareWatch.Heard first = silent.get(0);
            return "Share " + first.share() + " silent since " + CLOCK.format(first.at().atZone(zone))
                    + " (last heard from collector " + first.collector() + ")"
                    + (silent.size() > 1 ? " and " + (silent.size() - 1) + " more share"
                    + (silent.size() > 2 ? "s" : "") : "") + "; its agents' times in state are not live until "
                    + "a collector takes it over";
        }
        CollectorHeartbeat beat = lastBeat;
        return beat == null || beat.problem().isEmpty() ? "" : "Collector " + beat.collector()
                + (beat.namesAShare() ? " (share " + beat.share() + ")" : "") + ": " + beat.problem();
    }

    @Override
    public CompletionStage<Void> firstRead() {
        return firstRead.copy();
    }

    /**
     * On the consumer thread, when its positions are known: the seed can run now without missing anything. After
     * the first, an assignment means a rebalance: the floor is read again (if the seed can).
     */
    @Override
    public synchronized void assigned() {
        if (!seedRequested) {
            seedRequested = true;
            seeder.execute(() -> seed(RetryLater.FIRST));
        } else if (seeded) {
            reseed();
        }
    }

    private void seed(Duration retry) {
        try {
            int agents = seeds.first();
            synchronized (this) {
                held.forEach(this::applyLive);
                held.clear();
                seeded = true;
            }
            problem = "";
            LOG.info("seeded {} agents; following the collector's topic {}", agents, consumer.topic());
            seeds.membership();
            firstRead.complete(null);
            seeds.details();
            Duration settle = seeds.settle();
            if (settle != null) {
                RetryLater.after(seeder, settle, this::reseed, LOG, "the floor's second read");
            }
        } catch (FloorSeed.Failed e) {
            problem = e.getMessage();
            LOG.warn("seed failed: {}; trying again in {} s", e.getMessage(), retry.toSeconds());
            RetryLater.after(seeder, retry, () -> seed(RetryLater.longer(retry)), LOG, "the floor's read");
        }
    }

    /** Reads the floor again (coalesced: a queued re-read covers every request made before it starts). */
    private void reseed() {
        synchronized (this) {
            if (!seeded) {
                return; // the first read is still to come, and it reads everything
            }
        }
        if (reseedQueued.compareAndSet(false, true)) {
            seeder.execute(() -> reseed(RetryLater.FIRST));
        }
    }

    private void reseed(Duration retry) {
        reseedQueued.set(false);
        try {
            if (seeds.again()) {
                reseeds.incrementAndGet();
                problem = "";
            }
        } catch (FloorSeed.Failed e) {
            problem = e.getMessage() + "; trying again in " + retry.toSeconds() + " s";
            LOG.warn("re-reading the floor failed: {}; trying again in {} s", e.getMessage(), retry.toSeconds());
            if (reseedQueued.compareAndSet(false, true)) {
                RetryLater.after(seeder, retry, () -> reseed(RetryLater.longer(retry)), LOG, "the floor's re-read");
            }
        }
    }

    /** How many times the floor was read again after a gap (a rebalance, a silent collector heard again). */
    public long reseeds() {
        return reseeds.get();
    }

    @Override
    public void accept(List<AgentTopicRecord> records, List<RejectedMessage> rejected) {
        long now = clock.millis();
        List<Object> events = new ArrayList<>(records.size());
        for (AgentTopicRecord record : records) {
            if (record instanceof AgentTopicRecord.State state) {
                events.add(state.event());
            } else if (record instanceof AgentTopicRecord.Interaction interaction) {
                events.add(interaction.event());
            } else if (record instanceof AgentTopicRecord.Heartbeat beat) {
                lastBeat = beat.heartbeat();
                heard = Instant.ofEpochMilli(now);
                shares.heard(beat.heartbeat(), heard);
            }
        }
        synchronized (this) {
            if (!seeded) {
                held.addAll(events);
            } else {
                events.forEach(this::applyLive);
            }
        }
        for (Object event : events) {
            if (event instanceof AgentStateEvent state) {
                history.offer(state);
                lagMillis = Math.max(0, now - state.at().toEpochMilli());
            } else if (event instanceof InteractionEvent interaction) {
                history.offer(interaction);
            }
        }
        rate.add(now, events.size());
        rejected.forEach(history::reject);
        if (!rejected.isEmpty()) {
            LOG.warn("{} agent-state records rejected, e.g. {}", rejected.size(), rejected.get(0).reason());
        }
    }

    private void applyLive(Object event) {
        if (event instanceof AgentStateEvent state) {
            live.apply(state);
        } else if (event instanceof InteractionEvent interaction) {
            live.apply(interaction);
        }
    }

    @Override
    public CompletableFuture<Boolean> stored() {
        return history.confirmation();
    }

    @Override
    public FeedHealth health() {
        TopicConsumer.Health kafka = consumer.health();
        String collector = collectorProblem();
        String shown = !problem.isEmpty() ? problem : !collector.isEmpty() ? collector : kafka.problem();
        return new FeedHealth("Kafka " + consumer.topic(), live.size(), 0, 0, 0, rate.perSecond(clock.millis()),
                heard, 0, lagMillis, kafka.rejected(), shown);
    }

    @Override
    public void close() {
        watch.shutdownNow();
        consumer.close();
        seeder.shutdownNow();
        try {
            seeder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            seeds.close();
        }
    }
}
