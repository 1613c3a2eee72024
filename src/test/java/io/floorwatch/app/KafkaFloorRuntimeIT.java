package io.floorwatch.app;

import io.floorwatch.config.Settings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.kafka.RosterCodec;
import io.floorwatch.kafka.RosterRecord;
import io.floorwatch.kafka.TopicSnapshot;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A floor from Kafka alone: a collector subscribes to the emulator and publishes the agent topic and the roster;
 * a {@link KafkaFloorRuntime} started afterwards, with no Genesys settings at all, shows every agent with name, team,
 * queues and state, follows changes, and names the queues.
 */
class KafkaFloorRuntimeIT {
    private static final String AGENTS = "agent-state";
    private static final String ROSTER = AGENTS + ".roster";
    private static final String METRICS = "queue-metrics";
    private static final int FLOOR = 30;

    @TempDir
    Path dir;

    @Test
    void aRuntimeStartedAfterTheCollectorPublishedBuildsTheFloorFromTheRosterAndFollowsIt() throws Exception {
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(FLOOR, 4, 8, 3, 10.0));
        try (Emulator emulator = new Emulator(config).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "collector");
                RecordPublisher pipeline = new RecordPublisher(broker.bootstrapServers(), "pipeline");
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore collectorHistory = HistoryStore.openOrFail(dir.resolve("collector"), Duration.ofDays(9),
                        Clock.systemUTC())) {
            broker.createTopic(AGENTS, 3);
            broker.createTopic(METRICS, 3);
            emulator.publishQueueMetrics(pipeline, METRICS);
            LiveState collectorFloor = new LiveState();
            try (Collector collector = new Collector(gateway, collectorFloor, collectorHistory.writer(),
                    ChannelPoolSettings.standard(), publisher, AGENTS, null, ROSTER, Clock.systemUTC(),
                    Duration.ofSeconds(1))) {
                collector.start();
                TopicSnapshot roster = new TopicSnapshot(broker.bootstrapServers(), Clock.systemUTC());
                await("the collector's roster lists every agent and queue", () -> {
                    Map<String, RosterRecord> latest = roster.read(ROSTER, "test", new RosterCodec(),
                            Duration.ofSeconds(10)).latest();
                    return latest.values().stream().filter(r -> r instanceof RosterRecord.AgentEntry).count() == FLOOR
                            && latest.values().stream().filter(r -> r instanceof RosterRecord.QueueEntry).count()
                            == emulator.org().queues().size();
                });

                try (KafkaFloorRuntime wall = KafkaFloorRuntime.start(broker.bootstrapServers(), AGENTS, ROSTER,
                        METRICS, "wallboard-1", dir.resolve("wall"), Settings.defaults())) {
                    wall.firstRead().toCompletableFuture().get(60, TimeUnit.SECONDS);
                    LiveState floor = wall.live();
                    assertThat(floor.size()).isEqualTo(FLOOR);
                    for (EmUser user : emulator.org().users()) {
                        LiveAgent shown = floor.get(user.id()).orElseThrow();
                        LiveAgent read = collectorFloor.get(user.id()).orElseThrow();
                        assertThat(shown.agent()).as("name, email, team, title").isEqualTo(read.agent());
                        assertThat(shown.agent().name()).isEqualTo(user.name());
                        assertThat(shown.queues()).as("queues of %s", user.name()).isEqualTo(membership(emulator)
                                .getOrDefault(user.id(), List.of())).isNotEmpty();
                        assertThat(shown.skills()).isEqualTo(read.skills());
                    }
                    assertThat(floor.all()).extracting(a -> a.agent().team()).anyMatch(team -> !team.isEmpty());
                    assertThat(floor.queues().values()).extracting(RoutingQueue::name)
                            .containsExactlyInAnyOrderElementsOf(emulator.org().queues().stream().map(EmQueue::name)
                                    .toList());
                    assertThat(floor.queues().values()).allMatch(q -> q.settings().media().containsKey("call"));
                    await("queue samples, named by the roster's directory", () -> !wall.queueSamples().get().isEmpty()
                            && wall.queueSamples().get().stream().allMatch(s -> floor.queues().containsKey(
                                    s.snapshot().queueId())));

                    // A still floor: the wallboard must end with exactly the states the collector read and published.
                    emulator.simulator().close();
                    await("every agent in the collector's state", () -> mismatches(collectorFloor, floor).isEmpty());
                    assertThat(floor.all()).extracting(a -> a.state().presence()).contains(SystemPresence.ON_QUEUE);

                    EmUser someone = emulator.org().users().get(3);
                    SystemPresence next = someone.presence() == SystemPresence.BREAK ? SystemPresence.MEAL
                            : SystemPresence.BREAK;
                    long before = System.nanoTime();
                    emulator.org().setPresence(someone, next);
                    Await.until("the change followed", Duration.ofSeconds(10), () -> floor.get(someone.id())
                            .orElseThrow().state().presence() == next);
                    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));

                    assertThat(wall.agentHealth().source()).isEqualTo("Kafka " + AGENTS);
                    assertThat(wall.agentHealth().problem()).isEmpty();
                    assertThat(wall.queueHealth().source()).isEqualTo("Kafka " + METRICS);
                    assertThat(wall.alerts()).isNotNull();
                }
                assertThat(collector.health().problem()).doesNotContain("roster");
            }
        }
    }

    @Test
    void aRuntimeWithNoRosterYetSaysSoAndBuildsTheFloorOnceOneIsThere() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "collector")) {
            broker.createTopic(AGENTS, 3);
            try (KafkaFloorRuntime wall = KafkaFloorRuntime.start(broker.bootstrapServers(), AGENTS, ROSTER,
                    METRICS, "", dir.resolve("wall"), Settings.defaults())) {
                await("the missing roster named", () -> wall.agentHealth().problem().contains("No roster topic "
                        + ROSTER));
                assertThat(wall.live().size()).isZero();
                Instant now = Instant.now();
                RosterRecord.AgentEntry ada = new RosterRecord.AgentEntry(new Agent("u-1", "Ada", null, "Billing"),
                        new AgentState("u-1", SystemPresence.AVAILABLE, null, now, RoutingStatus.OFF_QUEUE, now),
                        List.of(), List.of(), List.of(), now);
                publisher.send(ROSTER, ada.key(), new RosterCodec().encode(ada));
                publisher.send(ROSTER, "u-bad", "{\"type\":\"agent\"}".getBytes(StandardCharsets.UTF_8));
                publisher.flush();
                await("the floor built on the next try", () -> wall.live().size() == 1);
                assertThat(wall.live().get("u-1").orElseThrow().agent().team()).isEqualTo("Billing");
                wall.history().writer().flush(Duration.ofSeconds(10));
                // Read on every try that found it: each time it is rejected, with the field at fault.
                assertThat(wall.history().rejected().newest(null, null, 10)).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.reason()).startsWith("agentId is missing"));
            }
        }
    }

    private static Map<String, List<String>> membership(Emulator emulator) {
        Map<String, List<String>> byAgent = new HashMap<>();
        for (EmQueue queue : emulator.org().queues()) {
            for (EmQueue.Member member : queue.members()) {
                byAgent.computeIfAbsent(member.userId(), k -> new ArrayList<>()).add(queue.name());
            }
        }
        byAgent.values().forEach(names -> names.sort(String.CASE_INSENSITIVE_ORDER));
        return byAgent;
    }

    private static List<String> mismatches(LiveState collector, LiveState floor) {
        List<String> wrong = new ArrayList<>();
        for (LiveAgent truth : collector.all()) {
            LiveAgent seen = floor.get(truth.id()).orElse(null);
            if (seen == null || seen.state().presence() != truth.state().presence()
                    || seen.state().routingStatus() != truth.state().routingStatus()) {
                wrong.add(truth.agent().name() + ": " + truth.state() + " shown as "
                        + (seen == null ? null : seen.state()));
            }
        }
        return wrong;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Await.until(what, Duration.ofSeconds(60), condition);
    }
}
