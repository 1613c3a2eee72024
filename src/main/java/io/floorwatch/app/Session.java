package io.floorwatch.app;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.feed.AgentStateFeed;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.ObservationQueueFeed;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.TopicConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The live connection: in demo mode the in-process demo environment plus a gateway to it, otherwise a gateway to
 * the configured org; the agent-state feed over it, which keeps the live state and history current; and the
 * services built on it. Opening happens on the session's own thread so the window never waits for it; re-opening
 * (after the settings change) closes what was there first. What is open is one immutable {@link Connection},
 * swapped in one step: every reader reads it once.
 */
public final class Session implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    /** How often the longest wait of queues with work waiting is read when metrics come from observations. */
    private static final Duration OBSERVATION_REFRESH = Duration.ofSeconds(5);
    /** How long the demo's broker waits for the floor's first read before it starts anyway. */
    private static final Duration BROKER_WAITS_FOR_FLOOR = Duration.ofSeconds(15);

    private final Secrets secrets;
    private final Supplier<EmulatorConfig> demoConfig;
    private final ExecutorService opener;
    private final LiveState live;
    private final HistoryWriter history;
    private final ChannelPoolSettings channels;
    private final QueueMetricFeed queues;
    private final Clock clock;
    private final AgentFeedFactory feedFactory;
    private final Function<GenesysGateway, Services> services;
    /** What readers see. */
    private volatile Connection current = Connection.opening("");
    /**
     * What the last open started, to close at the next open or at close: touched only on the opener thread (and
     * by {@link #close} once that thread has ended), so it needs no lock. It differs from {@link #current} only
     * while an open is under way.
     */
    private Connection started = Connection.opening("");

    /** @param services builds the services of each connection opened, once per connection */
    public Session(Secrets secrets, Supplier<EmulatorConfig> demoConfig, LiveState live, HistoryWriter history,
            QueueMetricFeed queues, ChannelPoolSettings channels, Clock clock,
            Function<GenesysGateway, Services> services) {
        this(secrets, demoConfig, live, history, queues, channels, clock, AgentFeedFactory.desktop(), services);
    }

    Session(Secrets secrets, Supplier<EmulatorConfig> demoConfig, LiveState live, HistoryWriter history,
            QueueMetricFeed queues, ChannelPoolSettings channels, Clock clock, AgentFeedFactory feeds,
            Function<GenesysGateway, Services> services) {
        this.feedFactory = feeds;
        this.secrets = secrets;
        this.demoConfig = demoConfig;
        this.live = live;
        this.history = history;
        this.queues = queues;
        this.channels = channels;
        this.clock = clock;
        this.services = services;
        this.opener = Executors.newSingleThreadExecutor(DaemonThreads.named("session-open"));
    }

    /** Starts connecting in the background; {@link #status()} tells how it goes. */
    public void open(Settings all) {
        current = Connection.opening(all.connection().label());
        opener.execute(() -> {
            closeStarted();
            boolean demo = all.connection().isDemo();
            FeedSettings feeds = all.feeds();
            Connection connected = connect(all.connection());
            if (!connected.isOpen()) {
                publish(connected);
                return;
            }
            if (demo && feedFactory.needsKafka(feeds)) {
                // Agents come through the demo broker, from an in-process collector: both must be up first.
                connected = connected.withDemo(connected.demo().withKafka(feeds));
            }
            connected = publish(startAgentFeed(connected, feeds, demo));
            LOG.info("connected to {} ({})", connected.target(), connected.organization());
            if (feedFactory.readsQueueMetrics()) {
                if (demo && connected.demo().bootstrap() == null
                        && feeds.resolvedQueueSource(true) == FeedSettings.QueueSource.KAFKA) {
                    awaitFirstRead(connected.feeds().agents());
                }
                publish(openQueueMetrics(connected, demo, feeds));
            }
        });
    }

    /**
     * Waits (up to {@link #BROKER_WAITS_FOR_FLOOR}) for the floor's first read before the demo's Kafka broker
     * starts: the broker's start takes a core for seconds, which the first live frame needs more.
     */
    private static void awaitFirstRead(AgentStateFeed feed) {
        if (feed == null) {
            return;
        }
        try {
            feed.firstRead().toCompletableFuture().get(BROKER_WAITS_FOR_FLOOR.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("the floor's first read is taking over {} s; starting the demo broker now",
                    BROKER_WAITS_FOR_FLOOR.toSeconds());
        } catch (ExecutionException e) {
            throw new IllegalStateException("the floor's first read cannot fail", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the broker's start below sees the interrupt too
        }
    }

    /** Makes {@code connection} what readers see, in one step; on the opener thread only. */
    private Connection publish(Connection connection) {
        started = connection;
        current = connection;
        return connection;
    }

    /** Connects (starting the demo environment in demo mode): open, or failed with the reason. */
    private Connection connect(ConnectionSettings settings) {
        String target = settings.label();
        DemoEnvironment demo = null;
        try {
            if (settings.isDemo()) {
                demo = DemoEnvironment.start(demoConfig.get());
            }
            Credentials credentials = Connections.credentials(settings, secrets, demo == null ? null
                    : demo.emulator());
            GenesysGateway gateway = GenesysGateway.connect(credentials);
            return Connection.open(target, gateway, Feeds.NONE, services.apply(gateway), demo);
        } catch (GenesysException e) {
            LOG.warn("could not connect to {}: {}", target, e.describe());
            Quietly.close("demo environment", demo);
            return Connection.failed(target, e.describe());
        } catch (RuntimeException e) {
            LOG.error("could not connect to {}", target, e);
            Quietly.close("demo environment", demo);
            return Connection.failed(target, e.getMessage());
        }
    }

    private Connection startAgentFeed(Connection connection, FeedSettings feeds, boolean demo) {
        Collector collector = demo ? startDemoCollector(connection, feeds) : null;
        String bootstrap = demo ? connection.demo().bootstrap() : feeds.bootstrapServers();
        try {
            AgentStateFeed feed = feedFactory.create(new AgentFeedFactory.Context(connection.gateway(), live, history,
                    channels, clock, feeds, bootstrap));
            feed.start();
            return connection.withFeeds(connection.feeds().withAgents(feed, "", collector));
        } catch (RuntimeException e) {
            LOG.error("the agent-state feed did not start", e);
            return connection.withFeeds(connection.feeds().withAgents(null, e.getMessage(), collector));
        }
    }

    /**
     * The demo's collector, so a desktop set to read agent state from Kafka has a topic to read: the same code as
     * {@code floorwatch collect}, on its own live state; its history rows are the desktop's too, and the store
     * skips the second copy. Null unless the demo broker runs.
     */
    private Collector startDemoCollector(Connection connection, FeedSettings feeds) {
        if (!feedFactory.needsKafka(feeds) || connection.demo().pipeline() == null) {
            return null;
        }
        // Queue metrics come from the simulated pipeline in the demo: the collector publishes agent state only.
        Collector collector = new Collector(connection.gateway(), new LiveState(), history, channels,
                connection.demo().pipeline(), feeds.agentTopic(), null, clock);
        collector.start();
        return collector;
    }

    /**
     * Queue metrics from Kafka: in demo mode from the embedded broker, started here (after the floor is already
     * live, so nothing waits for it) with the emulator publishing to it as the upstream pipeline would.
     */
    private Connection openQueueMetrics(Connection connection, boolean demo, FeedSettings feeds) {
        queues.setWeights(feeds.weights());
        Feeds running = connection.feeds();
        if (feeds.resolvedQueueSource(demo) == FeedSettings.QueueSource.OBSERVATIONS) {
            ObservationQueueFeed observations = new ObservationQueueFeed(connection.gateway(), channels, clock, queues,
                    OBSERVATION_REFRESH).start();
            return connection.withFeeds(running.withQueueMetrics(null, observations, "Genesys queue observations",
                    ""));
        }
        String bootstrap;
        String source;
        Connection withBroker = connection;
        if (demo) {
            source = "Kafka (embedded demo broker)";
            withBroker = connection.withDemo(connection.demo().withKafka(feeds));
            bootstrap = withBroker.demo().bootstrap();
            if (bootstrap == null) {
                return withBroker.withFeeds(running.withQueueMetrics(null, null, source,
                        withBroker.demo().problem()));
            }
        } else {
            source = "Kafka " + feeds.queueTopic();
            if (feeds.bootstrapServers().isEmpty()) {
                return connection.withFeeds(running.withQueueMetrics(null, null, source,
                        "Queue metrics: no Kafka bootstrap servers set (Settings > Feeds)"));
            }
            bootstrap = feeds.bootstrapServers();
        }
        TopicConsumer<QueueSnapshot> consumer = new TopicConsumer<>(new KafkaSettings(bootstrap, feeds.queueTopic(),
                GroupIds.of(feeds)), "kafka-queue-metrics", TopicConsumer.Start.LATEST, new QueueMetricCodec(clock),
                queues, clock).start();
        return withBroker.withFeeds(running.withQueueMetrics(consumer, null, source, ""));
    }

    /** The connection as it stands now: read it once and use its parts together. */
    public Connection connection() {
        return current;
    }

    /** The services of the open connection, or empty while none is open. */
    public Optional<Services> services() {
        return current.openServices();
    }

    /** How the queue-metric feed is doing; cheap, no IO. */
    public QueueFeedHealth queueHealth() {
        return current.feeds().queueHealth(queues.latest().size());
    }

    /** Where the connection stands now; cheap, no IO (the status bar polls it). */
    public ConnectionStatus status() {
        return current.status();
    }

    /** How the agent-state feed is doing; cheap, no IO. */
    public FeedHealth feedHealth() {
        return current.feeds().agentHealth();
    }

    /** The gateway of the open connection, or null while none is open (writes wait for one). */
    public GenesysGateway gateway() {
        return current.gateway();
    }

    /** The emulator behind demo mode, when that is what runs. */
    public Emulator emulator() {
        DemoEnvironment demo = current.demo();
        return demo == null ? null : demo.emulator();
    }

    /** Closes what the last open started, and clears the live state and queue metrics it filled. */
    private void closeStarted() {
        Connection previous = started;
        started = Connection.opening("");
        previous.close();
        if (previous.feeds().agents() != null) {
            live.clear();
        }
        queues.clear();
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
        current = Connection.failed(current.target(), "closed");
        closeStarted();
    }
}
