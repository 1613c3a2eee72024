package io.floorwatch.feed;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.EmWorkforce;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryDatabase;
import io.floorwatch.history.AdherenceHistory;
import io.floorwatch.history.HistoryWriter;
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

import static io.floorwatch.feed.FeedIT.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-time adherence from the emulator through the adherence feed: the first read fills the live adherence and the
 * schedules; each unit's topic brings changes within the second; a change missed while the socket was down is read
 * again after the reconnect; every record reaches history, which exports it.
 */
class AdherenceFeedIT {
    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryDatabase database;
    private HistoryWriter writer;
    private AdherenceFeed feed;
    private final LiveState live = new LiveState();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(40)).start();
        emulator.simulator().tick(System.currentTimeMillis());
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        database = HistoryDatabase.open(dir.resolve("history"));
        writer = HistoryWriter.standard(database, Clock.systemUTC()).start();
        feed = new AdherenceFeed(gateway, FeedIT.FAST, Clock.systemUTC(), live.adherence(), writer,
                Duration.ofMinutes(15)).start();
    }

    @AfterEach
    void stop() {
        feed.close();
        writer.close();
        database.close();
        gateway.close();
        emulator.close();
    }

    @Test
    void theFirstReadThenTheTopicsKeepEveryAgentsAdherenceAndScheduleLive() throws Exception {
        List<EmUser> users = emulator.org().users();
        EmWorkforce truth = emulator.org().workforce();
        await("every agent's adherence read", Duration.ofSeconds(20), () -> live.adherence().size() == users.size());
        await("every unit's topic followed", Duration.ofSeconds(20), () -> feed.health().channelsOpen() > 0
                && feed.health().topics() == truth.units().size());
        assertThat(feed.health().units()).isEqualTo(truth.units().size());
        assertThat(feed.health().agents()).isEqualTo(users.size());
        assertThat(feed.health().problem()).isEmpty();
        for (EmUser user : users) {
            assertThat(live.adherence().scheduleOf(user.id())).as(user.name()).get()
                    .satisfies(s -> assertThat(s.activities()).extracting(a -> a.category())
                            .contains(ActivityCategory.BREAK, ActivityCategory.MEAL));
            assertThat(live.adherence().of(user.id()).orElseThrow().state())
                    .isEqualTo(truth.adherence(user.id()).orElseThrow().state());
        }
        assertThat(feed.activityCodes()).hasSize(truth.activityCodes().size());

        // An agent leaves for a break nobody scheduled: the unit's topic says so within the second.
        EmUser agent = onQueueAsScheduled(users, truth);
        emulator.org().setPresence(agent, SystemPresence.BREAK);
        await("the unscheduled break shown", Duration.ofSeconds(5), () -> live.adherence().of(agent.id())
                .map(a -> a.out() && a.actual() == ActivityCategory.BREAK).orElse(false));
        long changes = feed.health().changes();
        assertThat(changes).isPositive();

        // It reaches history, and the export has it.
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        AdherenceHistory history = new AdherenceHistory(database);
        assertThat(history.count()).isGreaterThanOrEqualTo(users.size());
        Path csv = dir.resolve("adherence.csv");
        long rows = history.exportCsv(null, null, csv.toFile());
        assertThat(rows).isEqualTo(history.count());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("time,agent_id,management_unit_id,scheduled,actual,adherence,impact,"
                + "adherence_changed_time");
        assertThat(lines).anyMatch(l -> l.contains(agent.id()) && l.contains(",OnQueueWork,Break,OutOfAdherence,"
                + "Negative,"));
    }

    @Test
    void aChangeMissedWhileTheSocketWasDownIsReadAgainAfterTheReconnect() {
        List<EmUser> users = emulator.org().users();
        EmWorkforce truth = emulator.org().workforce();
        // Subscribing reads again what may have changed meanwhile: that read done, the floor is quiet.
        await("the first read, the topics and the read after subscribing", Duration.ofSeconds(20),
                () -> live.adherence().size() == users.size() && feed.health().channelsOpen() > 0
                        && feed.health().rereads() >= 1);
        EmUser agent = onQueueAsScheduled(users, truth);

        long rereadsBefore = feed.health().rereads();
        emulator.streaming().silent(true);
        emulator.org().setPresence(agent, SystemPresence.MEAL);
        Instant changedAt = truth.adherence(agent.id()).orElseThrow().changedAt();
        assertThat(live.adherence().of(agent.id()).orElseThrow().out()).as("not heard while silent").isFalse();
        emulator.streaming().silent(false);
        emulator.streaming().dropAll();

        await("re-read after the reconnect", Duration.ofSeconds(20), () -> feed.health().rereads() > rereadsBefore);
        Adherence shown = live.adherence().of(agent.id()).orElseThrow();
        assertThat(shown.state()).isEqualTo(AdherenceState.OUT_OF_ADHERENCE);
        assertThat(shown.actual()).isEqualTo(ActivityCategory.MEAL);
        assertThat(shown.changedAt()).isEqualTo(changedAt.truncatedTo(ChronoUnit.MILLIS));
    }

    /** An agent scheduled on queue now and on queue, so that a change of presence puts them out of adherence. */
    private EmUser onQueueAsScheduled(List<EmUser> users, EmWorkforce truth) {
        Instant now = Instant.now();
        EmUser agent = users.stream().filter(u -> truth.schedule(u.id()).orElseThrow().categoryAt(now).onQueue())
                .findFirst().orElseThrow(() -> new AssertionError("nobody is scheduled on queue now"));
        emulator.org().setPresence(agent, SystemPresence.ON_QUEUE);
        await("on queue shown", Duration.ofSeconds(5), () -> live.adherence().of(agent.id())
                .map(a -> a.actual() == ActivityCategory.ON_QUEUE_WORK).orElse(false));
        return agent;
    }
}
