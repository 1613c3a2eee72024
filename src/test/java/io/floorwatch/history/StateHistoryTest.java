package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateHistoryTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;
    private HistoryDatabase database;
    private HistoryWriter writer;
    private StateHistory history;

    @BeforeEach
    void open() {
        database = HistoryDatabase.open(dir.resolve("history"));
        writer = HistoryWriter.standard(database, Clock.systemUTC()).start();
        history = new StateHistory(database);
    }

    @AfterEach
    void close() {
        writer.close();
        database.close();
    }

    private static AgentStateEvent presence(String agent, SystemPresence presence, int minute) {
        return AgentStateEvent.presence(agent, presence, "def-" + presence.name(), T0.plusSeconds(minute * 60L));
    }

    private static AgentStateEvent routing(String agent, RoutingStatus status, int minute) {
        return AgentStateEvent.routing(agent, status, T0.plusSeconds(minute * 60L));
    }

    @Test
    void agentsFirstSeenTogetherInOneBatchEachKeepTheirOwnRows() {
        // One batch brings many agents the history has not numbered yet, one already numbered among them.
        writer.offer(presence("known", SystemPresence.AWAY, 0));
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        writer.offerAll(newcomersAndKnown("agent-"));
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();

        assertThat(history.count()).isEqualTo(302);
        assertEachNewcomerAndKnownKeptTheirOwnRows("agent-");
    }

    /** 300 agents the history has not numbered yet, and "known" changing among them. */
    private static List<AgentStateEvent> newcomersAndKnown(String prefix) {
        List<AgentStateEvent> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(presence(prefix + i, i % 2 == 0 ? SystemPresence.BREAK : SystemPresence.MEAL, i % 7));
        }
        events.add(presence("known", SystemPresence.ON_QUEUE, 3));
        return events;
    }

    private void assertEachNewcomerAndKnownKeptTheirOwnRows(String prefix) {
        for (int i = 0; i < 300; i++) {
            assertThat(history.timeline(prefix + i, T0.minusSeconds(60), T0.plusSeconds(3600)))
                    .extracting(AgentStateEvent::state)
                    .containsExactly(i % 2 == 0 ? "BREAK" : "MEAL");
        }
        assertThat(history.timeline("known", T0.minusSeconds(60), T0.plusSeconds(3600)))
                .extracting(AgentStateEvent::state).containsExactly("AWAY", "ON_QUEUE");
    }

    @Test
    void agentsFirstSeenByAWriterUsingAnotherProcessesFileAreNumberedAsWell() {
        // The second opening finds the file served by the first and writes through its server, as a command does
        // beside the window; the numbers it is handed back over the wire must be the rows' own.
        writer.offer(presence("known", SystemPresence.AWAY, 0));
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        try (HistoryDatabase guest = HistoryDatabase.open(dir.resolve("history"));
                HistoryWriter guestWriter = HistoryWriter.standard(guest, Clock.systemUTC()).start()) {
            guestWriter.offerAll(newcomersAndKnown("guest-"));
            assertThat(guestWriter.flush(Duration.ofSeconds(10))).as(guestWriter.lastProblem()).isTrue();
        }
        assertThat(history.count()).isEqualTo(302);
        assertEachNewcomerAndKnownKeptTheirOwnRows("guest-");
    }

    @Test
    void aWriterInsertingNewcomersWithoutLookingFindsThoseAnotherWriterNumberedMeanwhile() {
        // A new history: the first batch's look-up finds none of its newcomers, so the next batch inserts its own
        // without looking. Meanwhile a second writer of the file numbered some of them.
        writer.offer(presence("known", SystemPresence.AWAY, 0));
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        writer.offerAll(newcomersAndKnown("agent-"));
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        try (HistoryDatabase guest = HistoryDatabase.open(dir.resolve("history"));
                HistoryWriter guestWriter = HistoryWriter.standard(guest, Clock.systemUTC()).start()) {
            List<AgentStateEvent> theirs = new ArrayList<>();
            for (int i = 0; i < 100; i += 2) {
                theirs.add(routing("late-" + i, RoutingStatus.IDLE, 1));
            }
            guestWriter.offerAll(theirs);
            assertThat(guestWriter.flush(Duration.ofSeconds(10))).as(guestWriter.lastProblem()).isTrue();
        }
        List<AgentStateEvent> ours = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ours.add(routing("late-" + i, RoutingStatus.INTERACTING, 2));
        }
        writer.offerAll(ours);
        assertThat(writer.flush(Duration.ofSeconds(10))).as(writer.lastProblem()).isTrue();

        for (int i = 0; i < 100; i++) {
            assertThat(history.timeline("late-" + i, T0.minusSeconds(60), T0.plusSeconds(3600)))
                    .as("late-" + i).extracting(AgentStateEvent::state)
                    .containsExactlyElementsOf(i % 2 == 0 ? List.of("IDLE", "INTERACTING") : List.of("INTERACTING"));
        }
        assertThat(history.count()).isEqualTo(302 + 50 + 100);
        assertEachNewcomerAndKnownKeptTheirOwnRows("agent-");
    }

    @Test
    void replayedEventsKeepOneRowEach() {
        List<AgentStateEvent> events = List.of(presence("a", SystemPresence.ON_QUEUE, 0),
                routing("a", RoutingStatus.IDLE, 0), presence("a", SystemPresence.BREAK, 5));
        writer.offerAll(events);
        writer.offerAll(events);
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        writer.offerAll(events);
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();

        assertThat(history.count()).isEqualTo(3);
    }

    @Test
    void twoStatesInTheSameMillisecondAreBothKeptInArrivalOrderAndTheirReplaysAreNot() {
        // An interaction ends and the agent goes to Training at once: IDLE, then OFF_QUEUE, both at minute 3.
        List<AgentStateEvent> events = List.of(routing("a", RoutingStatus.INTERACTING, 1),
                routing("a", RoutingStatus.IDLE, 3), routing("a", RoutingStatus.OFF_QUEUE, 3));
        writer.offerAll(events);
        writer.offerAll(List.of(routing("a", RoutingStatus.OFF_QUEUE, 3), routing("a", RoutingStatus.IDLE, 3)));
        writer.offer(routing("a", RoutingStatus.IDLE, 7));
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();

        List<AgentStateEvent> timeline = history.timeline("a", T0, T0.plusSeconds(3600));
        assertThat(timeline).extracting(AgentStateEvent::state).containsExactly("INTERACTING", "IDLE", "OFF_QUEUE",
                "IDLE");
        assertThat(timeline.get(2).at()).isEqualTo(T0.plusSeconds(180).plusMillis(1));
        assertThat(history.count()).isEqualTo(4);
    }

    @Test
    void aRowTheSchemaRefusesCostsOnlyItselfAndTheFlushSaysSomethingWasLost() {
        String tooLong = "x".repeat(70);
        writer.offerAll(List.of(presence("a", SystemPresence.ON_QUEUE, 0), presence(tooLong, SystemPresence.BREAK, 1),
                presence("b", SystemPresence.AWAY, 2)));

        assertThat(writer.flush(Duration.ofSeconds(10))).isFalse();
        assertThat(history.count()).isEqualTo(2);
        assertThat(writer.dropped()).isEqualTo(1);
        assertThat(writer.lastProblem()).contains("refused");

        writer.offer(presence("c", SystemPresence.MEAL, 3));
        assertThat(writer.flush(Duration.ofSeconds(10))).as("the next flush is clean again").isTrue();
    }

    @Test
    void pagesWalkEveryRowOnceNewestFirst() {
        List<AgentStateEvent> events = new ArrayList<>();
        for (int agent = 0; agent < 7; agent++) {
            for (int minute = 0; minute < 13; minute++) {
                // Several agents share each minute, so the cursor must break ties within one millisecond.
                events.add(presence("agent-" + agent, SystemPresence.values()[minute % 10], minute));
                events.add(routing("agent-" + agent, RoutingStatus.values()[minute % 5], minute));
            }
        }
        writer.offerAll(events);
        writer.flush(Duration.ofSeconds(10));

        Set<StateCursor> seen = new HashSet<>();
        List<StateRow> walked = new ArrayList<>();
        StateCursor cursor = null;
        do {
            StatePage page = history.page(StateQuery.all(), cursor, 10);
            walked.addAll(page.rows());
            page.rows().forEach(row -> assertThat(seen.add(row.cursor())).isTrue());
            cursor = page.next().orElse(null);
        } while (cursor != null);

        assertThat(walked).hasSize(events.size());
        for (int i = 1; i < walked.size(); i++) {
            assertThat(walked.get(i).event().at()).isBeforeOrEqualTo(walked.get(i - 1).event().at());
        }
    }

    @Test
    void oneAgentsPagesAndFiltersByStateAndRange() {
        for (int minute = 0; minute < 30; minute++) {
            writer.offer(presence("a", minute % 2 == 0 ? SystemPresence.ON_QUEUE : SystemPresence.BREAK, minute));
            writer.offer(presence("b", SystemPresence.ON_QUEUE, minute));
        }
        writer.flush(Duration.ofSeconds(10));

        StateQuery onBreak = new StateQuery("a", Set.of("BREAK"), T0.plusSeconds(600), T0.plusSeconds(1200));
        List<StateRow> rows = new ArrayList<>();
        StateCursor cursor = null;
        do {
            StatePage page = history.page(onBreak, cursor, 2);
            rows.addAll(page.rows());
            cursor = page.next().orElse(null);
        } while (cursor != null);

        assertThat(rows).extracting(r -> r.event().at().getEpochSecond() - T0.getEpochSecond())
                .containsExactly(1140L, 1020L, 900L, 780L, 660L);
        assertThat(rows).allSatisfy(r -> assertThat(r.event().agentId()).isEqualTo("a"));
    }

    @Test
    void pageQueriesReadTheIndexInOrder() {
        writer.offer(presence("a", SystemPresence.ON_QUEUE, 0));
        writer.flush(Duration.ofSeconds(10));
        StateCursor cursor = new StateCursor(T0.toEpochMilli(), 1, 1);
        assertThat(history.plan(new StateQuery("a", Set.of(), null, null), cursor)).contains("index sorted")
                .containsIgnoringCase("ux_state_events_agent_ts_kind");
        assertThat(history.plan(new StateQuery("a", Set.of("IDLE"), T0, T0.plusSeconds(60)), null))
                .contains("index sorted");
        assertThat(history.plan(StateQuery.all(), cursor)).contains("index sorted")
                .containsIgnoringCase("ix_state_events_ts");
        assertThat(history.plan(StateQuery.all(), null)).contains("index sorted")
                .containsIgnoringCase("ix_state_events_ts");
        assertThat(history.plan(new StateQuery(null, Set.of("BREAK"), T0, null), null)).contains("index sorted");
    }

    @Test
    void timelineStartsWithTheStatesHeldWhenTheRangeBegins() {
        writer.offerAll(List.of(presence("a", SystemPresence.ON_QUEUE, -60), routing("a", RoutingStatus.IDLE, -50),
                routing("a", RoutingStatus.INTERACTING, 10), presence("a", SystemPresence.BREAK, 20),
                presence("b", SystemPresence.AWAY, 15)));
        writer.flush(Duration.ofSeconds(10));

        List<AgentStateEvent> timeline = history.timeline("a", T0, T0.plusSeconds(3600));

        assertThat(timeline).extracting(AgentStateEvent::state)
                .containsExactly("ON_QUEUE", "IDLE", "INTERACTING", "BREAK");
    }

    @Test
    void retentionDeletesOnlyOlderRows() {
        writer.offerAll(List.of(presence("a", SystemPresence.ON_QUEUE, 0), presence("a", SystemPresence.AWAY, 60),
                presence("a", SystemPresence.BREAK, 120)));
        writer.reject(new RejectedMessage(T0, "test", "bad", "{"));
        writer.flush(Duration.ofSeconds(10));

        long deleted = writer.prune(T0.plusSeconds(90 * 60), Duration.ofSeconds(10));

        assertThat(deleted).isEqualTo(3);
        assertThat(history.count()).isEqualTo(1);
        assertThat(new RejectedHistory(database).count()).isZero();
    }

    @Test
    void exportsCsvWithHeaderAndEveryRow() throws Exception {
        writer.offerAll(List.of(presence("a", SystemPresence.ON_QUEUE, 0), routing("a", RoutingStatus.IDLE, 1),
                presence("b,c", SystemPresence.AWAY, 2)));
        writer.flush(Duration.ofSeconds(10));
        File target = dir.resolve("states.csv").toFile();

        long rows = history.exportCsv(StateQuery.all(), target);

        List<String> lines = Files.readAllLines(target.toPath());
        assertThat(rows).isEqualTo(3);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("agent_id,kind,state,definition_id,event_time,received_time");
        assertThat(lines.get(1)).startsWith("\"b,c\",PRESENCE,AWAY,def-AWAY,2026-11-20T08:02:00Z,");
    }

    @Test
    void anEmptyRangeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new StateQuery(null, Set.of(), T0, T0))
                .hasMessageContaining("time range is empty");
    }

    @Test
    void reopeningKeepsWhatWasWritten() {
        writer.offer(presence("a", SystemPresence.ON_QUEUE, 0));
        writer.flush(Duration.ofSeconds(10));
        writer.close();
        database.close();

        database = HistoryDatabase.open(dir.resolve("history"));
        writer = HistoryWriter.standard(database, Clock.systemUTC()).start();
        history = new StateHistory(database);

        assertThat(history.count()).isEqualTo(1);
    }
}
