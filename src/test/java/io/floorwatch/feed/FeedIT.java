package io.floorwatch.feed;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.notify.EmChannel;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.genesys.ChannelPool;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.NotificationDecoder;
import io.floorwatch.history.HistoryDatabase;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.history.RejectedHistory;
import io.floorwatch.history.StateCursor;
import io.floorwatch.history.StateHistory;
import io.floorwatch.history.StatePage;
import io.floorwatch.history.StateQuery;
import io.floorwatch.history.StateRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent-state feed against the emulator: the real SDK, the real Java-WebSocket client, a real H2 file. */
class FeedIT {
    /** Short timers so watchdogs, renewals and backoff show within seconds. */
    static final ChannelPoolSettings FAST = ChannelPoolSettings.standard()
            .withTimers(Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofSeconds(2))
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
    /** For tests that count every event: a watchdog too patient to fire on a loaded CI machine's pauses. */
    static final ChannelPoolSettings PATIENT = FAST.withTimers(Duration.ofSeconds(20), Duration.ofSeconds(1),
            Duration.ofSeconds(2));

    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryDatabase database;
    private HistoryWriter writer;
    private GenesysAgentFeed feed;
    private ChannelPool pool;
    private final LiveState live = new LiveState();

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.close();
        }
        if (pool != null) {
            pool.close();
        }
        if (writer != null) {
            writer.close();
        }
        if (database != null) {
            database.close();
        }
        gateway.close();
        emulator.close();
    }

    private void startEmulator(EmulatorConfig config) {
        emulator = new Emulator(config).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
    }

    private void openHistory() {
        database = HistoryDatabase.open(dir.resolve("history"));
        writer = HistoryWriter.standard(database, Clock.systemUTC()).start();
    }

    private void startFeed() {
        openHistory();
        feed = new GenesysAgentFeed(gateway, live, writer, FAST, Clock.systemUTC());
        feed.start();
        await("every channel open", Duration.ofSeconds(30), () -> {
            FeedHealth health = feed.health();
            return health.channelsNeeded() > 0 && health.channelsOpen() == health.channelsNeeded();
        });
    }

    /** A pool listener that keeps what arrives and fails on rejects; it never re-seeds, so nothing masks a loss. */
    private static final class Recorder implements ChannelPool.Listener {
        final List<AgentStateEvent> received = new CopyOnWriteArrayList<>();

        @Override
        public void events(List<AgentStateEvent> events) {
            received.addAll(events);
        }

        @Override
        public void rejected(RejectedMessage message) {
            throw new AssertionError(message.reason());
        }

        @Override
        public void resync() {
            // counted events only: a REST re-seed must not stand in for a lost event
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Agents whose live state differs from the emulator's truth. */
    private List<String> mismatches() {
        List<String> wrong = new ArrayList<>();
        for (EmUser user : emulator.org().users()) {
            EmUser.Status truth = user.status();
            LiveAgent seen = live.get(user.id()).orElse(null);
            if (seen == null || seen.state().presence() != truth.presence()
                    || seen.state().routingStatus() != truth.routingStatus()) {
                wrong.add(user.id());
            }
        }
        return wrong;
    }

    private void assertNoDuplicateRows() {
        StateHistory history = new StateHistory(database);
        Set<String> keys = new HashSet<>();
        StateCursor cursor = null;
        do {
            StatePage page = history.page(StateQuery.all(), cursor, 5_000);
            for (StateRow row : page.rows()) {
                AgentStateEvent e = row.event();
                assertThat(keys.add(e.agentId() + "/" + e.kind() + "/" + e.at().toEpochMilli()))
                        .as("duplicate row %s", e).isTrue();
            }
            cursor = page.next().orElse(null);
        } while (cursor != null);
        assertThat(keys).hasSize((int) history.count());
    }

    @Test
    void theFirstReadIsDoneOnceEveryAgentAndTheQueueColumnAreInTheLiveState() throws Exception {
        startEmulator(TestEmulators.still(300));
        openHistory();
        feed = new GenesysAgentFeed(gateway, live, writer, FAST, Clock.systemUTC());
        CompletableFuture<Void> firstRead = feed.firstRead().toCompletableFuture();
        assertThat(firstRead).as("not before the feed has started").isNotDone();
        feed.start();
        firstRead.get(20, TimeUnit.SECONDS);
        // What waits for it (the demo's broker) may start now: the floor has its rows and their queues.
        assertThat(live.size()).isEqualTo(300);
        assertThat(live.all().stream().mapToInt(agent -> agent.queues().size()).sum()).as("queue memberships read")
                .isPositive();
    }

    @Test
    void twoThousandFiveHundredAgentsUseThreeChannelsAndFollowChanges() {
        startEmulator(TestEmulators.still(2_500));
        startFeed();

        FeedHealth health = feed.health();
        assertThat(health.channelsNeeded()).isEqualTo(3);
        assertThat(health.topics()).isEqualTo(2_500);
        assertThat(emulator.channels().size()).isEqualTo(3);

        List<EmUser> users = emulator.org().users();
        for (int i = 0; i < users.size(); i += 97) {
            emulator.org().setPresence(users.get(i), SystemPresence.BREAK);
        }
        await("live state equals the emulator", Duration.ofSeconds(10), () -> mismatches().isEmpty());
        assertThat(live.get(users.get(97).id()).orElseThrow().state().presence()).isEqualTo(SystemPresence.BREAK);
    }

    @Test
    void afterEverySocketDropsTheLiveStateCatchesUpAndHistoryHasNoDuplicates() throws Exception {
        startEmulator(TestEmulators.still(300).withSimulation(true)
                .withFloor(new SimSettings(300, 6, 12, 11, 30.0)));
        startFeed();
        await("the channel open", Duration.ofSeconds(10), () -> feed.health().channelsOpen() == 1);

        emulator.streaming().dropAll();
        // Reconnects close together share one re-read; apart, each has its own.
        await("reconnected and re-read after the first drop", Duration.ofSeconds(10), () -> feed.reseeds() >= 1
                && feed.health().reconnects() >= 1 && feed.health().channelsOpen() == 1);
        emulator.streaming().dropAll();
        await("reconnected and re-read after the second drop", Duration.ofSeconds(10), () -> feed.reseeds() >= 2
                && feed.health().reconnects() >= 2 && feed.health().channelsOpen() == 1);
        emulator.simulator().close();

        await("live state equals the emulator", Duration.ofSeconds(10), () -> mismatches().isEmpty());
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        assertNoDuplicateRows();
    }

    @Test
    void aReSeedRefusedByA429BurstIsTriedAgainUntilItSucceeds() {
        startEmulator(TestEmulators.still(80));
        startFeed();
        // The re-read after the channel's first connect must be over too: running while the 429s below are set,
        // it took some of them and left the test's own re-seed dropped as already queued (seen on a CI run).
        await("seeded with queues", Duration.ofSeconds(10), () -> feed.health().channelsOpen() == 1
                && !live.queues().isEmpty() && feed.reseeds() >= 1);

        // More 429s in a row than one call retries (6): the re-seed's first try fails, its next one succeeds.
        emulator.faults().throttleNext(8, 1);
        feed.resync();

        await("a failed re-seed is named", Duration.ofSeconds(20), () -> feed.health().problem()
                .contains("Re-reading agents after a reconnect failed") && feed.health().problem()
                .contains("trying again in 5 s"));
        long failedAt = feed.reseeds();
        await("the re-seed tried again and succeeded", Duration.ofSeconds(30), () -> feed.reseeds() > failedAt
                && feed.health().problem().isEmpty());
        assertThat(mismatches()).isEmpty();
    }

    @Test
    void heartbeatSilenceMakesTheFeedReconnect() {
        startEmulator(TestEmulators.fastTimers(50, Duration.ofHours(1), Duration.ofMillis(200)));
        startFeed();

        emulator.streaming().silent(true);
        await("a reconnect after silence", Duration.ofSeconds(10), () -> feed.health().reconnects() >= 1);
        emulator.streaming().silent(false);
        await("open again", Duration.ofSeconds(10), () -> feed.health().channelsOpen() == 1);

        EmUser user = emulator.org().users().get(4);
        emulator.org().setPresence(user, SystemPresence.MEAL);
        await("events flow again", Duration.ofSeconds(10),
                () -> live.get(user.id()).orElseThrow().state().presence() == SystemPresence.MEAL);
    }

    @Test
    void channelsAreRenewedBeforeTheyExpire() throws Exception {
        // Channels lapse after 3 s here; the pool renews 2 s ahead of expiry.
        startEmulator(TestEmulators.fastTimers(40, Duration.ofSeconds(3), Duration.ofMillis(200)));
        startFeed();
        EmChannel channel = emulator.channels().all().get(0);
        String channelId = channel.id();
        Instant firstExpiry = channel.expires();

        // Renewal shows once the first lease is over and the same channel still holds a lease ahead.
        await("the channel lives past its first lease", Duration.ofSeconds(10), () -> Instant.now().isAfter(
                firstExpiry.plusSeconds(1)) && channel.expires().isAfter(Instant.now()));

        assertThat(emulator.channels().all()).extracting(c -> c.id()).containsExactly(channelId);
        assertThat(feed.health().reconnects()).isZero();
        EmUser user = emulator.org().users().get(7);
        emulator.org().setRoutingStatus(user, RoutingStatus.NOT_RESPONDING);
        await("events still flow", Duration.ofSeconds(5),
                () -> live.get(user.id()).orElseThrow().state().routingStatus() == RoutingStatus.NOT_RESPONDING);
    }

    @Test
    void revokedTokensAreReplacedAndTheFeedRecovers() {
        startEmulator(TestEmulators.still(60));
        startFeed();
        String before = emulator.channels().all().get(0).id();

        emulator.expireTokens();
        await("a new channel", Duration.ofSeconds(10), () -> feed.health().channelsOpen() == 1
                && emulator.channels().size() == 1 && !emulator.channels().all().get(0).id().equals(before));

        EmUser user = emulator.org().users().get(9);
        emulator.org().setPresence(user, SystemPresence.TRAINING);
        await("events flow on the new channel", Duration.ofSeconds(10),
                () -> live.get(user.id()).orElseThrow().state().presence() == SystemPresence.TRAINING);
    }

    @Test
    void malformedFramesAreRejectedCountedAndKept() {
        startEmulator(TestEmulators.still(20));
        startFeed();
        String user = emulator.org().users().get(0).id();

        emulator.streaming().broadcastRaw("{not json");
        emulator.streaming().broadcastRaw("{\"topicName\":\"v2.users." + user + ".presence\",\"version\":\"2\","
                + "\"eventBody\":{\"presenceDefinition\":{\"id\":\"x\",\"systemPresence\":\"ON_HOLIDAY\"}}}");

        await("two rejected", Duration.ofSeconds(5), () -> feed.health().rejected() == 2);
        // The count rises before the frame is handed to the writer: wait for both rows, not only the count (a CI
        // run flushed between the two).
        await("two rejected rows stored", Duration.ofSeconds(5), () -> writer.flush(Duration.ofSeconds(1))
                && new RejectedHistory(database).newest(null, null, 10).size() == 2);
        List<RejectedMessage> rejected = new RejectedHistory(database).newest(null, null, 10);
        assertThat(rejected).extracting(RejectedMessage::reason)
                .anySatisfy(reason -> assertThat(reason).startsWith("not JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("unknown systemPresence 'ON_HOLIDAY'"));
        assertThat(rejected).extracting(RejectedMessage::payload).contains("{not json");
        assertThat(mismatches()).isEmpty();
    }

    @Test
    void agentsBeyondTheClientsCapacityAreNamedWithTheCollectorAsTheWayOut() {
        startEmulator(TestEmulators.still(25));
        pool = new ChannelPool(gateway, new NotificationDecoder(Clock.systemUTC()), FAST.withLimits(10, 2),
                Clock.systemUTC(), new Recorder());
        pool.start(emulator.org().users().stream().map(EmUser::id).toList());
        await("two channels open", Duration.ofSeconds(10), () -> pool.health().channelsOpen() == 2);

        ChannelPool.Health health = pool.health();
        assertThat(health.channelsNeeded()).isEqualTo(2);
        assertThat(health.topics()).isEqualTo(20);
        assertThat(health.agentsNotFollowed()).isEqualTo(5);
        assertThat(health.problem()).contains("25 agents need 3 notification channels")
                .contains("5 agents are not followed live").contains("floorwatch collect");
    }

    @Test
    void aSocketClosingHandoverLosesNoEvent() throws Exception {
        startEmulator(TestEmulators.still(10));
        Recorder recorder = new Recorder();
        List<AgentStateEvent> received = recorder.received;
        pool = new ChannelPool(gateway, new NotificationDecoder(Clock.systemUTC()), PATIENT, Clock.systemUTC(),
                recorder);
        EmUser user = emulator.org().users().get(2);
        pool.start(List.of(user.id()));
        await("open and subscribed", Duration.ofSeconds(10), () -> pool.health().channelsOpen() == 1
                && !emulator.channels().all().get(0).topics().isEmpty());

        SystemPresence[] cycle = {SystemPresence.AWAY, SystemPresence.BUSY, SystemPresence.BREAK,
            SystemPresence.MEETING};
        int changes = 400;
        Thread changer = new Thread(() -> {
            for (int i = 0; i < changes; i++) {
                emulator.org().setPresence(user, cycle[i % cycle.length]);
                try {
                    // Pacing, not waiting: the changes must span the socket replacement below.
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        changer.start();
        await("changes arriving", Duration.ofSeconds(10), () -> !received.isEmpty());
        // Genesys gives a minute; two seconds still closes the old socket while changes keep coming.
        emulator.socketClosing(Duration.ofSeconds(2));
        changer.join();

        await("every change received", Duration.ofSeconds(10), () -> received.stream()
                .filter(e -> e.kind() == StateKind.PRESENCE).count() == changes);
        assertThat(pool.health().channelsOpen()).isEqualTo(1);
        assertThat(pool.health().handovers()).isEqualTo(1);
        assertThat(pool.health().reconnects()).as("a handover, not a reconnect").isZero();
    }
}
