package io.floorwatch.app;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RateLimitStatus;
import io.floorwatch.domain.TokenStatus;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.feed.AgentStateFeed;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.ObservationQueueFeed;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.kafka.TopicConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The live connection: in demo mode the in-process emulator plus a gateway to it, otherwise a gateway to
 * the configured org; and the agent-state feed over it, which keeps the live state and history current.
 * Opening happens on the session's own thread so the window never waits for it; re-opening (after the
 * settings change) closes what was there first.
 */
public final class Session implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    /** How often the longest wait of queues with work waiting is read when metrics come from observations. */
    private static final Duration OBSERVATION_REFRESH = Duration.ofSeconds(5);

    private final Secrets secrets;
    private final Supplier<EmulatorConfig> demoConfig;
    private final ExecutorService opener;
    private final LiveState live;
    private final HistoryWriter history;
    private final ChannelPoolSettings channels;
    private final QueueMetricFeed queues;
    private final Clock clock;
    private final AgentFeedFactory feedFactory;
    private volatile AgentStateFeed feed;
    private volatile TopicConsumer<QueueSnapshot> queueConsumer;
    private volatile ObservationQueueFeed observations;
    private volatile RecordPublisher demoPipeline;
    private volatile Collector demoCollector;
    private volatile EmbeddedBroker demoBroker;
    private volatile String queueSource = "none";
    private volatile String queueProblem = "";
    private volatile String agentProblem = "";
    private volatile ConnectionStatus pending = ConnectionStatus.connecting("");
    private volatile GenesysGateway gateway;
    private volatile Emulator emulator;
    private volatile String target = "";
    private volatile String organization = "";

    public Session(Secrets secrets, Supplier<EmulatorConfig> demoConfig, LiveState live, HistoryWriter history,
            QueueMetricFeed queues, ChannelPoolSettings channels, Clock clock) {
        this(secrets, demoConfig, live, history, queues, channels, clock, AgentFeedFactory.desktop());
    }

    Session(Secrets secrets, Supplier<EmulatorConfig> demoConfig, LiveState live, HistoryWriter history,
            QueueMetricFeed queues, ChannelPoolSettings channels, Clock clock, AgentFeedFactory feeds) {
        this.feedFactory = feeds;
        this.secrets = secrets;
        this.demoConfig = demoConfig;
        this.live = live;
        this.history = history;
        this.queues = queues;
        this.channels = channels;
        this.clock = clock;
        this.opener = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "session-open");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts connecting in the background; {@link #status()} tells how it goes. */
    public void open(Settings all) {
        pending = ConnectionStatus.connecting(all.connection().label());
        opener.execute(() -> {
            boolean demo = all.connection().isDemo();
            FeedSettings feeds = all.feeds();
            if (!connect(all.connection())) {
                return;
            }
            if (demo && feedFactory.needsKafka(feeds)) {
                // Agents come through the demo broker, from an in-process collector: both must be up first.
                startDemoBroker(feeds);
                startDemoCollector(feeds);
            }
            startAgentFeed(feeds, demo ? demoBootstrap() : feeds.bootstrapServers());
            if (feedFactory.readsQueueMetrics()) {
                openQueueMetrics(demo, feeds);
            }
        });
    }

    private void startAgentFeed(FeedSettings feeds, String bootstrap) {
        try {
            AgentStateFeed started = feedFactory.create(new AgentFeedFactory.Context(gateway, live, history, channels,
                    clock, feeds, bootstrap));
            feed = started;
            started.start();
        } catch (RuntimeException e) {
            LOG.error("the agent-state feed did not start", e);
            agentProblem = e.getMessage();
        }
    }

    /**
     * The demo's collector, so a desktop set to read agent state from Kafka has a topic to read: the same code as
     * {@code floorwatch collect}, on its own live state; its history rows are the desktop's too, and the store
     * skips the second copy.
     */
    private void startDemoCollector(FeedSettings feeds) {
        if (demoPipeline == null) {
            return;
        }
        // Queue metrics come from the simulated pipeline in the demo: the collector publishes agent state only.
        Collector collector = new Collector(gateway, new LiveState(), history, channels, demoPipeline,
                feeds.agentTopic(), null, clock);
        demoCollector = collector;
        collector.start();
    }

    private String demoBootstrap() {
        EmbeddedBroker broker = demoBroker;
        return broker == null ? null : broker.bootstrapServers();
    }

    /** The demo's broker, with the emulator publishing queue metrics to it as the upstream pipeline would. */
    private void startDemoBroker(FeedSettings feeds) {
        if (demoBroker != null) {
            return;
        }
        try {
            EmbeddedBroker broker = EmbeddedBroker.start();
            demoBroker = broker;
            broker.createTopic(feeds.queueTopic(), 3);
            broker.createTopic(feeds.agentTopic(), 3);
            demoPipeline = new RecordPublisher(broker.bootstrapServers(), "floorwatch-demo-pipeline");
            emulator.publishQueueMetrics(demoPipeline, feeds.queueTopic());
        } catch (RuntimeException e) {
            LOG.error("the demo Kafka broker did not start", e);
            queueProblem = "Queue metrics: " + e.getMessage();
        }
    }

    /** Connects (starting the emulator in demo mode); false, with the status saying why, when it could not. */
    private boolean connect(ConnectionSettings settings) {
        closeConnection();
        target = settings.label();
        try {
            if (settings.isDemo()) {
                emulator = new Emulator(demoConfig.get()).start();
            }
            Credentials credentials = Connections.credentials(settings, secrets, emulator);
            GenesysGateway opened = GenesysGateway.connect(credentials);
            gateway = opened;
            organization = opened.organizationName();
            pending = null;
            LOG.info("connected to {} ({})", target, organization);
            return true;
        } catch (GenesysException e) {
            LOG.warn("could not connect to {}: {}", target, e.describe());
            pending = new ConnectionStatus(target, ConnectionStatus.State.FAILED, e.describe(),
                    gateway == null ? TokenStatus.none() : gateway.tokenStatus(),
                    RateLimitStatus.UNKNOWN);
        } catch (RuntimeException e) {
            LOG.error("could not connect to {}", target, e);
            pending = new ConnectionStatus(target, ConnectionStatus.State.FAILED, e.getMessage(),
                    TokenStatus.none(), RateLimitStatus.UNKNOWN);
        }
        return false;
    }

    /**
     * Queue metrics from Kafka: in demo mode from the embedded broker, started here (after the floor is already
     * live, so nothing waits for it) with the emulator publishing to it as the upstream pipeline would.
     */
    private void openQueueMetrics(boolean demo, FeedSettings feeds) {
        queues.setWeights(feeds.weights());
        if (feeds.resolvedQueueSource(demo) == FeedSettings.QueueSource.OBSERVATIONS) {
            queueSource = "Genesys queue observations";
            observations = new ObservationQueueFeed(gateway, channels, clock, queues, OBSERVATION_REFRESH).start();
            return;
        }
        String bootstrap;
        if (demo) {
            queueSource = "Kafka (embedded demo broker)";
            startDemoBroker(feeds);
            bootstrap = demoBootstrap();
            if (bootstrap == null) {
                return;
            }
        } else {
            queueSource = "Kafka " + feeds.queueTopic();
            if (feeds.bootstrapServers().isEmpty()) {
                queueProblem = "Queue metrics: no Kafka bootstrap servers set (Settings > Feeds)";
                return;
            }
            bootstrap = feeds.bootstrapServers();
        }
        queueConsumer = new TopicConsumer<>(new KafkaSettings(bootstrap, feeds.queueTopic(), GroupIds.of(feeds)),
                "kafka-queue-metrics", TopicConsumer.Start.LATEST, new QueueMetricCodec(clock), queues, clock)
                .start();
    }

    /** How the queue-metric feed is doing; cheap, no IO. */
    public QueueFeedHealth queueHealth() {
        TopicConsumer<QueueSnapshot> consumer = queueConsumer;
        int heard = queues.latest().size();
        ObservationQueueFeed observed = observations;
        if (observed != null) {
            return observed.health(heard);
        }
        if (consumer == null) {
            return new QueueFeedHealth(queueSource, false, heard, 0, 0, -1, queueProblem);
        }
        TopicConsumer.Health health = consumer.health();
        return new QueueFeedHealth(queueSource, health.running(), heard, health.records(), health.rejected(),
                health.lag(), health.problem());
    }

    /** Where the connection stands now; cheap, no IO (the status bar polls it). */
    public ConnectionStatus status() {
        ConnectionStatus waiting = pending;
        GenesysGateway current = gateway;
        if (waiting != null || current == null) {
            return waiting == null ? ConnectionStatus.connecting(target) : waiting;
        }
        return new ConnectionStatus(target, ConnectionStatus.State.CONNECTED, organization, current.tokenStatus(),
                current.rateLimit());
    }

    /** How the agent-state feed is doing; cheap, no IO. */
    public FeedHealth feedHealth() {
        AgentStateFeed current = feed;
        if (current == null) {
            FeedHealth idle = FeedHealth.idle("none");
            return agentProblem.isEmpty() ? idle : new FeedHealth("none", 0, 0, 0, 0, 0, null, 0, 0, 0, agentProblem);
        }
        return current.health();
    }

    /** The gateway of the open connection, or null while none is open (writes wait for one). */
    public GenesysGateway gateway() {
        return pending == null ? gateway : null;
    }

    /** The emulator behind demo mode, when that is what runs. */
    public Emulator emulator() {
        return emulator;
    }

    /**
     * Closes what the last open started, newest first and each part on its own: one that fails to close is
     * logged and does not keep the others open.
     */
    private void closeConnection() {
        AgentStateFeed oldFeed = feed;
        feed = null;
        if (oldFeed != null) {
            closeLogged("agent-state feed", oldFeed);
            live.clear();
        }
        closeLogged("demo collector", demoCollector);
        demoCollector = null;
        closeLogged("queue-metric consumer", queueConsumer);
        queueConsumer = null;
        closeLogged("queue observations", observations);
        observations = null;
        queues.clear();
        queueProblem = "";
        agentProblem = "";
        closeLogged("gateway", gateway);
        gateway = null;
        closeLogged("emulator", emulator);
        emulator = null;
        // After the emulator: its simulator is what sends through the pipeline.
        closeLogged("demo metrics pipeline", demoPipeline);
        demoPipeline = null;
        closeLogged("demo broker", demoBroker);
        demoBroker = null;
    }

    private static void closeLogged(String what, AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("closing the {} failed: {}", what, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // Let an open in progress finish (a demo broker takes seconds to start or stop) rather than interrupt it
        // halfway through closing something; only a stuck one is interrupted.
        opener.shutdown();
        try {
            if (!opener.awaitTermination(30, TimeUnit.SECONDS)) {
                opener.shutdownNow();
                opener.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            opener.shutdownNow();
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
