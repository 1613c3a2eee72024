package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.Share;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.kafka.AgentStateCodec;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.RecordPublisher;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The collector: subscribes to Genesys once, through the live floor's own direct feed and channel pool, and
 * publishes every normalized agent-state and interaction event it takes in, seeds and re-seeds included, to the
 * agent-state topic (key = user id, so one agent's events keep their order). Desktops whose agent source is Kafka read that
 * topic with {@link KafkaAgentFeed}. With a metrics topic it also follows every queue's observations and
 * publishes them as queue snapshots in the queue-metric format (key = queue id). Every few seconds it sends a
 * heartbeat on the agent-state topic, with its own Genesys health, so desktops can tell a dead collector from a
 * quiet floor. With a roster topic it also keeps there the latest snapshot of every agent and queue
 * ({@link io.floorwatch.kafka.RosterCodec}), so a desktop can build the floor from Kafka alone
 * ({@link RosterFloorSeed}). With a {@link Share} it reads, subscribes and publishes only that part of the org,
 * so several collectors with an OAuth client each follow more agents than one client's 20 x 1,000 topics; its
 * heartbeats then name the share.
 */
public final class Collector implements AgentStateFeed {
    private static final Duration LONGEST_WAIT_REFRESH = Duration.ofSeconds(5);
    /** How often the heartbeat goes out; desktops call a collector silent after {@link #SILENT_AFTER}. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Three heartbeats missed. */
    public static final Duration SILENT_AFTER = HEARTBEAT.multipliedBy(3);
    /** At most one roster record per agent this often, however often the agent changes. */
    static final Duration ROSTER_TICK = Duration.ofSeconds(1);

    private final GenesysAgentFeed feed;
    private final ObservationQueueFeed observations;
    private final RecordPublisher publisher;
    private final AgentStateCodec codec = new AgentStateCodec();
    private final QueueMetricCodec metricCodec;
    private final String topic;
    private final String metricsTopic;
    private final Clock clock;
    private final Duration heartbeat;
    private final String name;
    private final Share share;
    /** Null without a roster topic. */
    private final RosterPublisher roster;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("collector-heartbeat"));

    public Collector(GenesysGateway gateway, LiveState live, HistoryWriter history, ChannelPoolSettings channels,
            RecordPublisher publisher, String topic, String metricsTopic, Clock clock) {
        this(gateway, live, history, channels, publisher, topic, metricsTopic, clock, HEARTBEAT);
    }

    /**
     * @param publisher    owned by the caller, closed after this collector
     * @param metricsTopic where queue snapshots from Genesys queue observations go, or null for none
     * @param heartbeat    how often it says it is alive on {@code topic}
     */
    public Collector(GenesysGateway gateway, LiveState live, HistoryWriter history, ChannelPoolSettings channels,
            RecordPublisher publisher, String topic, String metricsTopic, Clock clock, Duration heartbeat) {
        this(gateway, live, history, channels, publisher, topic, metricsTopic, null, clock, heartbeat);
    }

    /**
     * @param publisher    owned by the caller, closed after this collector
     * @param metricsTopic where queue snapshots from Genesys queue observations go, or null for none
     * @param rosterTopic  the compacted topic for the latest snapshot of every agent and queue (created if missing),
     *                     or null for none
     * @param heartbeat    how often it says it is alive on {@code topic}
     */
    public Collector(GenesysGateway gateway, LiveState live, HistoryWriter history, ChannelPoolSettings channels,
            RecordPublisher publisher, String topic, String metricsTopic, String rosterTopic, Clock clock,
            Duration heartbeat) {
        this(gateway, live, history, channels, publisher, topic, metricsTopic, rosterTopic, clock, heartbeat,
                Share.ALL, CollectorName.ofThisProcess());
    }

    /**
     * @param publisher    owned by the caller, closed after this collector
     * @param metricsTopic where queue snapshots from Genesys queue observations go, or null for none (of several
     *                     collectors sharing an org, one follows the queues)
     * @param rosterTopic  the compacted topic for the latest snapshot of every agent and queue (created if missing),
     *                     or null for none
     * @param heartbeat    how often it says it is alive on {@code topic}
     * @param share        the agents it reads, subscribes and publishes ({@link Share#ALL} for the whole org); its
     *                     heartbeats name it
     * @param name         how its heartbeats name it: host and process, and more where one process runs several
     */
    public Collector(GenesysGateway gateway, LiveState live, HistoryWriter history, ChannelPoolSettings channels,
            RecordPublisher publisher, String topic, String metricsTopic, String rosterTopic, Clock clock,
            Duration heartbeat, Share share, String name) {
        this(gateway, live, history, channels, publisher, topic, metricsTopic, rosterTopic, clock, heartbeat, share,
                name, DirectoryWatch.NONE);
    }

    /** @param directory told of the whole directory at each read of the share (a share group checks coverage) */
    public Collector(GenesysGateway gateway, LiveState live, HistoryWriter history, ChannelPoolSettings channels,
            RecordPublisher publisher, String topic, String metricsTopic, String rosterTopic, Clock clock,
            Duration heartbeat, Share share, String name, DirectoryWatch directory) {
        this.share = share;
        this.name = name;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.publisher = publisher;
        this.topic = topic;
        this.metricsTopic = metricsTopic;
        this.metricCodec = new QueueMetricCodec(clock);
        this.feed = new GenesysAgentFeed(gateway, live, history, channels, clock, new FeedTap() {
            @Override
            public void states(List<AgentStateEvent> events) {
                for (AgentStateEvent event : events) {
                    publisher.send(topic, event.agentId(), codec.encode(event));
                }
            }

            @Override
            public void interactions(List<InteractionEvent> events) {
                for (InteractionEvent event : events) {
                    publisher.send(topic, event.agentId(), codec.encode(event));
                }
            }
        }, share, directory);
        this.observations = metricsTopic == null ? null : new ObservationQueueFeed(gateway, channels, clock,
                (snapshots, rejected) -> {
                    snapshots.forEach(s -> publisher.send(metricsTopic, s.queueId(), metricCodec.encode(s)));
                    rejected.forEach(history::reject);
                }, LONGEST_WAIT_REFRESH);
        this.roster = rosterTopic == null ? null : new RosterPublisher(live, publisher, rosterTopic, clock,
                () -> feed.firstRead().toCompletableFuture().isDone(), feed::reseeds, ROSTER_TICK, share == Share.ALL);
    }

    @Override
    public void start() {
        feed.start();
        if (observations != null) {
            observations.start();
        }
        beats.scheduleAtFixedRate(this::beat, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        if (roster != null) {
            roster.start();
        }
    }

    private void beat() {
        FeedHealth health = feed.health();
        publisher.send(topic, AgentStateCodec.HEARTBEAT_KEY + name, codec.encode(new CollectorHeartbeat(name,
                clock.instant(), health.agents(), health.problem(),
                share == Share.ALL ? CollectorHeartbeat.WHOLE_ORG : share.label())));
    }

    @Override
    public CompletionStage<Void> firstRead() {
        return feed.firstRead();
    }

    /** The direct feed's health, with what was published and any sending problem. */
    @Override
    public FeedHealth health() {
        FeedHealth direct = feed.health();
        RecordPublisher.Health sending = publisher.health();
        String problem = String.join(" · ", Stream.of(direct.problem(), sending.problem(),
                roster == null ? "" : roster.problem()).filter(p -> !p.isEmpty()).toList());
        return new FeedHealth(String.format("published %,d to %s%s (%,d failed)", sending.sent(), topic,
                metricsTopic == null ? "" : " and " + metricsTopic, sending.failed()), direct.agents(), direct.channelsOpen(), direct.channelsNeeded(), direct.topics(),
                direct.eventsPerSecond(), direct.lastHeartbeat(), direct.reconnects(), direct.lagMillis(),
                direct.rejected(), problem);
    }

    public RecordPublisher.Health publishing() {
        return publisher.health();
    }

    @Override
    public void close() {
        beats.shutdownNow();
        if (roster != null) {
            roster.close();
        }
        feed.close();
        if (observations != null) {
            observations.close();
        }
        // What the feed took in before it closed is sent before the caller closes the publisher.
        publisher.flush();
    }
}
