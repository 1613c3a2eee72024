package io.floorwatch.emulator;

import io.floorwatch.emulator.notify.ChannelRegistry;
import io.floorwatch.emulator.notify.EventPublisher;
import io.floorwatch.emulator.notify.StreamingServer;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.EmRole;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.emulator.org.PresenceCatalog;
import io.floorwatch.emulator.rest.Faults;
import io.floorwatch.emulator.rest.HttpFront;
import io.floorwatch.emulator.rest.TokenIssuer;
import io.floorwatch.emulator.sim.FloorGenerator;
import io.floorwatch.emulator.sim.FloorPlan;
import io.floorwatch.emulator.sim.Simulator;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.RecordPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * The Genesys Cloud emulator, whole: a generated org, the HTTP front (OAuth and /api/v2), the streaming
 * server, and the simulator that keeps the floor moving. Owns every thread and socket it starts;
 * {@link #close()} stops them all.
 */
public final class Emulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Emulator.class);
    private static final String HOST = "127.0.0.1";

    private final EmulatorConfig config;
    private final OrgDirectory org;
    private final Faults faults;
    private final TokenIssuer tokens;
    private final ChannelRegistry channels;
    private final StreamingServer streaming;
    private final HttpFront http;
    private final Simulator simulator;
    private final FloorPlan plan;
    private boolean started;

    public Emulator(EmulatorConfig config) {
        this(config, Clock.systemUTC());
    }

    public Emulator(EmulatorConfig config, Clock clock) {
        this.config = config;
        Random ids = new Random(config.floor().seed());
        this.org = new OrgDirectory(clock, new PresenceCatalog(), () -> new UUID(
                (ids.nextLong() & ~0xF000L) | 0x4000L, (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString());
        this.plan = new FloorGenerator(org, config.floor()).generate();
        this.faults = new Faults(config.rateLimitPerMinute());
        this.tokens = new TokenIssuer(clock, config.tokenTtl());
        this.channels = new ChannelRegistry(clock, config.channelTtl());
        this.streaming = new StreamingServer(HOST, config.streamingPort(), channels, config.heartbeatInterval());
        EventPublisher events = new EventPublisher(org, streaming, channels);
        org.addListener(events);
        org.addListener(org.workforce());
        org.workforce().addListener(events);
        this.simulator = new Simulator(org, plan, config.floor());
        simulator.addTrafficListener(events::queueTraffic);
        this.http = new HttpFront(HOST, config.port(), org, tokens, faults, channels, streaming, config.clients(),
                config.duplicateQueueNames());
    }

    /** Starts the sockets and (if configured) the simulator; returns once both ports accept connections. */
    public synchronized Emulator start() {
        if (started) {
            return this;
        }
        streaming.start();
        http.start();
        if (config.simulate()) {
            simulator.start();
        }
        started = true;
        LOG.info("emulator listening on {} ({} agents, {} queues, streaming on port {})", baseUrl(),
                org.users().size(), org.queues().size(), streaming.port());
        return this;
    }

    /** The base URL for both the API and the token endpoint: {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://" + HOST + ":" + http.port();
    }

    /** The public client that signs people in (authorization code with PKCE, loopback redirects). */
    public String signInClientId() {
        return HttpFront.SIGN_IN_CLIENT_ID;
    }

    /** The account of the full supervisor (every routing permission, every division), as the demo signs in. */
    public Optional<EmAccount> supervisorAccount() {
        return org.accounts().stream().filter(a -> a.divisionIds().isEmpty()
                && a.role().permissions().contains(EmRole.SKILL_ASSIGN)).findFirst();
    }

    public EmulatorConfig config() {
        return config;
    }

    /** The org's state, for tests that compare what a client sees with the truth. */
    public OrgDirectory org() {
        return org;
    }

    public Faults faults() {
        return faults;
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public ChannelRegistry channels() {
        return channels;
    }

    public StreamingServer streaming() {
        return streaming;
    }

    public HttpFront http() {
        return http;
    }

    /**
     * Plays the upstream metrics pipeline too: from now on, every queue's traffic goes once a second to
     * {@code topic} through {@code publisher} (which the caller owns and closes after this emulator).
     */
    public void publishQueueMetrics(RecordPublisher publisher, String topic) {
        QueueMetricsPublisher metrics = new QueueMetricsPublisher(org, plan.queueSkills(), config.floor().speed(),
                new QueueMetricCodec(org.clock()), publisher, topic);
        simulator.addTrafficListener(metrics::traffic);
    }

    /** For tests that step the floor themselves (with {@code simulate=false}). */
    /** Who on the simulated floor misbehaves, and how (tests check that alerts find them). */
    public FloorPlan plan() {
        return plan;
    }

    public Simulator simulator() {
        return simulator;
    }

    /**
     * Fault shortcut: every token issued so far expires now (the next API call with one is answered 401), and
     * the channels made with them are revoked.
     */
    public void expireTokens() {
        tokens.expireAll();
        // Channels live on the token that made them: they go too, each told with v2.system.token_revoked.
        channels.revokeAll();
    }

    /** Fault shortcut: announce closing on every socket and close them after {@code grace}. */
    public void socketClosing(Duration grace) {
        streaming.announceClosing(grace);
    }

    @Override
    public synchronized void close() {
        simulator.close();
        try {
            http.close();
        } finally {
            streaming.close();
        }
    }
}
