package io.floorwatch.ui;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.Clipped;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.floor.InteractionLine;
import io.floorwatch.ui.floor.WorkFilter;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floor's work columns and agent pane, headless, over a live state the test feeds interactions by hand: what
 * each agent handles against capacity, the current interaction and its phase, a highlight while a hold is long,
 * and the selected agent's interactions.
 */
@ExtendWith(ApplicationExtension.class)
class FloorWorkUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final Instant now = Instant.now();
    private final List<String> utilisationAsked = new ArrayList<>();
    private HistoryStore history;
    private FloorView floor;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-work-ui").resolve("history"),
                Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", "Team A"),
                    new AgentState(id, SystemPresence.ON_QUEUE, null, now.minusSeconds(600), RoutingStatus.INTERACTING,
                            now.minusSeconds(600)), i == 1 ? List.of("Billing disputes", "Technical support",
                            "Retention offers", "Spanish", "Mortgage applications") : List.of()));
        }
        live.reset(seed);
        live.setQueues(Map.of("agent-1", List.of("Billing", "Technical Support", "Retention", "Sales and Upgrades")));
        live.setQueueDirectory(List.of(new RoutingQueue("q-billing", new QueueSettings("Billing", null, null, null,
                null, null, Map.of()), 0, 0, Instant.EPOCH)));
        live.setOrgUtilization(new Utilization(Map.of("call", new MediaUtilization(1, List.of(), false),
                "callback", new MediaUtilization(1, List.of(), false),
                "chat", new MediaUtilization(3, List.of(), false),
                "email", new MediaUtilization(2, List.of(), false),
                "message", new MediaUtilization(2, List.of(), false)), false));
        live.setUtilizationSource(id -> utilisationAsked.add(id));
        // Agent 1 talks on a call and chats twice; agent 2 has had a caller on hold for three minutes.
        interaction("agent-1", "c1", MediaType.CALL, now.minusSeconds(252), null);
        interaction("agent-1", "c2", MediaType.CHAT, now.minusSeconds(300), null);
        interaction("agent-1", "c3", MediaType.CHAT, now.minusSeconds(400), null);
        interaction("agent-2", "c4", MediaType.CALL, now.minusSeconds(400), now.minusSeconds(180));

        ZoneId zone = ZoneId.systemDefault();
        floor = new FloorView(new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone), zone);
        floor.activate(); // shown on its own, not through the shell, which would activate it
        stage.setScene(new Scene(floor, 1240, 760));
        stage.sizeToScene();
        stage.show();
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        floor.dispose();
        tasks.close();
        history.close();
        // The stage is the next test class's too, and keeps a width set on it: it goes back to the scene's.
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1240)).get(5, TimeUnit.SECONDS);
    }

    private void interaction(String agentId, String conversation, MediaType media, Instant connected,
            Instant held) {
        Instant asOf = Instant.now();
        live.apply(new InteractionEvent(agentId, new Interaction(conversation, media, "q-billing", connected, held,
                null, asOf), false, asOf));
    }

    @SuppressWarnings("unchecked")
    private static TableView<FloorRow> table(FxRobot robot) {
        return robot.lookup("#floorTable").queryAs(TableView.class);
    }

    /** The cell's text, read on the FX thread (the pull replaces rows while the test looks). */
    private static String cell(FxRobot robot, String columnId, String agentId) {
        String[] text = {null};
        robot.interact(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof FloorRow r
                        && r.agentId().equals(agentId))
                .findFirst().ifPresent(c -> text[0] = c.getText()));
        return text[0];
    }

    /** The cell of a column in an agent's row, found on the FX thread; null while the row is not on screen. */
    private static TableCell<?, ?> cellOf(FxRobot robot, String columnId, String agentId) {
        TableCell<?, ?>[] found = {null};
        robot.interact(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof FloorRow r
                        && r.agentId().equals(agentId))
                .findFirst().ifPresent(c -> found[0] = c));
        return found[0];
    }

    private static List<String> cellClasses(FxRobot robot, String columnId, String agentId) {
        List<String> classes = new ArrayList<>();
        TableCell<?, ?> cell = cellOf(robot, columnId, agentId);
        if (cell != null) {
            robot.interact(() -> classes.addAll(cell.getStyleClass()));
        }
        return classes;
    }

    private static void select(FxRobot robot, String agentId) {
        TableView<FloorRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.agentId().equals(agentId)).findFirst().orElseThrow()));
    }

    /** The texts the agent pane shows: every label and list cell on screen with words in it. */
    private static List<String> paneTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> robot.lookup("#agentDetail").query().lookupAll("*").stream()
                .filter(n -> n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                        && n.getScene() != null && onScreen(n))
                .forEach(n -> texts.add(((Labeled) n).getText())));
        return texts;
    }

    private static boolean onScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean scrollsSideways(FxRobot robot, String listId) {
        boolean[] sideways = {false};
        robot.interact(() -> robot.lookup(listId).query().lookupAll(".scroll-bar").forEach(n -> {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                sideways[0] = true;
            }
        }));
        return sideways[0];
    }

    private static List<String> rowClasses(FxRobot robot, String agentId) {
        List<String> classes = new ArrayList<>();
        robot.interact(() -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof FloorRow f && f.agentId().equals(agentId)).findFirst()
                .ifPresent(r -> classes.addAll(r.getStyleClass())));
        return classes;
    }

    /**
     * Folds the agent pane away: beside it, a 1240 px floor has room for Work, Now and Adherence, and Team,
     * Presence, Phase, Scheduled and Impact start hidden (in the table's column menu); folded, the work columns all
     * show.
     */
    private static void everyColumnInSight(FxRobot robot) {
        List<TableColumn<?, ?>> hidden = new ArrayList<>();
        robot.interact(() -> table(robot).getColumns().stream().filter(c -> !c.isVisible()).forEach(hidden::add));
        assertThat(hidden).extracting(TableColumn::getText).containsExactly("Team", "Presence", "Phase",
                "Scheduled", "Impact");
        robot.clickOn("#floorDetailToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getColumns()).filteredOn(TableColumn::isVisible).extracting(TableColumn::getText)
                .contains("Work", "Now", "Phase", "Adherence", "Team", "Presence");
    }

    @Test
    void eachAgentsWorkShowsAgainstCapacityWithTheCurrentInteractionAndItsPhase(FxRobot robot) throws Exception {
        everyColumnInSight(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Voice 1/1 · Chat 2/3".equals(cell(robot,
                "workColumn", "agent-1")));
        assertThat(cell(robot, "nowColumn", "agent-1")).as("the call, connected last, handled 4:12 so far")
                .matches("Voice 4:1[2-9]");
        assertThat(cell(robot, "phaseColumn", "agent-1")).isEqualTo("Connected");
        assertThat(cell(robot, "workColumn", "agent-2")).isEqualTo("Voice 1/1");
        assertThat(cell(robot, "phaseColumn", "agent-2")).matches("Hold 3:0[0-9]");
        assertThat(cell(robot, "workColumn", "agent-3")).as("handling nothing").isEmpty();
        assertThat(cell(robot, "nowColumn", "agent-3")).isEmpty();

        // The hold counts on with the clock.
        String hold = cell(robot, "phaseColumn", "agent-2");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !hold.equals(cell(robot, "phaseColumn", "agent-2")));
    }

    @Test
    void aRowPastItsHoldThresholdIsHighlightedUntilTheHoldEnds(FxRobot robot) throws Exception {
        everyColumnInSight(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowClasses(robot, "agent-2").contains("level-WARN"));
        assertThat(rowClasses(robot, "agent-1")).doesNotContain("level-WARN", "level-ALERT");

        interaction("agent-2", "c4", MediaType.CALL, now.minusSeconds(400), null);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Connected".equals(cell(robot, "phaseColumn",
                "agent-2")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowClasses(robot, "agent-2")).doesNotContain("level-WARN", "level-ALERT");

        // A second call where the capacity is one: red, the more severe level.
        interaction("agent-2", "c5", MediaType.CALL, Instant.now(), null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowClasses(robot, "agent-2").contains("level-ALERT"));
        assertThat(cell(robot, "workColumn", "agent-2")).isEqualTo("Voice 2/1");
    }

    @Test
    void theWorkFilterNarrowsTheFloorToAgentsOnHold(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 6);
        @SuppressWarnings("unchecked")
        ComboBox<WorkFilter> work = robot.lookup("#workFilter").queryAs(ComboBox.class);
        robot.interact(() -> work.setValue(WorkFilter.ON_HOLD));
        assertThat(table(robot).getItems()).extracting(FloorRow::agentId).containsExactly("agent-2");
        robot.clickOn("#clearFilters");
        assertThat(work.getValue()).isNull();
        assertThat(table(robot).getItems()).hasSize(6);
    }

    @Test
    void theAgentPaneListsTheSelectedAgentsInteractionsAndCapacity(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 6);
        TableView<FloorRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.agentId().equals("agent-2")).findFirst().orElseThrow()));

        @SuppressWarnings("unchecked")
        ListView<InteractionLine> list = robot.lookup("#interactionsList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(utilisationAsked).containsExactly("agent-2");
        List<String> texts = new ArrayList<>();
        robot.interact(() -> robot.lookup("#interactionsList .list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> c.getGraphic() instanceof Text words ? words.getText() : c.getText())
                .filter(t -> t != null && !t.isEmpty()).forEach(texts::add));
        assertThat(texts).singleElement().asString().startsWith("Voice · Billing\nOn hold for 3:0")
                .contains(" · handled 6:4").contains(" · connected at ");
        assertThat(robot.lookup("#detailUtilisation").queryAs(Label.class).getText())
                .isEqualTo("Utilisation: Voice 1, Callback 1, Chat 3, Email 2, Message 2 (the org's, until theirs "
                        + "is read)");

        live.setAgentUtilization("agent-2", new Utilization(Map.of("call", new MediaUtilization(2, List.of(),
                false)), true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailUtilisation").queryAs(Label.class)
                .getText().equals("Utilisation: Voice 2 (their own)"));
    }

    @Test
    void aLongHoldTintsThePhaseCellItDescribesNotTheTimeInState(FxRobot robot) throws Exception {
        everyColumnInSight(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowClasses(robot, "agent-2").contains("level-WARN"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cellClasses(robot, "phaseColumn", "agent-2")
                .contains("duration-WARN"));
        assertThat(cellClasses(robot, "sinceColumn", "agent-2")).as("10 min interacting is within every rule")
                .doesNotContain("duration-WARN", "duration-ALERT");
        assertThat(cellClasses(robot, "nowColumn", "agent-2")).as("handled 6:40 of the 10 min allowed")
                .doesNotContain("duration-WARN", "duration-ALERT");
        assertThat(cellClasses(robot, "phaseColumn", "agent-1")).as("connected").doesNotContain("duration-WARN");
    }

    @Test
    void theWorkAndNowCellsSayTheirWholeTextInATooltip(FxRobot robot) throws Exception {
        everyColumnInSight(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Voice 1/1 · Chat 2/3".equals(cell(robot,
                "workColumn", "agent-1")));
        for (String column : List.of("workColumn", "nowColumn")) {
            String[] tip = {null, null};
            robot.interact(() -> {
                TableCell<?, ?> cell = cellOf(robot, column, "agent-1");
                tip[0] = cell.getText();
                tip[1] = cell.getTooltip() == null ? null : cell.getTooltip().getText();
            });
            assertThat(tip[1]).as(column).isEqualTo(tip[0]);
        }
        assertThat(cellOf(robot, "workColumn", "agent-3").getTooltip()).as("handling nothing: nothing to say")
                .isNull();
    }

    @Test
    void withNoAgentSelectedThePaneOnlyAsksForOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paneTexts(robot)).containsExactly("Select an agent");

        select(robot, "agent-2");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> paneTexts(robot).contains("Work now"));
        assertThat(paneTexts(robot)).contains("Agent 2", "Today");
    }

    @Test
    void theAgentPaneWrapsItsLinesAndGivesTheUtilisationsFigures(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 6);
        // The floor's width in a 1024 px window, beside the navigation; the pane opened by hand.
        robot.interact(() -> stage.setWidth(834));
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, "agent-1");
        @SuppressWarnings("unchecked")
        ListView<InteractionLine> list = robot.lookup("#interactionsList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailUtilisation").queryAs(Label.class).getText())
                .isEqualTo("Utilisation: Voice 1, Callback 1, Chat 3, Email 2, Message 2 (the org's, until theirs "
                        + "is read)");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(Clipped.among(robot.lookup("#agentDetail").query().lookupAll(".label"))));
        assertThat(cut).as("the pane's lines wrap rather than end in ...").isEmpty();
        List<String> cutShort = new ArrayList<>();
        robot.interact(() -> robot.lookup("#agentDetail").query().lookupAll("*").stream()
                .filter(n -> n instanceof Text t && t.getText() != null && t.getText().endsWith("...") && onScreen(n))
                .forEach(n -> cutShort.add(((Text) n).getText())));
        assertThat(cutShort).as("no line of the pane, its lists' included, ends in ...").isEmpty();
        assertThat(list.getItems()).hasSize(3);
        assertThat(scrollsSideways(robot, "#interactionsList")).as("the interactions wrap to the pane").isFalse();
        assertThat(scrollsSideways(robot, "#timeline")).as("the day wraps to the pane").isFalse();
    }
}
