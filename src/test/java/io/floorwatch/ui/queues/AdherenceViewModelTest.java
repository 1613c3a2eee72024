package io.floorwatch.ui.queues;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.testkit.MovableClock;
import io.floorwatch.testkit.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The adherence report without a toolkit: stored adherence records make the floor's, each team's and each agent's
 * share of scheduled time in adherence for today, worst first, beside who is out now; the report exports as CSV.
 */
class AdherenceViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-07T11:00:00Z");

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final LiveState live = new LiveState();
    private HistoryStore history;
    private AdherenceViewModel model;
    private final List<LiveAgent> agents = List.of(agent("a1", "Ana Lima", "Team Aurora"),
            agent("a2", "Bo Berg", "Team Aurora"), agent("a3", "Cy Chen", "Team Beacon"));

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        // From 09:00: Ana in all along; Bo out 09:30-10:30 (late back), in since; Cy out since 10:00 and now.
        heard("a1", 9 * 60, AdherenceState.IN_ADHERENCE, ActivityCategory.ON_QUEUE_WORK);
        heard("a2", 9 * 60, AdherenceState.IN_ADHERENCE, ActivityCategory.ON_QUEUE_WORK);
        heard("a2", 9 * 60 + 30, AdherenceState.OUT_OF_ADHERENCE, ActivityCategory.BREAK);
        heard("a2", 10 * 60 + 30, AdherenceState.IN_ADHERENCE, ActivityCategory.ON_QUEUE_WORK);
        heard("a3", 9 * 60, AdherenceState.IN_ADHERENCE, ActivityCategory.ON_QUEUE_WORK);
        heard("a3", 10 * 60, AdherenceState.OUT_OF_ADHERENCE, ActivityCategory.OFF_QUEUE_WORK);
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        model = new AdherenceViewModel(history.adherence(), () -> agents, live.adherence(), () -> "",
                new CurrentThreadTasks(), dialogs, new MovableClock(NOW), ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private void heard(String agent, int minuteOfDay, AdherenceState state, ActivityCategory actual) {
        Instant at = NOW.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(minuteOfDay));
        Adherence record = new Adherence(agent, "mu", ActivityCategory.ON_QUEUE_WORK, "c", actual, state,
                state == AdherenceState.OUT_OF_ADHERENCE ? AdherenceImpact.NEGATIVE : AdherenceImpact.NEUTRAL, at,
                false);
        history.writer().offer(record, at);
        live.adherence().apply(record);
    }

    private static LiveAgent agent(String id, String name, String team) {
        return new LiveAgent(new Agent(id, name, id + "@example.com", team), new AgentState(id,
                SystemPresence.ON_QUEUE, null, NOW, RoutingStatus.IDLE, NOW), List.of(), List.of(), 0);
    }

    @Test
    void todaysSharesComeFromTheStoredRecordsWorstFirstBesideWhoIsOutNow() {
        assertThat(model.exportCommand().executableProperty().get()).as("nothing to export yet").isFalse();
        model.refreshCommand().execute();

        assertThat(model.teams()).extracting(AdherenceLine::name, AdherenceLine::adherence, AdherenceLine::scheduled,
                AdherenceLine::out, AdherenceLine::now).containsExactly(
                        tuple("Floor", "67 %", "6 h 00 min", "2 h 00 min", "1 of 3 out now"),
                        tuple("Team Beacon", "50 %", "2 h 00 min", "1 h 00 min", "1 of 1 out now"),
                        tuple("Team Aurora", "75 %", "4 h 00 min", "1 h 00 min", "0 of 2 out now"));
        assertThat(model.agents()).extracting(AdherenceLine::name, AdherenceLine::team, AdherenceLine::adherence)
                .containsExactly(tuple("Bo Berg", "Team Aurora", "50 %"), tuple("Cy Chen", "Team Beacon", "50 %"),
                        tuple("Ana Lima", "Team Aurora", "100 %"));
        assertThat(model.agents().get(1).now()).isEqualTo("Out 1 h 00: Off-queue work, scheduled On queue "
                + "(negative)");
        assertThat(model.agents().get(2).now()).isEqualTo("In adherence: On queue");
        assertThat(model.messageProperty().get()).isEqualTo("Today, 00:00 to 11:00 (recorded from 09:00): the floor "
                + "67 % in adherence; 1 agent out of adherence now.");
    }

    @Test
    void theReportExportsTheFloorItsTeamsAndItsAgentsAsCsv() throws Exception {
        model.refreshCommand().execute();
        Path csv = dir.resolve("adherence.csv");
        dialogs.saveAs = csv.toFile();
        model.exportCommand().execute();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("level,id,name,team,from,to,scheduled_seconds,out_of_adherence_seconds,"
                + "adherence");
        assertThat(lines).hasSize(1 + 1 + 2 + 3);
        assertThat(lines.get(1)).startsWith("floor,Floor,,,").endsWith(",21600,7200,0.6667");
        assertThat(lines).anyMatch(l -> l.startsWith("team,Team Beacon,Team Beacon,,") && l.endsWith(",0.5000"));
        assertThat(lines).anyMatch(l -> l.startsWith("agent,a2,Bo Berg,Team Aurora,") && l.endsWith(
                ",7200,3600,0.5000"));
        assertThat(model.messageProperty().get()).startsWith("Exported 6 rows to");
    }

    @Test
    void aSpanWithNothingRecordedSaysWhy() {
        model.spanProperty().set(AdherenceSpan.LAST_HOUR);
        assertThat(model.teams()).isNotEmpty();
        try (HistoryStore empty = HistoryStore.openOrFail(dir.resolve("empty"), Duration.ofDays(9),
                Clock.systemUTC())) {
            AdherenceViewModel nothing = new AdherenceViewModel(empty.adherence(), () -> agents, live.adherence(),
                    () -> "", new CurrentThreadTasks(), dialogs, new MovableClock(NOW), ZoneId.of("UTC"));
            nothing.refreshCommand().execute();
            assertThat(nothing.messageProperty().get()).startsWith("No adherence recorded today:");

            // The feed says why it follows nothing: the supervisor may not see real-time adherence.
            AdherenceViewModel refused = new AdherenceViewModel(empty.adherence(), () -> agents, live.adherence(),
                    () -> "Adherence: missing permission wfm:realtimeAdherence:view", new CurrentThreadTasks(),
                    dialogs, new MovableClock(NOW), ZoneId.of("UTC"));
            refused.refreshCommand().execute();
            assertThat(refused.messageProperty().get()).isEqualTo("No adherence recorded today. Adherence: missing "
                    + "permission wfm:realtimeAdherence:view");
        }
    }
}
