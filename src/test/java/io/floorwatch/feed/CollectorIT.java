package io.floorwatch.feed;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.domain.Share;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.AgentStateCodec;
import io.floorwatch.kafka.AgentTopicRecord;
import io.floorwatch.kafka.Decoded;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.kafka.TopicConsumer;
import io.floorwatch.kafka.TopicSnapshot;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collector -> Kafka -> desktop: one collector subscribes to the emulator's notifications and publishes to the
 * (embedded, real) broker; a desktop whose agent source is Kafka ends with the same live state as the
 * emulator's truth, and a malformed record on the topic is stored as rejected without stopping it.
 */
class CollectorIT {
    private static final String TOPIC = "agent-state";

    @TempDir
    Path dir;

    @Test
    void aDesktopReadingTheCollectorsTopicEndsWithTheEmulatorsTruth() throws Exception {
        // State and interactions alike: the desktop's floor converges on the org's.
        // A busy floor: 80 agents at 30x speed change state many times a second.
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(80, 6, 12, 5, 30.0));
        try (Emulator emulator = new Emulator(config).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "collector");
                GenesysGateway collectorGateway = connect(emulator);
                GenesysGateway desktopGateway = connect(emulator);
                HistoryStore collectorHistory = HistoryStore.openOrFail(dir.resolve("collector"),
                        Duration.ofDays(90), Clock.systemUTC());
                HistoryStore desktopHistory = HistoryStore.openOrFail(dir.resolve("desktop"), Duration.ofDays(90),
                        Clock.systemUTC())) {
            broker.createTopic(TOPIC, 3);
            broker.createTopic("queue-metrics", 3);
            LiveState desktop = new LiveState();
            try (Collector collector = new Collector(collectorGateway, new LiveState(), collectorHistory.writer(),
                    FeedIT.FAST, publisher, TOPIC, "queue-metrics", Clock.systemUTC());
                    KafkaAgentFeed feed = new KafkaAgentFeed(desktopGateway, desktop, desktopHistory.writer(),
                            new KafkaSettings(broker.bootstrapServers(), TOPIC, "desk-1"), Clock.systemUTC())) {
                collector.start();
                feed.start();
                await("the desktop seeded", () -> desktop.size() == 80);
                // A record nobody can use: it is stored as rejected and the feed goes on.
                publisher.send(TOPIC, "bad", "{\"agentId\":\"bad\",\"kind\":\"MOOD\"}".getBytes(
                        StandardCharsets.UTF_8));
                long before = desktopHistory.states().count();
                // The simulated floor keeps changing: wait until the collector has carried a good run of changes.
                await("the floor's changes recorded on the desktop", () -> collector.publishing().sent() > 160
                        && desktopHistory.states().count() > before + 10);
                // Freeze the floor, then the desktop must converge on exactly what the org says.
                emulator.simulator().close();
                try {
                    await("the desktop matches the emulator, interactions and all", () -> mismatches(emulator,
                            desktop).isEmpty());
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; still different: " + mismatches(emulator, desktop),
                            e);
                }
                assertThat(desktop.all()).as("interactions came through the collector")
                        .anyMatch(a -> !a.interactions().isEmpty());
                desktopHistory.writer().flush(Duration.ofSeconds(10));
                assertThat(desktopHistory.interactions().count()).isPositive();

                assertThat(collector.publishing().failed()).isZero();
                assertThat(collector.publishing().sent()).isGreaterThan(160);
                assertThat(feed.health().source()).isEqualTo("Kafka " + TOPIC);
                // The collector's queue snapshots, from observations, read back by the desktop's queue consumer.
                QueueMetricFeed queues = new QueueMetricFeed(desktopHistory.writer(), ScoreWeights.defaults(),
                        id -> 20);
                try (TopicConsumer<QueueSnapshot> metrics = new TopicConsumer<>(new KafkaSettings(
                        broker.bootstrapServers(), "queue-metrics", "desk-1"), "kafka-queue-metrics",
                        TopicConsumer.Start.EARLIEST, new QueueMetricCodec(Clock.systemUTC()), queues,
                        Clock.systemUTC()).start()) {
                    await("a snapshot of every queue", () -> queues.latest().size() == emulator.org().queues().size());
                }
                await("the rejected record counted", () -> feed.health().rejected() == 1);
                desktopHistory.writer().flush(Duration.ofSeconds(10));
                assertThat(desktopHistory.states().count()).isGreaterThan(before);
                assertThat(desktopHistory.rejected().newest(null, null, 10)).singleElement()
                        .satisfies(r -> assertThat(r.reason()).startsWith("kind 'MOOD' is neither"));
            }
        }
    }

    @Test
    void aDesktopTellsASilentCollectorFromAQuietFloorAndStopsTheClockThere() throws Exception {
        // A still floor: nothing changes, so only the heartbeats say the collector is alive.
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(10, 2, 4, 2, 1.0))
                .withSimulation(false);
        try (Emulator emulator = new Emulator(config).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "collector");
                GenesysGateway collectorGateway = connect(emulator);
                GenesysGateway desktopGateway = connect(emulator);
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90),
                        Clock.systemUTC())) {
            broker.createTopic(TOPIC, 3);
            LiveState desktop = new LiveState();
            Collector collector = new Collector(collectorGateway, new LiveState(), history.writer(), FeedIT.FAST,
                    publisher, TOPIC, null, Clock.systemUTC(), Duration.ofMillis(200));
            try (KafkaAgentFeed feed = new KafkaAgentFeed(desktopGateway, desktop, history.writer(),
                    new KafkaSettings(broker.bootstrapServers(), TOPIC, "desk-1"), Clock.systemUTC(),
                    Duration.ofMillis(1500), ZoneOffset.UTC)) {
                collector.start();
                feed.start();
                await("the desktop seeded and hearing the collector", () -> desktop.size() == 10
                        && feed.health().lastHeartbeat() != null);
                Thread.sleep(2_000); // longer than the bound: a quiet floor with a live collector is not stale
                assertThat(desktop.staleSince()).isEmpty();
                assertThat(feed.health().problem()).isEmpty();

                collector.close();
                Instant lastHeard = feed.health().lastHeartbeat();
                await("the floor marked stale", () -> desktop.staleSince().isPresent());
                assertThat(desktop.staleSince()).get().isEqualTo(feed.health().lastHeartbeat());
                assertThat(Duration.between(lastHeard, desktop.staleSince().get()).abs())
                        .isLessThan(Duration.ofMillis(500));
                assertThat(feed.health().problem()).startsWith("Collector silent since ")
                        .contains("times in state and alerts stop there");
                Instant later = Instant.now().plusSeconds(600);
                assertThat(desktop.asOf(later)).isEqualTo(desktop.staleSince().get());

                // A collector again (a restart): the floor is live once it is heard.
                try (Collector again = new Collector(collectorGateway, new LiveState(), history.writer(),
                        FeedIT.FAST, publisher, TOPIC, null, Clock.systemUTC(), Duration.ofMillis(200))) {
                    again.start();
                    await("the floor live again", () -> desktop.staleSince().isEmpty());
                }
            }
        }
    }

    @Test
    void aCollectorOfAShareReadsSubscribesAndPublishesOnlyItsAgentsAndItsHeartbeatNamesTheShare() throws Exception {
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(40, 2, 4, 2, 1.0))
                .withSimulation(false);
        try (Emulator emulator = new Emulator(config).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "collector");
                GenesysGateway gateway = connect(emulator);
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90),
                        Clock.systemUTC())) {
            broker.createTopic(TOPIC, 3);
            Share share = Share.parse("hash:1/2");
            List<String> mine = emulator.org().users().stream().map(EmUser::id)
                    .filter(id -> Share.Hash.bucket(id, 2) == 1).toList();
            assertThat(mine).hasSizeBetween(5, 35); // both halves hold agents
            LiveState live = new LiveState();
            try (Collector collector = new Collector(gateway, live, history.writer(), FeedIT.FAST, publisher, TOPIC,
                    null, null, Clock.systemUTC(), Duration.ofMillis(200), share, "c-1")) {
                collector.start();
                await("the share seeded and subscribed", () -> collector.health().topics() == mine.size()
                        && collector.firstRead().toCompletableFuture().isDone());
                assertThat(live.all()).extracting(LiveAgent::id).containsExactlyInAnyOrderElementsOf(mine);
                assertThat(collector.health().agents()).isEqualTo(mine.size());
                publisher.flush();
                await("the heartbeat on the topic", () -> snapshot(broker).latest()
                        .containsKey(AgentStateCodec.HEARTBEAT_KEY + "c-1"));
                var topic = snapshot(broker).latest();
                assertThat(topic.get(AgentStateCodec.HEARTBEAT_KEY + "c-1")).isInstanceOfSatisfying(
                        AgentTopicRecord.Heartbeat.class, b -> {
                            assertThat(b.heartbeat().share()).isEqualTo("hash:1/2");
                            assertThat(b.heartbeat().agents()).isEqualTo(mine.size());
                        });
                assertThat(topic.keySet().stream().filter(k -> !k.startsWith(AgentStateCodec.HEARTBEAT_KEY)))
                        .as("the seed's states, of the share's agents only").containsExactlyInAnyOrderElementsOf(mine);
            }
        }
    }

    private static TopicSnapshot.Result<AgentTopicRecord> snapshot(EmbeddedBroker broker) {
        return new TopicSnapshot(broker.bootstrapServers(), Clock.systemUTC()).read(TOPIC, "it",
                new AgentStateCodec(), Duration.ofSeconds(10));
    }

    @Test
    void theCodecRoundTripsEveryKindAndNamesWhatIsWrong() {
        AgentStateCodec codec = new AgentStateCodec();
        AgentStateEvent presence = AgentStateEvent.presence("u1", SystemPresence.BREAK, "def-1",
                Instant.parse("2026-11-21T09:00:00Z"));
        AgentStateEvent routing = AgentStateEvent.routing("u1", RoutingStatus.IDLE,
                Instant.parse("2026-11-21T09:00:01Z"));
        assertThat(codec.decode("u1", codec.encode(presence))).isEqualTo(new Decoded.Ok<>(
                new AgentTopicRecord.State(presence)));
        assertThat(codec.decode("u1", codec.encode(routing))).isEqualTo(new Decoded.Ok<>(
                new AgentTopicRecord.State(routing)));
        CollectorHeartbeat beat = new CollectorHeartbeat("host-1/42", Instant.parse("2026-11-21T09:00:02Z"), 80,
                "reconnecting channel 2");
        assertThat(codec.decode(AgentStateCodec.HEARTBEAT_KEY + "host-1/42", codec.encode(beat)))
                .isEqualTo(new Decoded.Ok<>(new AgentTopicRecord.Heartbeat(beat)));
        assertThat(reason(codec, null, "{\"type\":\"goodbye\"}")).startsWith("type 'goodbye' is not one");
        assertThat(reason(codec, null, "{\"type\":\"heartbeat\",\"collector\":\"c\",\"at\":\"2026-11-21T09:00:00Z\","
                + "\"agents\":-1}")).isEqualTo("agents must be a count, not -1");
        assertThat(reason(codec, "u2", codec.encode(routing))).isEqualTo("key 'u2' does not match agentId 'u1'");
        assertThat(reason(codec, null, "{\"agentId\":\"u1\",\"kind\":\"ROUTING\",\"state\":\"ON_QUEUE\","
                + "\"at\":\"2026-11-21T09:00:00Z\"}")).isEqualTo("state 'ON_QUEUE' is not a routing status");
        assertThat(reason(codec, null, "{\"agentId\":\"u1\",\"kind\":\"PRESENCE\",\"state\":\"BREAK\","
                + "\"at\":\"yesterday\"}")).isEqualTo("at 'yesterday' is not an ISO-8601 instant");
        assertThat(reason(codec, null, "{\"kind\":\"PRESENCE\"}")).isEqualTo("agentId is missing");
        assertThat(reason(codec, null, "[1]")).isEqualTo("not a JSON object");
        assertThat(reason(codec, null, "{\"schemaVersion\":2,\"agentId\":\"u1\"}")).startsWith("schemaVersion 2");
        // Unknown fields are tolerated.
        assertThat(codec.decode(null, ("{\"agentId\":\"u1\",\"kind\":\"PRESENCE\",\"state\":\"MEAL\","
                + "\"at\":\"2026-11-21T09:00:00Z\",\"site\":\"Leeds\"}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Ok.class);
    }

    private static String reason(AgentStateCodec codec, String key, String json) {
        return reason(codec, key, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(AgentStateCodec codec, String key, byte[] value) {
        var result = codec.decode(key, value);
        assertThat(result).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected<AgentTopicRecord>) result).reason();
    }

    private static GenesysGateway connect(Emulator emulator) {
        return GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
    }

    private static List<String> mismatches(Emulator emulator, LiveState desktop) {
        List<String> wrong = new ArrayList<>();
        for (EmUser user : emulator.org().users()) {
            EmUser.Status truth = user.status();
            var seen = desktop.get(user.id()).orElse(null);
            // Interactions too: the conversations each agent holds, with their phase (holds and after-call work).
            List<String> conversations = emulator.org().conversationsOf(user.id()).stream().map(c -> c.id() + " "
                    + (c.inAfterCallWork() ? "ACW" : c.held() ? "HELD" : "CONNECTED")).sorted().toList();
            if (seen == null || seen.state().presence() != truth.presence()
                    || seen.state().routingStatus() != truth.routingStatus()
                    || !seen.interactions().stream().map(i -> i.conversationId() + " " + i.phase()).sorted().toList()
                    .equals(conversations)) {
                wrong.add(user.id() + " (org " + truth.presence() + "/" + truth.routingStatus() + " " + conversations
                        + ", desktop " + (seen == null ? "none" : seen.state().presence() + "/"
                        + seen.state().routingStatus() + " since " + seen.state().routingSince() + " "
                        + seen.interactions().stream().map(i -> i.conversationId() + " " + i.phase()).sorted()
                        .toList()) + ")");
            }
        }
        return wrong;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Await.until(what, Duration.ofSeconds(60), condition);
    }
}
