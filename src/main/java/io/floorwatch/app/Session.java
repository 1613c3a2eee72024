package io.floorwatch.app;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.Person;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.feed.AgentStateFeed;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.AdherenceFeed;
import io.floorwatch.feed.ObservationQueueFeed;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.UserTokens;
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
import java.util.function.BiFunction;
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
    /** How often published schedules are read again (a planner may republish them during the day). */
    private static final Duration SCHEDULE_REFRESH = Duration.ofMinutes(15);
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
    private final BiFunction<GenesysGateway, Optional<Person>, Services> services;
    /** How people sign in; null for a headless run, which always connects with the client's own credentials. */
    private final SignIns signIns;
    /** What readers see. */
    private volatile Connection current = Connection.opening("");
    /**
     * What the last open started, to close at the next open or at close: touched only on the opener thread (and
     * by {@link #close} once that thread has ended), so it needs no lock. It differs from {@link #current} only
     * while an open is under way.
     */
    private Connection started = Connection.opening("");
    /** The last open failed for want of a sign-in (or was signed out). */
    private volatile boolean needsSignIn;
    private volatile String signInProblem = "";

    /**
     * A window's session: people sign in (the demo's supervisor too, through the same flow).
     *
     * @param services builds the services of each connection opened, once per connection, for who is signed in
     */
    public Session(Secrets secrets, Supplier<EmulatorConfig> demoConfig, LiveState live, HistoryWriter history,
            QueueMetricFeed queues, ChannelPoolSettings channels, Clock clock,
            BiFunction<GenesysGateway, Optional<Person>, Services> services, SignIns signIns) {
        this(secrets, demoConfig, live, history, queues, channels, clock, AgentFeedFactory.desktop(), services,
                signIns);
    }

    /** A headless session: the OAuth client's own credentials, whatever the settings say about people. */
    Session(Secrets secrets, Supplier<EmulatorConfig> demoConfig, LiveState live, HistoryWriter history,
            QueueMetricFeed queues, ChannelPoolSettings channels, Clock clock, AgentFeedFactory feeds,
            BiFunction<GenesysGateway, Optional<Person>, Services> services) {
        this(secrets, demoConfig, live, history, queues, channels, clock, feeds, services, null);
    }

    private Session(Secrets secrets, Supplier<EmulatorConfig> demoConfig, LiveState live, HistoryWriter history,
            QueueMetricFeed queues, ChannelPoolSettings channels, Clock clock, AgentFeedFactory feeds,
            BiFunction<GenesysGateway, Optional<Person>, Services> services, SignIns signIns) {
        this.signIns = signIns;
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

    /**
     * Starts connecting in the background; {@link #status()} tells how it goes. A person is signed in from the
     * keychain's kept sign-in only; {@link #signIn} opens the browser.
     */
    public void open(Settings all) {
        open(all, false);
    }

    /**
     * Connects, signing the person in through the browser if the keychain keeps no sign-in that still works. When
     * the open connection's sign-in has ended (renewal refused), the person signs in again on it: the feeds and
     * screens go on with what they hold.
     */
    public void signIn(Settings all) {
        Connection now = current;
        if (signIns != null && now.isOpen() && now.tokens() != null && now.tokens().ended() && !now.target().isEmpty()
                && now.target().equals(all.connection().label()) && !all.connection().isDemo()) {
            opener.execute(() -> {
                try {
                    now.tokens().takeOver(signIns.person(all.connection(), true));
                    signInProblem = "";
                    LOG.info("signed in again on the open connection");
                } catch (GenesysException e) {
                    LOG.warn("signing in again failed: {}", e.describe());
                    signInProblem = e.describe();
                }
            });
            return;
        }
        open(all, true);
    }

    /**
     * Whether the window should offer to sign in: nothing is connected for want of a sign-in (none kept, signed
     * out, a sign-in that failed), or the open connection's sign-in has ended.
     */
    public boolean signInNeeded() {
        Connection now = current;
        return needsSignIn || now.tokens() != null && now.tokens().ended();
    }

    /** Why the last sign-in on the open connection failed, or empty. */
    public String signInProblem() {
        return signInProblem;
    }

    /** Ends a sign-in that waits for the browser (the status then says it was cancelled). */
    public void cancelSignIn() {
        if (signIns != null) {
            signIns.cancel();
        }
    }

    /**
     * Signs the person out: Genesys revokes the token ({@code DELETE /api/v2/tokens/me}), the keychain forgets the
     * sign-in, and the connection closes. On the session's thread, after any open in progress.
     */
    public void signOut(Settings all) {
        cancelSignIn(); // a sign-in waiting for the browser would hold the session's thread for minutes
        current = Connection.failed(current.target(), "Signing out");
        opener.execute(() -> {
            Connection was = started;
            if (was.gateway() != null && was.tokens() != null) {
                try {
                    was.gateway().identity().signOut();
                } catch (GenesysException e) {
                    LOG.warn("Genesys did not confirm the sign-out: {}", e.describe());
                }
                was.tokens().forget();
            }
            if (signIns != null) {
                signIns.forget(all.connection());
            }
            closeStarted();
            needsSignIn = true;
            publish(Connection.failed(all.connection().label(), "Signed out: sign in to connect again"));
        });
    }

    private void open(Settings all, boolean interactive) {
        cancelSignIn(); // what was asked last wins over a sign-in still waiting for the browser
        current = Connection.opening(all.connection().label());
        needsSignIn = false;
        signInProblem = "";
        opener.execute(() -> {
            closeStarted();
            boolean demo = all.connection().isDemo();
            FeedSettings feeds = all.feeds();
            Connection connected = connect(all.connection(), interactive);
            if (!connected.isOpen()) {
                publish(connected);
                return;
            }
            if (demo && feedFactory.needsKafka(feeds)) {
                // Agents come through the demo broker, from an in-process collector: both must be up first.
                connected = connected.withDemo(connected.demo().withKafka(feeds));
            }
            connected = startAgentFeed(connected, feeds, demo);
            if (connected.tokens() != null) {
                // users/me while the feed's first read is under way: the first frame does not wait for it.
                connected = namePerson(connected, all.connection());
                if (!connected.isOpen()) {
                    publish(connected);
                    return;
                }
            }
            connected = publish(connected);
            LOG.info("connected to {} ({})", connected.target(), connected.organization());
            connected = publish(startAdherence(connected));
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

    /**
     * Connects (starting the demo environment in demo mode): open, or failed with the reason. With people signing
     * in, the person's tokens are got first and {@code users/me} names them.
     */
    private Connection connect(ConnectionSettings settings, boolean interactive) {
        String target = settings.label();
        DemoEnvironment demo = null;
        UserTokens tokens = null;
        GenesysGateway gateway = null;
        try {
            if (settings.isDemo()) {
                demo = DemoEnvironment.start(demoConfig.get());
            }
            if (signIns != null && settings.signsInPerson()) {
                tokens = demo != null ? signIns.demo(demo.emulator()) : signIns.person(settings, interactive);
                String base = demo != null ? demo.emulator().baseUrl() : settings.apiBaseUrl();
                String client = demo != null ? demo.emulator().signInClientId() : settings.clientId();
                gateway = GenesysGateway.connect(new Credentials(base, client, ""), tokens);
                return Connection.signingIn(target, gateway, demo, tokens);
            }
            Credentials credentials = Connections.credentials(settings, secrets, demo == null ? null
                    : demo.emulator());
            gateway = GenesysGateway.connect(credentials);
            return Connection.open(target, gateway, Feeds.NONE, services.apply(gateway, Optional.empty()), demo);
        } catch (GenesysException e) {
            LOG.warn("could not connect to {}: {}", target, e.describe());
            closeAll(gateway, tokens, demo);
            needsSignIn = signIns != null && settings.signsInPerson() && !settings.isDemo();
            return Connection.failed(target, e.describe());
        } catch (RuntimeException e) {
            LOG.error("could not connect to {}", target, e);
            closeAll(gateway, tokens, demo);
            return Connection.failed(target, e.getMessage());
        }
    }

    /**
     * Names the signed-in person ({@code users/me}) and builds the services that act as them; if Genesys will not
     * say, everything the connection started is closed and the reason is the status.
     */
    private Connection namePerson(Connection connection, ConnectionSettings settings) {
        try {
            Person person = connection.gateway().identity().me();
            LOG.info("signed in as {} ({})", person.userId(), person.organization());
            return connection.withPerson(person, services.apply(connection.gateway(), Optional.of(person)));
        } catch (GenesysException e) {
            LOG.warn("could not read who signed in to {}: {}", connection.target(), e.describe());
            started = connection; // closed as a whole, and what its feed already put on the floor cleared
            closeStarted();
            needsSignIn = !settings.isDemo();
            return Connection.failed(connection.target(), e.describe());
        }
    }

    private static void closeAll(GenesysGateway gateway, UserTokens tokens, DemoEnvironment demo) {
        Quietly.close("gateway", gateway);
        Quietly.close("sign-in", tokens);
        Quietly.close("demo environment", demo);
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
     * Real-time adherence, after the floor is live (its reads are not on the way to the first frame); a feed
     * that cannot read (no workforce management, no permission) says so in its health and keeps trying.
     */
    private Connection startAdherence(Connection connection) {
        AdherenceFeed feed = new AdherenceFeed(connection.gateway(), channels, clock, live.adherence(), history,
                SCHEDULE_REFRESH).start();
        return connection.withFeeds(connection.feeds().withAdherence(feed));
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

    /**
     * Why adherence is not being followed (no permission, no workforce management, a read that keeps failing), or
     * "" while it is (or no connection is open); cheap, no IO.
     */
    public String adherenceProblem() {
        AdherenceFeed feed = current.feeds().adherence();
        return feed == null ? "" : feed.health().problem();
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
