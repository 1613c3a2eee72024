package io.floorwatch.ui.queues;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveAgent;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The occupancy report without a toolkit: the live floor's membership and the stored state events make each
 * queue's and agent's figures for the span chosen, and the report exports as CSV.
 */
class OccupancyViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private HistoryStore history;
    private OccupancyViewModel model;
    private final Map<String, RoutingQueue> queues = Map.of("q-billing", queue("q-billing", "Billing"),
            "q-sales", queue("q-sales", "Sales"));
    private final List<LiveAgent> agents = List.of(agent("a1", "Ana Lima", "Billing"),
            agent("a2", "Bo Berg", "Billing", "Sales"), agent("a3", "Cy Chen", "Sales"));

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        Instant hourAgo = NOW.minus(Duration.ofHours(1));
        Instant halfAgo = NOW.minus(Duration.ofMinutes(30));
        // Ana on queue the whole hour, interacting the second half; Bo on queue the first half, then offline.
        history.writer().offerAll(List.of(
                AgentStateEvent.presence("a1", SystemPresence.ON_QUEUE, null, hourAgo),
                AgentStateEvent.routing("a1", RoutingStatus.IDLE, hourAgo),
                AgentStateEvent.routing("a1", RoutingStatus.INTERACTING, halfAgo),
                AgentStateEvent.presence("a2", SystemPresence.ON_QUEUE, null, hourAgo),
                AgentStateEvent.routing("a2", RoutingStatus.IDLE, hourAgo),
                AgentStateEvent.presence("a2", SystemPresence.OFFLINE, null, halfAgo)));
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        model = new OccupancyViewModel(history.occupancy(), () -> queues, () -> agents, new CurrentThreadTasks(),
                dialogs, new MovableClock(NOW), ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static RoutingQueue queue(String id, String name) {
        return new RoutingQueue(id, new QueueSettings(name, null, null, null, null, null, Map.of()), 0, 0,
                Instant.EPOCH);
    }

    private static LiveAgent agent(String id, String name, String... queueNames) {
        return new LiveAgent(new Agent(id, name, id + "@example.com", "Team Aurora"), new AgentState(id,
                SystemPresence.ON_QUEUE, null, NOW, RoutingStatus.IDLE, NOW), List.of(queueNames), List.of(), 0);
    }

    @Test
    void membersAreTheAgentsWhoseQueuesNameEachQueue() {
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> members = OccupancyViewModel.members(queues, agents, names);
        assertThat(members).containsOnlyKeys("q-billing", "q-sales");
        assertThat(members.get("q-billing")).containsExactlyInAnyOrder("a1", "a2");
        assertThat(members.get("q-sales")).containsExactlyInAnyOrder("a2", "a3");
        assertThat(names).containsEntry("a1", "Ana Lima").containsEntry("q-sales", "Sales");
    }

    @Test
    void theLastHoursFiguresComeFromTheStoredStatesPerQueueAndAgent() {
        assertThat(model.exportCommand().executableProperty().get()).as("nothing to export yet").isFalse();
        model.refreshCommand().execute();

        assertThat(model.messageProperty().get()).isEqualTo("From 09:00 to 10:00: 2 queues, 3 agents.");
        assertThat(model.queues()).extracting(OccupancyLine::name, OccupancyLine::occupancy,
                OccupancyLine::utilisation, OccupancyLine::onQueue, OccupancyLine::interacting).containsExactly(
                        tuple("Billing", "33 %", "100 %", "1 h 30 min", "30 min"),
                        tuple("Sales", "0 %", "100 %", "30 min", "0 s"));
        assertThat(model.agents()).extracting(OccupancyLine::name, OccupancyLine::occupancy,
                OccupancyLine::utilisation, OccupancyLine::loggedIn).containsExactly(
                        tuple("Ana Lima", "50 %", "100 %", "1 h 00 min"),
                        tuple("Bo Berg", "0 %", "100 %", "30 min"),
                        tuple("Cy Chen", "—", "—", "0 s"));

        model.rangeProperty().set(TrendRange.LAST_15_MINUTES);
        assertThat(model.messageProperty().get()).as("a new span is read at once").startsWith("From 09:45 to 10:00");
        assertThat(model.agents()).extracting(OccupancyLine::name, OccupancyLine::occupancy)
                .startsWith(tuple("Ana Lima", "100 %"));
    }

    @Test
    void theReportExportsAsCsvToTheFileChosen() throws Exception {
        model.refreshCommand().execute();
        Path csv = dir.resolve("occupancy.csv");
        dialogs.saveAs = csv.toFile();

        model.exportCommand().execute();

        assertThat(model.messageProperty().get()).isEqualTo("Exported 5 rows to " + csv.toFile().getAbsolutePath());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("kind,id,name,");
        assertThat(lines.get(1)).startsWith("queue,q-billing,Billing,");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("agent,a1,Ana Lima,"));
    }

    @Test
    void aFailedExportSaysWhy() {
        model.refreshCommand().execute();
        dialogs.saveAs = dir.resolve("no-such-folder").resolve("occupancy.csv").toFile();

        model.exportCommand().execute();

        assertThat(model.messageProperty().get()).startsWith("Export failed: ");
        assertThat(dialogs.shown).singleElement().asString().startsWith("Export failed: ");
    }
}
