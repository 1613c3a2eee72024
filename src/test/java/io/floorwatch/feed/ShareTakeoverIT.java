package io.floorwatch.feed;

import io.floorwatch.app.Main;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ShareLayout;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.AgentStateCodec;
import io.floorwatch.kafka.AgentTopicRecord;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.kafka.ShareGroup;
import io.floorwatch.kafka.TopicConsumer;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two shares, three collectors, each with its own OAuth client, over one emulator org: collector B (a separate
 * process, so it can really be killed) and collector A share the org, C stands by. B is killed with SIGKILL (no
 * goodbye to the group); the desktop names B's share as silent, C takes it over within the group's bound, and
 * after agents of both shares change, every agent's final state is in the desktop's history exactly once.
 */
class ShareTakeoverIT {
    private static final String TOPIC = "agent-state";
    private static final String SHARES = "hash:0/2;hash:1/2";

    @TempDir
    Path dir;

    /** The newest heartbeat of every share, as the topic carries them. */
    private final Map<String, CollectorHeartbeat> owners = new ConcurrentHashMap<>();
    private final Map<String, CollectorHeartbeat> byCollector = new ConcurrentHashMap<>();

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aKilledCollectorsShareIsTakenOverAndEveryFinalStateReachesHistoryOnce() throws Exception {
        ShareLayout layout = ShareLayout.parse(SHARES);
        try (Emulator emulator = new Emulator(TestEmulators.still(40).withAnotherClient("collector-b", "sb")
                .withAnotherClient("collector-c", "sc")).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                HistoryStore desktopHistory = HistoryStore.openOrFail(dir.resolve("desktop"), Duration.ofDays(9),
                        Clock.systemUTC());
                HistoryStore collectorHistory = HistoryStore.openOrFail(dir.resolve("collectors"),
                        Duration.ofDays(9), Clock.systemUTC());
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "collectors");
                GenesysGateway gatewayA = connect(emulator, "demo", "demo");
                GenesysGateway gatewayC = connect(emulator, "collector-c", "sc");
                GenesysGateway desktopGateway = connect(emulator, "demo", "demo");
                TopicConsumer<AgentTopicRecord> heartbeats = new TopicConsumer<>(new KafkaSettings(
                        broker.bootstrapServers(), TOPIC, "it-heartbeats"), "it-heartbeats",
                        TopicConsumer.Start.EARLIEST, new AgentStateCodec(), new Heartbeats(), Clock.systemUTC())) {
            broker.createTopic(TOPIC, 3);
            heartbeats.start();
            LiveState desktop = new LiveState();
            try (KafkaAgentFeed feed = new KafkaAgentFeed(desktopGateway, desktop, desktopHistory.writer(),
                    new KafkaSettings(broker.bootstrapServers(), TOPIC, "desk-1"), Clock.systemUTC(),
                    Duration.ofSeconds(7), ZoneOffset.UTC)) {
                feed.start();
                // B first, alone in the group: it takes both shares.
                Process b = collectorProcess(emulator, broker);
                try {
                    await("B follows both shares", Duration.ofSeconds(40), () -> owners.size() == 2
                            && !owners.get("hash:0/2").collector().equals("a"));
                    String bName = owners.get("hash:0/2").collector();
                    try (ShareMember a = member(layout, broker, "a", gatewayA, publisher, collectorHistory);
                            ShareMember c = member(layout, broker, "c", gatewayC, publisher, collectorHistory)) {
                        a.start();
                        // The cooperative sticky assignor moves one share to A and leaves B the other.
                        await("A and B follow one share each", Duration.ofSeconds(30), () -> a.following().size() == 1
                                && owners.values().stream().map(CollectorHeartbeat::collector).distinct().count() == 2
                                && owners.values().stream().anyMatch(h -> h.collector().equals("a"))
                                && seenFollowingOne(bName));
                        c.start();
                        await("C stands by", Duration.ofSeconds(20), () -> byCollector.containsKey("c")
                                && byCollector.get("c").share().equals(CollectorHeartbeat.STANDBY));
                        assertThat(c.following()).isEmpty();
                        String bShare = owners.entrySet().stream().filter(e -> e.getValue().collector().equals(bName))
                                .map(Map.Entry::getKey).findFirst().orElseThrow();
                        await("the desktop seeded", Duration.ofSeconds(20), () -> desktop.size() == 40);

                        b.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: B leaves no word
                        Instant killed = Instant.now();
                        AtomicReference<String> notice = new AtomicReference<>("");
                        await("C follows B's share", Duration.ofSeconds(40), () -> {
                            if (feed.health().problem().startsWith("Share " + bShare + " silent since")) {
                                notice.set(feed.health().problem());
                            }
                            return c.following().equals(List.of(bShare))
                                    && owners.get(bShare).collector().equals("c");
                        });
                        Duration takeover = Duration.between(killed, Instant.now());
                        assertThat(takeover).as("within the session timeout plus a rebalance and a seed")
                                .isLessThan(ShareGroup.SESSION_TIMEOUT.plusSeconds(10));
                        assertThat(notice.get()).as("the desktop named the silent share while it was")
                                .contains("last heard from collector " + bName);
                        assertThat(a.following()).doesNotContain(bShare).hasSize(1);

                        await("C's share read", Duration.ofSeconds(20), () -> c.health().agents() > 0);
                        assertThat(List.of(a.health().problem(), c.health().problem()))
                                .as("the hash shares cover the directory each read, once").noneMatch(p -> p
                                        .contains("share list"));
                        changeAgentsOfBothShares(emulator);
                        await("every agent's final state in history", Duration.ofSeconds(30),
                                () -> desktopHistory.writer().flush(Duration.ofSeconds(5))
                                        && missingOrTwice(emulator, desktopHistory).isEmpty());
                        assertThat(missingOrTwice(emulator, desktopHistory)).isEmpty();
                        assertThat(desktop.staleSince()).as("A and C still speak").isEmpty();
                    }
                } finally {
                    b.destroyForcibly();
                }
            }
        }
    }

    private boolean seenFollowingOne(String bName) {
        return owners.values().stream().filter(h -> h.collector().equals(bName)).count() == 1;
    }

    /** Eight agents of each share change state, after the takeover. */
    private static void changeAgentsOfBothShares(Emulator emulator) {
        int[] changed = new int[2];
        for (EmUser user : emulator.org().users()) {
            int bucket = io.floorwatch.domain.Share.Hash.bucket(user.id(), 2);
            if (changed[bucket] < 8) {
                changed[bucket]++;
                if (user.status().presence() == SystemPresence.ON_QUEUE) {
                    emulator.org().setPresence(user, SystemPresence.BREAK);
                } else {
                    emulator.org().setPresence(user, SystemPresence.ON_QUEUE);
                    emulator.org().setRoutingStatus(user, RoutingStatus.IDLE);
                }
            }
        }
        assertThat(changed).containsExactly(8, 8);
    }

    /**
     * For every agent of the org, what is wrong with its history: its final presence or routing status (as the
     * emulator holds them, with their "since" times) missing, stored more than once, or followed by another row.
     */
    private static List<String> missingOrTwice(Emulator emulator, HistoryStore history) {
        List<String> wrong = new ArrayList<>();
        Instant end = Instant.now().plus(Duration.ofDays(1));
        for (EmUser user : emulator.org().users()) {
            EmUser.Status truth = user.status();
            List<AgentStateEvent> rows = history.states().timeline(user.id(), Instant.EPOCH, end);
            check(wrong, user.id(), rows, StateKind.PRESENCE, truth.presence().name(), truth.presenceModified());
            check(wrong, user.id(), rows, StateKind.ROUTING, truth.routingStatus().name(), truth.routingStart());
        }
        return wrong;
    }

    private static void check(List<String> wrong, String agent, List<AgentStateEvent> rows, StateKind kind,
            String state, Instant exact) {
        Instant since = exact.truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // history keeps milliseconds
        List<AgentStateEvent> ofKind = rows.stream().filter(e -> e.kind() == kind).toList();
        long times = ofKind.stream().filter(e -> e.state().equals(state) && e.at().equals(since)).count();
        boolean newest = !ofKind.isEmpty() && ofKind.stream().max((x, y) -> x.at().compareTo(y.at())).get().state()
                .equals(state);
        if (times != 1 || !newest) {
            wrong.add(agent + " " + kind + " " + state + " since " + since + " stored " + times + " times"
                    + (newest ? "" : ", not the newest row: " + ofKind));
        }
    }

    private ShareMember member(ShareLayout layout, EmbeddedBroker broker, String name, GenesysGateway gateway,
            RecordPublisher publisher, HistoryStore history) {
        Duration beat = Duration.ofSeconds(1);
        return new ShareMember(layout, new ShareMember.ShareGroupSettings(broker.bootstrapServers(),
                ShareMember.controlTopicOf(TOPIC), ShareGroup.SESSION_TIMEOUT), name, Clock.systemUTC(), beat,
                (index, live, directory) -> new Collector(gateway, live, history.writer(), FeedIT.FAST, publisher,
                        TOPIC, null, null, Clock.systemUTC(), beat, layout.get(index), name, directory),
                (key, value) -> publisher.send(TOPIC, key, value));
    }

    /** {@code floorwatch collect --shares ...} in a JVM of its own, with its own OAuth client and home. */
    private Process collectorProcess(Emulator emulator, EmbeddedBroker broker) throws IOException {
        Path home = Files.createDirectories(dir.resolve("b-home"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "collect", "--env", emulator.baseUrl(), "--client-id", "collector-b", "--kafka",
                broker.bootstrapServers(), "--agent-topic", TOPIC, "--metrics-topic", "queue-metrics",
                "--shares", SHARES, "--db", home.resolve("collector").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
        builder.environment().put("FLOORWATCH_CLIENT_SECRET", "sb");
        builder.environment().put("FLOORWATCH_HOME", home.toString());
        return builder.start();
    }

    private static GenesysGateway connect(Emulator emulator, String id, String secret) {
        return GenesysGateway.connect(new Credentials(emulator.baseUrl(), id, secret));
    }

    private void await(String what, Duration within, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        try {
            Await.until(what, within, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; heartbeats by share " + owners + "; B said: " + said(), e);
        }
    }

    private String said() {
        try {
            Path out = dir.resolve("b-home/out.txt");
            if (!Files.exists(out)) {
                return "(nothing)";
            }
            List<String> lines = Files.readAllLines(out);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Keeps the newest heartbeat of each share and of each collector. */
    private final class Heartbeats implements TopicConsumer.Sink<AgentTopicRecord> {
        @Override
        public void accept(List<AgentTopicRecord> values, List<RejectedMessage> rejected) {
            for (AgentTopicRecord value : values) {
                if (value instanceof AgentTopicRecord.Heartbeat beat) {
                    CollectorHeartbeat h = beat.heartbeat();
                    byCollector.put(h.collector(), h);
                    if (h.namesAShare()) {
                        owners.merge(h.share(), h, (old, now) -> now.at().isBefore(old.at()) ? old : now);
                    }
                }
            }
        }

        @Override
        public CompletableFuture<Boolean> stored() {
            return CompletableFuture.completedFuture(true);
        }
    }
}
