package io.floorwatch.ui;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.AdherenceFilter;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floor's adherence, headless, over a live state the test feeds adherence records by hand: what each agent is
 * scheduled for, in or out and for how long (tinted by the adherence rules), the impact, the "out of adherence"
 * filter, and the selected agent's schedule drawn above what they did.
 */
@ExtendWith(ApplicationExtension.class)
class FloorAdherenceUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final Instant now = Instant.now();
    private HistoryStore history;
    private FloorView floor;
    private FloorViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-adherence-floor").resolve("history"),
                Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", "Team A"),
                    new AgentState(id, i == 1 ? SystemPresence.BREAK : SystemPresence.ON_QUEUE, null,
                            now.minusSeconds(1200), i == 1 ? RoutingStatus.OFF_QUEUE : RoutingStatus.IDLE,
                            now.minusSeconds(1200)), List.of()));
        }
        live.reset(seed);
        // Agent 1: back from a break ten minutes late (out, negative); agent 2: on queue through a scheduled
        // meeting, out twelve minutes (positive); agents 0 and 3 in adherence.
        adherence("agent-0", ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK,
                AdherenceState.IN_ADHERENCE, AdherenceImpact.NEUTRAL, 1200);
        adherence("agent-1", ActivityCategory.ON_QUEUE_WORK, ActivityCategory.BREAK,
                AdherenceState.OUT_OF_ADHERENCE, AdherenceImpact.NEGATIVE, 600);
        adherence("agent-2", ActivityCategory.MEETING, ActivityCategory.ON_QUEUE_WORK,
                AdherenceState.OUT_OF_ADHERENCE, AdherenceImpact.POSITIVE, 720);
        adherence("agent-3", ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK,
                AdherenceState.IN_ADHERENCE, AdherenceImpact.NEUTRAL, 1200);
        Instant shift = now.minus(Duration.ofHours(2));
        live.adherence().putSchedules(List.of(new AgentSchedule("agent-1", List.of(
                block(shift, 100, ActivityCategory.ON_QUEUE_WORK), block(shift.plus(Duration.ofMinutes(100)), 15,
                        ActivityCategory.BREAK), block(shift.plus(Duration.ofMinutes(115)), 300,
                        ActivityCategory.ON_QUEUE_WORK)))));

        ZoneId zone = ZoneId.systemDefault();
        model = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
        floor = new FloorView(model, zone);
        floor.activate();
        stage.setScene(new Scene(floor, 1240, 760));
        stage.show();
    }

    private static ScheduledActivity block(Instant start, int minutes, ActivityCategory category) {
        return new ScheduledActivity(start, Duration.ofMinutes(minutes), category.name(), category, "");
    }

    private void adherence(String id, ActivityCategory scheduled, ActivityCategory actual, AdherenceState state,
            AdherenceImpact impact, int secondsAgo) {
        live.adherence().apply(new Adherence(id, "mu", scheduled, "c", actual, state, impact,
                now.minusSeconds(secondsAgo), false));
    }

    @AfterEach
    void stop() {
        floor.dispose();
        tasks.close();
        history.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<FloorRow> table(FxRobot robot) {
        return robot.lookup("#floorTable").queryAs(TableView.class);
    }

    /** The cell under a column for an agent, read on the FX thread (the pull replaces rows while the test looks). */
    private static TableCell<?, ?> cellOf(FxRobot robot, String columnId, String agentId) {
        TableCell<?, ?>[] found = {null};
        robot.interact(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof FloorRow r
                        && r.agentId().equals(agentId))
                .findFirst().ifPresent(c -> found[0] = c));
        return found[0];
    }

    private static String text(FxRobot robot, String columnId, String agentId) {
        TableCell<?, ?> cell = cellOf(robot, columnId, agentId);
        return cell == null ? null : cell.getText();
    }

    @Test
    void eachAgentsScheduleAdherenceAndImpactShowAndTheLateOneIsRedByTheRule(FxRobot robot) throws Exception {
        // The supervisor makes room for all three adherence columns: the pane folded, Team, Queues, Presence and
        // Phase unticked in the column menu.
        robot.clickOn("#floorDetailToggle");
        robot.interact(() -> table(robot).getColumns().stream().filter(c -> List.of("Team", "Queues", "Presence",
                "Phase").contains(c.getText())).forEach(c -> c.setVisible(false)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 4
                && text(robot, "adherenceColumn", "agent-1") != null);

        assertThat(text(robot, "scheduledColumn", "agent-1")).isEqualTo("On queue");
        assertThat(text(robot, "adherenceColumn", "agent-1")).startsWith("Out 10:0");
        assertThat(text(robot, "impactColumn", "agent-1")).isEqualTo("Negative");
        assertThat(text(robot, "scheduledColumn", "agent-2")).isEqualTo("Meeting");
        assertThat(text(robot, "adherenceColumn", "agent-2")).startsWith("Out 12:0");
        assertThat(text(robot, "impactColumn", "agent-2")).isEqualTo("Positive");
        assertThat(text(robot, "adherenceColumn", "agent-0")).isEqualTo("In");
        assertThat(text(robot, "impactColumn", "agent-0")).isEmpty();

        // Ten minutes out while on-queue work is scheduled passes the default 5-minute rule: red; twelve minutes
        // out of a meeting is three quarters of the way to the 15-minute rule: amber.
        assertThat(AlertRule.defaults()).anyMatch(r -> r.name().equals("Out of adherence, on-queue time"));
        assertThat(cellOf(robot, "adherenceColumn", "agent-1").getStyleClass()).contains("cell-ALERT");
        assertThat(cellOf(robot, "adherenceColumn", "agent-1").getTooltip().getText())
                .startsWith("Out of adherence 10:0").contains("Rule 'Out of adherence, on-queue time' alerts after");
        assertThat(cellOf(robot, "adherenceColumn", "agent-2").getStyleClass()).contains("cell-WARN")
                .doesNotContain("cell-ALERT");
        assertThat(cellOf(robot, "adherenceColumn", "agent-0").getStyleClass()).doesNotContain("cell-WARN",
                "cell-ALERT");
    }

    @Test
    void theFilterShowsWhoIsOutAndWhoIsMissingFromTheQueues(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 4);
        @SuppressWarnings("unchecked")
        ComboBox<AdherenceFilter> filter = robot.lookup("#adherenceFilter").queryAs(ComboBox.class);

        robot.interact(() -> filter.setValue(AdherenceFilter.OUT));
        assertThat(table(robot).getItems()).extracting(FloorRow::agentId).containsExactlyInAnyOrder("agent-1",
                "agent-2");
        robot.interact(() -> filter.setValue(AdherenceFilter.OUT_NEGATIVE));
        assertThat(table(robot).getItems()).extracting(FloorRow::agentId).containsExactly("agent-1");

        // Agent 1 comes back: the record changes, and the filtered floor follows within the pull.
        robot.interact(() -> live.adherence().apply(new Adherence("agent-1", "mu", ActivityCategory.ON_QUEUE_WORK,
                "c", ActivityCategory.ON_QUEUE_WORK, AdherenceState.IN_ADHERENCE, AdherenceImpact.NEUTRAL,
                Instant.now(), false)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
        robot.interact(() -> filter.setValue(null));
        assertThat(table(robot).getItems()).hasSize(4);
    }

    @Test
    void theSelectedAgentsScheduleIsDrawnAboveWhatTheyDid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 4);
        robot.interact(() -> model.selectedProperty().set(table(robot).getItems().stream()
                .filter(r -> r.agentId().equals("agent-1")).findFirst().orElseThrow()));
        HBox schedule = robot.lookup("#scheduleBar").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !schedule.getChildren().isEmpty());
        assertThat(schedule.getChildren()).extracting(n -> n.getStyleClass().toString())
                .containsExactly("activity-IDLE", "activity-BREAK", "activity-IDLE");
        assertThat(robot.lookup("#detailAdherence").queryAs(Label.class).getText())
                .isEqualTo("Out of adherence: Break, scheduled On queue (negative impact)");
    }
}
