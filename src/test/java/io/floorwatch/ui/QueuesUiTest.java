package io.floorwatch.ui;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.Decoded;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.testkit.Headers;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.queues.QueueRow;
import io.floorwatch.ui.queues.QueuesView;
import io.floorwatch.ui.queues.QueuesViewModel;
import io.floorwatch.ui.shell.MainWindow;
import io.floorwatch.ui.shell.Screen;
import io.floorwatch.ui.shell.ShellViewModel;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queues screen, headless: records in the upstream format go through the codec and the queue-metric feed
 * (into a real history file), the screen shows them graded against thresholds with a trend from history, and
 * opening a queue shows the floor filtered to its members.
 */
@ExtendWith(ApplicationExtension.class)
class QueuesUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final Instant now = Instant.now();
    private HistoryStore history;
    private QueueMetricFeed feed;
    private FloorView floor;
    private QueuesView queues;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-queues-ui").resolve("history"),
                Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = new ArrayList<>();
        Map<String, List<String>> membership = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", "Team A"),
                    new AgentState(id, SystemPresence.ON_QUEUE, null, now.minusSeconds(60), RoutingStatus.IDLE,
                            now.minusSeconds(60)), List.of()));
            membership.put(id, i < 12 ? List.of("Billing") : List.of("Sales"));
        }
        live.reset(seed);
        live.setQueueDirectory(List.of(queue("q-billing", "Billing", 20_000L), queue("q-sales", "Sales", 30_000L),
                queue("q-claims", "Claims", 20_000L)));
        live.setQueues(membership);
        feed = new QueueMetricFeed(history.writer(), ScoreWeights.defaults(), QueueMetricFeed.targetsFrom(live));
        publish();

        ZoneId zone = ZoneId.systemDefault();
        FloorViewModel floorModel = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
        floor = new FloorView(floorModel, zone);
        queues = new QueuesView(new QueuesViewModel(feed::latest, live::queues,
                () -> new QueueFeedHealth("Kafka test", true, feed.latest().size(), 2, 0, 0, ""), history.queues(),
                tasks, Clock.systemUTC(), name -> {
                    floorModel.clearFilters();
                    floorModel.queueProperty().set(name);
                    window.show("floor");
                }), zone);
        ShellViewModel shell = new ShellViewModel(() -> ConnectionStatus.connecting("test"),
                () -> FeedHealth.idle("test"), () -> QueueFeedHealth.idle(), () -> 0, Clock.systemUTC());
        window = new MainWindow(shell, List.of(new Screen("floor", "Floor", floor),
                new Screen("queues", "Queues", queues)));
        stage.setScene(new Scene(window, 1240, 760));
        // The stage is shared with earlier test classes: fit it to this scene so every control is on screen.
        stage.sizeToScene();
        stage.show();
    }

    private static RoutingQueue queue(String id, String name, long targetMillis) {
        return new RoutingQueue(id, new QueueSettings(name, null, null, null, null, null,
                Map.of("call", new MediaSettings(8, 0.8, targetMillis))), 0, 0, Instant.EPOCH);
    }

    /** Billing is in trouble, Sales is calm; Claims has published nothing. Each had a quieter minute before. */
    private void publish() {
        QueueMetricCodec codec = new QueueMetricCodec(Clock.systemUTC());
        List<QueueSnapshot> decoded = new ArrayList<>();
        for (String json : List.of(
                record("q-billing", now.minusSeconds(60), 1, 10, 2, 0.01, 0.9),
                record("q-sales", now.minusSeconds(60), 0, 0, 6, 0.0, 1.0),
                record("q-billing", now, 7, 95, 0, 0.12, 0.55),
                record("q-sales", now, 0, 0, 5, 0.01, 0.97))) {
            Decoded<QueueSnapshot> result = codec.decode(null, json.getBytes(StandardCharsets.UTF_8));
            decoded.add(((Decoded.Ok<QueueSnapshot>) result).value());
        }
        feed.accept(decoded, List.of());
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
    }

    private static String record(String queue, Instant at, int waiting, int longest, int idle, double abandoned,
            double serviceLevel) {
        return "{\"queueId\":\"" + queue + "\",\"skillId\":\"s1\",\"waitTimeSeconds\":" + longest
                + ",\"agentsAvailable\":" + idle + ",\"abandonedRate\":" + abandoned + ",\"waiting\":" + waiting
                + ",\"longestWaitSeconds\":" + longest + ",\"agentsOnQueue\":" + (idle + 4) + ",\"agentsIdle\":"
                + idle + ",\"agentsInteracting\":4,\"serviceLevel\":" + serviceLevel + ",\"timestamp\":\"" + at
                + "\",\"schemaVersion\":1}";
    }

    @AfterEach
    void stop() {
        window.dispose();
        queues.dispose();
        floor.dispose();
        tasks.close();
        history.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<QueueRow> table(FxRobot robot) {
        return robot.lookup("#queuesTable").queryAs(TableView.class);
    }

    private static String cell(FxRobot robot, String columnId, String queue) {
        TableCell<?, ?> cell = cellOf(robot, columnId, queue);
        return cell.getText();
    }

    private static TableCell<?, ?> cellOf(FxRobot robot, String columnId, String queue) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                        && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof QueueRow r
                && r.name().equals(queue)).query();
    }

    @Test
    void publishedValuesAreShownWorstFirstAndGradedAgainstThresholds(FxRobot robot) {
        robot.clickOn("#nav-queues");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<QueueRow> table = table(robot);
        assertThat(table.getItems()).extracting(QueueRow::name).containsExactly("Billing", "Sales", "Claims");

        assertThat(cell(robot, "waitingColumn", "Billing")).isEqualTo("7");
        assertThat(cell(robot, "longestWaitColumn", "Billing")).isEqualTo("1:35");
        assertThat(cell(robot, "idleColumn", "Billing")).isEqualTo("0");
        assertThat(cell(robot, "abandonColumn", "Billing")).isEqualTo("12 %");
        assertThat(cell(robot, "serviceLevelColumn", "Billing")).isEqualTo("55 %");
        assertThat(cell(robot, "serviceLevelColumn", "Sales")).isEqualTo("97 %");
        assertThat(cell(robot, "waitingColumn", "Claims")).isEqualTo("—");
        assertThat(cell(robot, "interactingColumn", "Billing")).as("interactions in progress").isEqualTo("4");
        assertThat(cell(robot, "serviceLevelColumn", "Claims")).as("no service level yet").isEqualTo("—");
        // 95 s against a 20 s target, 12 % abandoned, 55 % against an 80 % goal: all need action.
        assertThat(cellOf(robot, "longestWaitColumn", "Billing").getStyleClass()).contains("figure-ALERT");
        assertThat(cellOf(robot, "abandonColumn", "Billing").getStyleClass()).contains("figure-ALERT");
        assertThat(cellOf(robot, "serviceLevelColumn", "Billing").getStyleClass()).contains("figure-ALERT");
        assertThat(cellOf(robot, "serviceLevelColumn", "Sales").getStyleClass()).doesNotContain("figure-ALERT",
                "figure-WARN");
        TableRow<?> billingRow = cellOf(robot, "queueNameColumn", "Billing").getTableRow();
        assertThat(billingRow.getStyleClass()).contains("level-ALERT");
        double billingScore = table.getItems().get(0).score();
        assertThat(cell(robot, "scoreColumn", "Billing")).isEqualTo(String.format("%.2f", billingScore));
        assertThat(billingScore).isGreaterThan(table.getItems().get(1).score());

        robot.clickOn("#attentionOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(QueueRow::name).containsExactly("Billing");
    }

    @Test
    void aSelectedQueueShowsItsTrendFromHistory(FxRobot robot) throws Exception {
        select(robot, "Billing");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> waitingSeries(robot).size() == 2);
        assertThat(waitingSeries(robot)).extracting(d -> d.getYValue().intValue()).containsExactly(1, 7);

        robot.clickOn("#range-SHIFT");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> waitingSeries(robot).size() == 2);
        assertThat(robot.lookup("#queueDetailName").queryAs(Label.class).getText())
                .isEqualTo("Billing");
    }

    @Test
    void theScoreHeaderSaysWhatTheScoreMeans(FxRobot robot) {
        robot.clickOn("#nav-queues");
        Label header = (Label) Headers.of(robot.lookup("#queuesTable").queryAs(TableView.class), "scoreColumn")
                .lookup(".label");
        assertThat(header.getText()).isEqualTo("Score");
        assertThat(header.getTooltip().getText()).contains("from 0 (calm) to 1").contains("service-level target");
    }

    /** Opens the queues screen and clicks the queue, until the detail pane says it is the one selected. */
    private static void select(FxRobot robot, String queue) throws Exception {
        robot.clickOn("#nav-queues");
        Label title = robot.lookup("#queueDetailName").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            if (!title.getText().equals(queue)) {
                // The rows are rebuilt every second; a click that lands during a rebuild is simply repeated.
                robot.clickOn(cellOf(robot, "queueNameColumn", queue));
            }
            return title.getText().equals(queue);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<XYChart.Data<Number, Number>> waitingSeries(FxRobot robot) {
        LineChart<Number, Number> chart = robot.lookup("#waitChart").queryAs(LineChart.class);
        return chart.getData().stream().filter(s -> s.getName().equals("Waiting (interactions)")).findFirst().orElseThrow()
                .getData();
    }

    @Test
    void openingAQueueShowsTheFloorFilteredToItsMembers(FxRobot robot) throws Exception {
        select(robot, "Billing");
        robot.clickOn("#openQueueOnFloor");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#floorScreen").tryQuery()).isPresent();
        assertThat(robot.lookup("#queueFilter").queryAs(ComboBox.class).getValue()).isEqualTo("Billing");
        @SuppressWarnings("unchecked")
        TableView<FloorRow> floorTable = robot.lookup("#floorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable.getItems().size() == 12);
        assertThat(floorTable.getItems()).allSatisfy(row -> assertThat(row.queues()).contains("Billing"));
    }
}
