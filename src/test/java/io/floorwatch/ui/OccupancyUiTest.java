package io.floorwatch.ui;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.queues.OccupancyLine;
import io.floorwatch.ui.queues.OccupancyPane;
import io.floorwatch.ui.queues.OccupancyViewModel;
import io.floorwatch.ui.queues.QueuesView;
import io.floorwatch.ui.queues.QueuesViewModel;
import io.floorwatch.ui.queues.TrendRange;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The queues screen's occupancy tab, headless: state events stored in a real history file and the live floor's
 * membership make the report per queue and agent, and Export CSV writes it where the file chooser says.
 */
@ExtendWith(ApplicationExtension.class)
class OccupancyUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path home;
    private HistoryStore history;
    private QueuesView queues;

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("floorwatch-occupancy-ui");
        history = HistoryStore.openOrFail(home.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        Instant now = Instant.now();
        List<AgentSnapshot> seed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", "Team A"),
                    new AgentState(id, SystemPresence.ON_QUEUE, null, now, RoutingStatus.IDLE, now), List.of()));
        }
        live.reset(seed);
        live.setQueueDirectory(List.of(queue("q-billing", "Billing"), queue("q-sales", "Sales")));
        live.setQueues(Map.of("agent-0", List.of("Billing"), "agent-1", List.of("Billing"),
                "agent-2", List.of("Sales"), "agent-3", List.of("Sales")));
        // Each agent on queue for the last 40 minutes; the Billing agents interacting for the last 20 of them.
        Instant on = now.minus(Duration.ofMinutes(40));
        Instant busy = now.minus(Duration.ofMinutes(20));
        for (int i = 0; i < 4; i++) {
            String id = "agent-" + i;
            history.writer().offer(AgentStateEvent.presence(id, SystemPresence.ON_QUEUE, null, on));
            history.writer().offer(AgentStateEvent.routing(id, RoutingStatus.IDLE, on));
            if (i < 2) {
                history.writer().offer(AgentStateEvent.routing(id, RoutingStatus.INTERACTING, busy));
            }
        }
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();

        ZoneId zone = ZoneId.systemDefault();
        queues = new QueuesView(new QueuesViewModel(List::of, live::queues, QueueFeedHealth::idle, history.queues(),
                tasks, Clock.systemUTC(), name -> { }), zone);
        // The report ends where the events were written, so its figures are exact.
        queues.offerOccupancy(new OccupancyPane(new OccupancyViewModel(history.occupancy(), live::queues, live::all,
                tasks, dialogs, Clock.fixed(now, zone), zone)));
        stage.setScene(new Scene(queues, 1240, 760));
        stage.sizeToScene();
        stage.show();
    }

    private static RoutingQueue queue(String id, String name) {
        return new RoutingQueue(id, new QueueSettings(name, null, null, null, null, null, Map.of()), 0, 0,
                Instant.EPOCH);
    }

    @AfterEach
    void stop() {
        queues.dispose();
        tasks.close();
        history.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<OccupancyLine> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The shown text of a queue's cell under the column titled {@code title}. */
    private static String cell(FxRobot robot, String title, String queue) {
        String[] text = {null};
        robot.interact(() -> robot.lookup("#occupancyTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && title.equals(c.getTableColumn().getText())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof OccupancyLine line
                        && line.name().equals(queue))
                .findFirst().ifPresent(c -> text[0] = c.getText()));
        return text[0];
    }

    @Test
    void theOccupancyTabReadsTheReportForTheSpanChosenAndSaysWhatTheFiguresMean(FxRobot robot) throws Exception {
        robot.clickOn("#occupancyTab .tab-label");
        assertThat(robot.lookup("#occupancyPane").tryQuery()).isPresent();
        assertThat(text(robot, "#occupancyDefinitions"))
                .isEqualTo("Occupancy: interacting ÷ on queue. Utilisation: on queue ÷ logged in.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot, "#occupancyTable").getItems().size() == 2);

        // Billing's two agents interacted half their 40 minutes on queue; Sales' not at all.
        assertThat(cell(robot, "Occupancy", "Billing")).isEqualTo("50 %");
        assertThat(cell(robot, "Utilisation", "Billing")).isEqualTo("100 %");
        assertThat(cell(robot, "On queue", "Billing")).isEqualTo("1 h 20 min");
        assertThat(cell(robot, "Interacting", "Billing")).isEqualTo("40 min");
        assertThat(cell(robot, "Occupancy", "Sales")).isEqualTo("0 %");
        assertThat(table(robot, "#occupancyAgents").getItems()).extracting(OccupancyLine::name,
                OccupancyLine::occupancy).containsExactly(tuple("Agent 0", "50 %"), tuple("Agent 1", "50 %"),
                        tuple("Agent 2", "0 %"), tuple("Agent 3", "0 %"));

        // Over the last 15 minutes the Billing agents did nothing but interact.
        @SuppressWarnings("unchecked")
        ComboBox<TrendRange> range = robot.lookup("#occupancyRange").queryAs(ComboBox.class);
        assertThat(range.getItems()).extracting(TrendRange::description)
                .containsExactly("Last 15 minutes", "Last hour", "Shift (8 hours)");
        robot.interact(() -> range.setValue(TrendRange.LAST_15_MINUTES));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "100 %".equals(cell(robot, "Occupancy", "Billing")));
        assertThat(cell(robot, "On queue", "Billing")).isEqualTo("30 min");
    }

    @Test
    void exportCsvWritesTheReportToTheChosenFileAndSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#occupancyTab .tab-label");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot, "#occupancyTable").getItems().size() == 2);
        Path csv = home.resolve("occupancy.csv");
        dialogs.saveAs = csv.toFile();

        robot.clickOn("#exportOccupancy");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#occupancyMessage")
                .startsWith("Exported"));
        assertThat(text(robot, "#occupancyMessage")).isEqualTo("Exported 6 rows to " + csv.toFile()
                .getAbsolutePath());
        assertThat(Files.readAllLines(csv)).hasSize(7).element(1).asString().startsWith("queue,q-billing,Billing,");
    }
}
