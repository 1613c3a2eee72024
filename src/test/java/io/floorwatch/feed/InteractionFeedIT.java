package io.floorwatch.feed;

import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmConversation;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryDatabase;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.history.InteractionHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents' interactions through the direct feed against the emulator (the real SDK, the real WebSocket client):
 * conversations arrive on the agents' conversations topic, go to the live floor and to history; and what changed
 * while no notification came through (the socket silent) is put right by the re-read after the reconnect.
 */
class InteractionFeedIT {
    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryDatabase database;
    private HistoryWriter writer;
    private GenesysAgentFeed feed;
    private final LiveState live = new LiveState();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(40)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        database = HistoryDatabase.open(dir.resolve("history"));
        writer = HistoryWriter.standard(database, Clock.systemUTC()).start();
        feed = new GenesysAgentFeed(gateway, live, writer, FeedIT.FAST, Clock.systemUTC());
        feed.start();
        FeedIT.await("the floor read and the channel open", Duration.ofSeconds(30), () -> !live.queues().isEmpty()
                && feed.health().channelsOpen() == 1);
    }

    @AfterEach
    void stop() {
        feed.close();
        writer.close();
        database.close();
        gateway.close();
        emulator.close();
    }

    /** An agent who is a member of some queue, and that queue. */
    private EmUser member(int nth) {
        return emulator.org().users().stream().filter(u -> !emulator.org().queueIdsOf(u.id()).isEmpty())
                .skip(nth).findFirst().orElseThrow();
    }

    private EmConversation call(String id, EmUser agent, Instant connected) {
        String queueId = emulator.org().queueIdsOf(agent.id()).iterator().next();
        return new EmConversation(id, agent.id(), queueId, MediaType.CALL, "Customer", "tel:+15550000001",
                connected.minusSeconds(20), connected, null, null, null, true);
    }

    private List<String> shown(EmUser agent) {
        return live.get(agent.id()).map(a -> a.interactions().stream().map(i -> i.conversationId() + " "
                + i.phase()).toList()).orElse(List.of());
    }

    @Test
    void notificationsCarryConversationsAndAReReadAfterASilenceCatchesUp() throws Exception {
        EmUser ada = member(0);
        EmUser ben = member(1);
        // Event times as Genesys stamps them: the moment each change happens.
        EmConversation first = call("c-first", ada, Instant.now());
        emulator.org().putConversation(first);
        FeedIT.await("the call on the floor", Duration.ofSeconds(10), () -> shown(ada).equals(
                List.of("c-first CONNECTED")));
        EmConversation held = first.hold(Instant.now());
        emulator.org().putConversation(held);
        FeedIT.await("the call on hold", Duration.ofSeconds(10), () -> shown(ada).equals(List.of("c-first HELD")));

        // The socket goes quiet: nothing of what follows is notified.
        emulator.streaming().silent(true);
        long reconnects = feed.health().reconnects();
        emulator.org().putConversation(held.disconnect(Instant.now()).wrapUp(Instant.now()));
        emulator.org().putConversation(call("c-second", ada, Instant.now()).disconnect(Instant.now()));
        Instant bensCall = Instant.now();
        emulator.org().putConversation(call("c-third", ben, bensCall));
        assertThat(shown(ada)).as("nothing came through").containsExactly("c-first HELD");

        // The watchdog notices the silence and reconnects; the re-read that follows finds what happened: the first
        // call over, the second in after-call work (Ada's conversation summary says one call is), Ben's call
        // connected. No notification can have told it: none were sent.
        FeedIT.await("a reconnect after the silence", Duration.ofSeconds(20), () -> feed.health().reconnects()
                > reconnects);
        emulator.streaming().silent(false);
        try {
            FeedIT.await("the floor caught up", Duration.ofSeconds(20), () -> shown(ada).equals(
                    List.of("c-second ACW")) && shown(ben).equals(List.of("c-third CONNECTED")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": Ada " + shown(ada) + ", Ben " + shown(ben), e);
        }
        Interaction third = live.get(ben.id()).orElseThrow().interactions().get(0);
        assertThat(third.connectedAt()).as("when it began, from the activity read").isEqualTo(
                bensCall.truncatedTo(ChronoUnit.MILLIS));

        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();
        Path csv = dir.resolve("interactions.csv");
        long rows = new InteractionHistory(database).exportCsv(null, null, csv.toFile());
        assertThat(rows).isGreaterThanOrEqualTo(5);
        assertThat(Files.readString(csv)).contains(",c-first,call,HELD,", ",c-first,call,ENDED,",
                ",c-third,call,CONNECTED,");
    }
}
