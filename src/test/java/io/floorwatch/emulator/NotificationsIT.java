package io.floorwatch.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.NotificationChannel;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.testkit.Await;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notification service: channels over the SDK, the stream over a Java-WebSocket client. */
class NotificationsIT {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private Emulator emulator;
    private GenesysGateway gateway;
    private final List<TestSocket> sockets = new ArrayList<>();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.fastTimers(30, Duration.ofSeconds(3), Duration.ofMillis(300))).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
    }

    @AfterEach
    void stop() {
        sockets.forEach(TestSocket::close);
        gateway.close();
        emulator.close();
    }

    private TestSocket open(NotificationChannel channel) throws InterruptedException {
        TestSocket socket = TestSocket.open(channel.connectUri());
        sockets.add(socket);
        return socket;
    }

    /** Opens a socket and waits for a heartbeat, which proves the server has attached it to the channel. */
    private TestSocket openAttached(NotificationChannel channel) throws InterruptedException {
        TestSocket socket = open(channel);
        socket.next(TestSocket.topic("channel.metadata"), Duration.ofSeconds(5));
        return socket;
    }

    @Test
    void aCombinedTopicArrivesAsSeparatePresenceAndRoutingStatusEvents() throws Exception {
        EmUser user = emulator.org().users().get(3);
        NotificationChannel channel = gateway.createChannel();
        gateway.subscribe(channel.id(), List.of("v2.users." + user.id() + "?presence&routingStatus"));
        TestSocket socket = openAttached(channel);

        emulator.org().setPresence(user, SystemPresence.ON_QUEUE);
        emulator.org().setRoutingStatus(user, RoutingStatus.INTERACTING);

        JsonNode presence = socket.next(TestSocket.topic("v2.users." + user.id() + ".presence"), Duration.ofSeconds(5));
        assertThat(presence.get("version").asText()).isEqualTo("2");
        assertThat(presence.at("/eventBody/presenceDefinition/systemPresence").asText()).isEqualTo("ON_QUEUE");
        assertThat(presence.at("/eventBody/presenceDefinition/id").asText())
                .isEqualTo("e08eaf1b-ee47-4fa9-a231-1200e284798f");
        assertThat(presence.at("/metadata/CorrelationId").asText()).matches("[0-9a-f-]{36}");
        JsonNode routing = socket.next(TestSocket.topic("v2.users." + user.id() + ".routingStatus"),
                Duration.ofSeconds(5));
        assertThat(routing.at("/eventBody/id").asText()).isEqualTo(user.id());
        assertThat(routing.at("/eventBody/routingStatus/status").asText()).isEqualTo("INTERACTING");
        assertThat(routing.at("/eventBody/routingStatus/startTime").asText()).endsWith("Z");
    }

    @Test
    void aPresenceOrMembershipChangeMadeThroughTheApiIsPublishedAsARealOrgDoes() throws Exception {
        EmQueue queue = emulator.org().queues().get(0);
        EmUser user = emulator.org().users().stream().filter(u -> queue.member(u.id()).isPresent()).findFirst()
                .orElseThrow();
        gateway.agentControls().setJoined(queue.id(), user.id(), true);
        NotificationChannel channel = gateway.createChannel();
        String prefix = "v2.users." + user.id();
        gateway.subscribe(channel.id(), List.of(prefix + ".presence", prefix + ".routingStatus", prefix + ".activity",
                "v2.routing.queues." + queue.id() + ".users"));
        TestSocket socket = openAttached(channel);
        String breakId = emulator.org().presences().of(SystemPresence.BREAK).id();

        gateway.agentControls().setPresence(user.id(), breakId);

        JsonNode presence = socket.next(TestSocket.topic(prefix + ".presence").and(
                e -> e.at("/eventBody/presenceDefinition/systemPresence").asText().equals("BREAK")), WAIT);
        assertThat(presence.at("/eventBody/presenceDefinition/id").asText()).isEqualTo(breakId);
        socket.next(TestSocket.topic(prefix + ".activity").and(
                e -> e.at("/eventBody/presence/presenceDefinition/systemPresence").asText().equals("BREAK")), WAIT);

        gateway.agentControls().setJoined(queue.id(), user.id(), false);

        JsonNode member = socket.next(TestSocket.topic("v2.routing.queues." + queue.id() + ".users"), WAIT);
        assertThat(member.at("/eventBody/id").asText()).isEqualTo(user.id());
        assertThat(member.at("/eventBody/joined").asBoolean(true)).isFalse();
        JsonNode activity = socket.next(TestSocket.topic(prefix + ".activity").and(e -> !activeQueues(e).contains(
                queue.id())), WAIT);
        assertThat(activeQueues(activity)).as("only joined queues are active")
                .allSatisfy(id -> assertThat(queueOf(id).member(user.id()).orElseThrow().joined()).isTrue());

        gateway.agentControls().logOut(user.id());

        socket.next(TestSocket.topic(prefix + ".presence").and(
                e -> e.at("/eventBody/presenceDefinition/systemPresence").asText().equals("OFFLINE")), WAIT);
        socket.next(TestSocket.topic(prefix + ".activity").and(
                e -> e.at("/eventBody/routingStatus/status").asText().equals("OFF_QUEUE")
                        && e.at("/eventBody/presence/presenceDefinition/systemPresence").asText().equals("OFFLINE")),
                WAIT);
    }

    private static List<String> activeQueues(JsonNode activity) {
        List<String> ids = new ArrayList<>();
        activity.at("/eventBody/activeQueueIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private EmQueue queueOf(String id) {
        return emulator.org().queue(id).orElseThrow();
    }

    @Test
    void sendsHeartbeatsAndAnswersPing() throws Exception {
        TestSocket socket = open(gateway.createChannel());
        JsonNode heartbeat = socket.next(TestSocket.topic("channel.metadata"), Duration.ofSeconds(3));
        assertThat(heartbeat.at("/eventBody/message").asText()).isEqualTo("WebSocket Heartbeat");
        socket.send("{\"message\":\"ping\"}");
        socket.next(f -> "pong".equals(f.at("/eventBody/message").asText()), Duration.ofSeconds(3));
    }

    @Test
    void silenceStopsHeartbeatsAndPongs() throws Exception {
        TestSocket socket = open(gateway.createChannel());
        socket.next(TestSocket.topic("channel.metadata"), Duration.ofSeconds(3));
        emulator.streaming().silent(true);
        socket.frames.clear();
        socket.send("{\"message\":\"ping\"}");
        Await.quietFor("heartbeat or pong from a silent server", Duration.ofSeconds(1), () -> !socket.frames.isEmpty());
    }

    @Test
    void announcesSocketClosingThenCloses() throws Exception {
        TestSocket socket = openAttached(gateway.createChannel());
        emulator.socketClosing(Duration.ofMillis(500));
        socket.next(TestSocket.topic("v2.system.socket_closing"), Duration.ofSeconds(3));
        assertThat(socket.isOpen()).isTrue();
        assertThat(socket.awaitClose(Duration.ofSeconds(3))).isTrue();
        assertThat(socket.closedByRemote).isTrue();
    }

    @Test
    void aDroppedSocketIsSeenByTheClient() throws Exception {
        TestSocket socket = openAttached(gateway.createChannel());
        emulator.streaming().dropAll();
        assertThat(socket.awaitClose(Duration.ofSeconds(5))).isTrue();
        assertThat(socket.closeCode).isNotEqualTo(1000);
    }

    @Test
    void anExpiredChannelSaysNoLongerSubscribedAndCloses() throws Exception {
        NotificationChannel channel = gateway.createChannel();
        TestSocket socket = openAttached(channel);
        socket.next(TestSocket.topic("v2.system.no_longer_subscribed." + channel.id()), Duration.ofSeconds(6));
        assertThat(socket.awaitClose(Duration.ofSeconds(3))).isTrue();
        assertThat(gateway.channelExists(channel.id())).isFalse();
    }

    @Test
    void resubscribingRenewsTheChannelsLease() throws Exception {
        // The emulator's own clock, moved by hand: four seconds of a three-second lease pass without waiting.
        MovableClock clock = new MovableClock(Instant.now());
        try (Emulator leased = new Emulator(TestEmulators.fastTimers(5, Duration.ofSeconds(3), Duration.ofMillis(300)),
                clock).start();
                GenesysGateway client = GenesysGateway.connect(new Credentials(leased.baseUrl(), "demo", "demo"))) {
            NotificationChannel channel = client.createChannel();
            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofSeconds(1));
                client.replaceSubscriptions(channel.id(), List.of("v2.users.abc.presence"));
                leased.channels().expire();
            }
            assertThat(client.channelExists(channel.id())).as("renewed within each lease").isTrue();
            clock.advance(Duration.ofSeconds(4));
            leased.channels().expire();
            assertThat(client.channelExists(channel.id())).as("a lease not renewed runs out").isFalse();
        }
    }

    @Test
    void refusesMoreThanAThousandTopicsOnAChannel() {
        NotificationChannel channel = gateway.createChannel();
        List<String> topics = IntStream.range(0, 1_001).mapToObj(i -> "v2.users.u" + i + ".presence").toList();
        assertThatThrownBy(() -> gateway.subscribe(channel.id(), topics))
                .isInstanceOfSatisfying(GenesysException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("1000 topics");
                });
        assertThat(gateway.subscribe(channel.id(), topics.subList(0, 1_000))).hasSize(1_000);
    }

    @Test
    void aTwentyFirstChannelReplacesTheOldestIdleOne() throws Exception {
        List<NotificationChannel> channels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            channels.add(gateway.createChannel());
        }
        openAttached(channels.get(0));
        NotificationChannel extra = gateway.createChannel();
        assertThat(gateway.channelExists(extra.id())).isTrue();
        assertThat(gateway.channelExists(channels.get(0).id())).isTrue();
        assertThat(gateway.channelExists(channels.get(1).id())).isFalse();
        assertThat(gateway.channels()).hasSize(20);
    }

    @Test
    void eachOAuthClientHasItsOwnTwentyChannels() {
        try (Emulator two = new Emulator(TestEmulators.still(10).withAnotherClient("collector-2", "s2")).start();
                GenesysGateway first = GenesysGateway.connect(new Credentials(two.baseUrl(), "demo", "demo"));
                GenesysGateway second = GenesysGateway.connect(new Credentials(two.baseUrl(), "collector-2", "s2"))) {
            List<NotificationChannel> firsts = new ArrayList<>();
            List<NotificationChannel> seconds = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                firsts.add(first.createChannel());
                seconds.add(second.createChannel());
            }
            // Forty channels at once: twenty per client, none replaced.
            assertThat(first.channels()).hasSize(20);
            assertThat(second.channels()).hasSize(20).noneMatch(c -> firsts.stream()
                    .anyMatch(f -> f.id().equals(c.id())));
            assertThat(firsts).allMatch(c -> first.channelExists(c.id()));
            // A 21st of the second client replaces the second client's oldest, not the first client's.
            second.createChannel();
            assertThat(second.channelExists(seconds.get(0).id())).isFalse();
            assertThat(firsts).allMatch(c -> first.channelExists(c.id()));
            assertThat(first.channels()).hasSize(20);
            // Each client's topics are its own too: 1,000 on a channel of each.
            List<String> topics = IntStream.range(0, 1_000).mapToObj(i -> "v2.users.u" + i + ".presence").toList();
            assertThat(first.subscribe(firsts.get(5).id(), topics)).hasSize(1_000);
            assertThat(second.subscribe(seconds.get(5).id(), topics)).hasSize(1_000);
        }
        try (Emulator two = new Emulator(TestEmulators.still(10).withAnotherClient("collector-2", "s2")).start();
                GenesysGateway wrong = GenesysGateway.connect(new Credentials(two.baseUrl(), "collector-2", "s3"))) {
            assertThatThrownBy(wrong::channels).as("each client has its own secret")
                    .isInstanceOf(GenesysException.class);
        }
    }

    @Test
    void aSecondSocketOnTheSameChannelClosesTheFirst() throws Exception {
        NotificationChannel channel = gateway.createChannel();
        TestSocket first = openAttached(channel);
        TestSocket second = openAttached(channel);
        assertThat(first.awaitClose(Duration.ofSeconds(3))).isTrue();
        assertThat(second.isOpen()).isTrue();
    }

    @Test
    void anUnknownChannelCannotBeOpened() throws Exception {
        NotificationChannel channel = gateway.createChannel();
        TestSocket socket = new TestSocket(channel.connectUri().replace(channel.id(), "streaming-0-unknown"));
        assertThat(socket.connectBlocking(3, TimeUnit.SECONDS)).isFalse();
    }
}
