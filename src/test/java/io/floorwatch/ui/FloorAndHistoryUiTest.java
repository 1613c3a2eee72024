package io.floorwatch.ui;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.floor.TimelineEntry;
import io.floorwatch.ui.history.HistoryView;
import io.floorwatch.ui.history.HistoryViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
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
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.TableCell;
import javafx.collections.ListChangeListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The floor and history screens, headless, over a live state and a real history file the test controls. */
@ExtendWith(ApplicationExtension.class)
class FloorAndHistoryUiTest {
    private static final String[] TEAMS = {"Team Alpha", "Team Beta", "Team Gamma"};
    private static final SystemPresence[] PRESENCES = {SystemPresence.ON_QUEUE, SystemPresence.BREAK,
        SystemPresence.AVAILABLE, SystemPresence.MEAL};
    private static final int AGENTS = 60;

    private final LiveState live = new LiveState();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final Instant now = Instant.now();
    private HistoryStore history;
    private Path home;
    private FloorView floor;
    private FloorViewModel floorModel;

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("floorwatch-floor-ui");
        history = HistoryStore.openOrFail(home.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = new ArrayList<>();
        Map<String, List<String>> queues = new HashMap<>();
        for (int i = 0; i < AGENTS; i++) {
            String id = String.format("agent-%03d", i);
            SystemPresence presence = PRESENCES[i % PRESENCES.length];
            RoutingStatus routing = presence == SystemPresence.ON_QUEUE
                    ? (i % 8 == 0 ? RoutingStatus.INTERACTING : RoutingStatus.IDLE) : RoutingStatus.OFF_QUEUE;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", TEAMS[i % 3]),
                    new AgentState(id, presence, null, now.minusSeconds(60L * i), routing, now.minusSeconds(30L * i)),
                    i % 2 == 0 ? List.of("English") : List.of("Spanish")));
            queues.put(id, i % 5 == 0 ? List.of("Billing", "Sales") : List.of("Sales"));
        }
        live.reset(seed);
        live.setQueues(queues);
        ZoneId zone = ZoneId.systemDefault();
        floorModel = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
        floor = new FloorView(floorModel, zone);
        floor.activate(); // shown in a tab pane, not through the shell, which would activate it
        HistoryView historyView = new HistoryView(new HistoryViewModel(history.states(), live, tasks, dialogs,
                Clock.systemUTC(), zone), zone);
        Tab floorTab = new Tab("Floor", floor);
        Tab historyTab = new Tab("History", historyView);
        historyTab.setId("historyTab");
        TabPane tabs = new TabPane(floorTab, historyTab);
        stage.setScene(new Scene(tabs, 1240, 760));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        floor.dispose();
        tasks.close();
        history.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * Looked up on the FX thread: a lookup from the test thread walks the scene graph while a pull changes it
     * (it once failed with a NullPointerException inside the lookup).
     */
    @SuppressWarnings("unchecked")
    private static TableView<FloorRow> floorTable(FxRobot robot) {
        List<TableView<FloorRow>> found = new ArrayList<>();
        robot.interact(() -> found.add(robot.lookup("#floorTable").queryAs(TableView.class)));
        return found.get(0);
    }

    private static int chipCount(FxRobot robot, Activity activity) {
        List<String> labels = new ArrayList<>();
        robot.interact(() -> labels.add(robot.lookup("#count-" + activity.name()).queryAs(ToggleButton.class)
                .getText()));
        String label = labels.get(0);
        return Integer.parseInt(label.substring(label.lastIndexOf(' ') + 1));
    }

    private long truth(Predicate<LiveAgent> filter) {
        return live.all().stream().filter(filter).count();
    }

    @Test
    void countsAndFiltersMatchTheData(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable(robot).getItems().size() == AGENTS);
        for (Activity activity : Activity.values()) {
            assertThat(chipCount(robot, activity)).as(activity.name())
                    .isEqualTo(truth(a -> a.activity() == activity));
        }
        assertThat(text(robot, "#shownCount")).isEqualTo("60 of 60 agents");

        ComboBox<String> team = robot.lookup("#teamFilter").queryAs(ComboBox.class);
        robot.interact(() -> team.setValue("Team Beta"));
        assertThat(floorTable(robot).getItems()).hasSize((int) truth(a -> a.agent().team().equals("Team Beta")))
                .allSatisfy(row -> assertThat(row.team()).isEqualTo("Team Beta"));
        assertThat(chipCount(robot, Activity.BREAK))
                .isEqualTo(truth(a -> a.agent().team().equals("Team Beta") && a.activity() == Activity.BREAK));

        robot.clickOn("#clearFilters");
        robot.clickOn("#count-IDLE");
        assertThat(floorTable(robot).getItems()).hasSize((int) truth(a -> a.activity() == Activity.IDLE))
                .allSatisfy(row -> assertThat(row.activity()).isEqualTo(Activity.IDLE));

        robot.clickOn("#clearFilters");
        ComboBox<String> queue = robot.lookup("#queueFilter").queryAs(ComboBox.class);
        ComboBox<String> skill = robot.lookup("#skillFilter").queryAs(ComboBox.class);
        robot.interact(() -> {
            queue.setValue("Billing");
            skill.setValue("English");
        });
        assertThat(floorTable(robot).getItems()).hasSize((int) truth(a -> a.queues().contains("Billing")
                && a.skills().contains("English")));

        robot.clickOn("#clearFilters");
        robot.clickOn("#floorSearch").write("agent 4");
        assertThat(floorTable(robot).getItems()).extracting(FloorRow::name)
                .containsExactlyInAnyOrder("Agent 4", "Agent 40", "Agent 41", "Agent 42", "Agent 43", "Agent 44",
                        "Agent 45", "Agent 46", "Agent 47", "Agent 48", "Agent 49");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#floorSearch").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void clickingInStateSortsLongestFirstAndKeepsTheSortAsAgentsChange(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable(robot).getItems().size() == AGENTS);
        robot.clickOn("In state");
        WaitForAsyncUtils.waitForFxEvents();
        List<FloorRow> rows = List.copyOf(floorTable(robot).getItems());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).since()).isAfterOrEqualTo(rows.get(i - 1).since());
        }
        TableView<FloorRow> table = floorTable(robot);
        robot.interact(() -> table.getSelectionModel().select(5));
        String chosen = table.getSelectionModel().getSelectedItem().agentId();

        // The agent who was longest in state changes now. The pointer is still on the table (it clicked the
        // header), so the row changes where it is; once the pointer leaves, it moves to the bottom. The selection
        // stays put throughout.
        String longest = rows.get(0).agentId();
        live.apply(AgentStateEvent.presence(longest, SystemPresence.AWAY, null, Instant.now()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#floorOrderPaused").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents(); // the pull that showed the notice may still be replacing the rows
        assertThat(table.getItems().get(0).agentId()).isEqualTo(longest);
        assertThat(table.getItems().get(0).activity()).isEqualTo(Activity.AWAY);
        robot.moveTo("#floorSearch");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> table.getItems().get(table.getItems().size() - 1).agentId().equals(longest));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).extracting(FloorRow::agentId).isEqualTo(chosen);
    }

    @Test
    void aSilentSourceSaysSoAboveTheFloorAndTheTimesInStateStopWhereItWentQuiet(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable(robot).getItems().size() == AGENTS);
        Label banner = robot.lookup("#floorStale").queryAs(Label.class);
        assertThat(banner.isVisible()).as("no banner while the source is live").isFalse();

        Instant quiet = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);
        live.markStale(quiet);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, banner::isVisible);
        assertThat(banner.getText()).startsWith("Not live: the floor's source has been silent since "
                + DateTimeFormatter.ofPattern("HH:mm:ss").format(quiet.atZone(ZoneId.systemDefault())));
        assertThat(floorModel.nowProperty().get()).as("the clock times in state count to")
                .isEqualTo(quiet);

        live.markLive();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !banner.isVisible());
        assertThat(floorModel.nowProperty().get()).isAfter(quiet.plusSeconds(299));
    }

    @Test
    void aLiveChangeReachesTheRowAndTheCounts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable(robot).getItems().size() == AGENTS);
        int notResponding = chipCount(robot, Activity.NOT_RESPONDING);

        live.apply(AgentStateEvent.routing("agent-004", RoutingStatus.NOT_RESPONDING, Instant.now()));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> chipCount(robot, Activity.NOT_RESPONDING) == notResponding + 1);
        FloorRow row = floorTable(robot).getItems().stream().filter(r -> r.agentId().equals("agent-004"))
                .findFirst().orElseThrow();
        assertThat(row.activity()).isEqualTo(Activity.NOT_RESPONDING);

        // Not responding passes its rule at once: the row is red, and its tooltip says which rule.
        robot.interact(() -> floorTable(robot).scrollTo(row));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowOf(robot, "agent-004") != null);
        TableRow<?> shown = rowOf(robot, "agent-004");
        assertThat(shown.getStyleClass()).contains("level-ALERT");
        assertThat(shown.getTooltip().getText()).startsWith("Not responding").contains("'Not responding' (at once)");
        assertThat(robot.lookup("#floorLegend .legend-ALERT").queryAs(Label.class).getText())
                .isEqualTo("Alert raised, or past the threshold");
    }

    /**
     * A change of style class re-applies CSS to the node and repaints all of it: with every visible cell updated on
     * each change and each second, restyling unchanged rows and chips repainted the whole table (idle CPU).
     */
    @Test
    void ticksAndChangesRestyleOnlyWhatChanged(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable(robot).getItems().size() == AGENTS);
        AtomicInteger rowRestyles = new AtomicInteger();
        AtomicInteger chipRestyles = new AtomicInteger();
        Map<TableCell<?, ?>, Object> chipsBefore = new HashMap<>();
        List<Boolean> anyTinted = new ArrayList<>();
        robot.interact(() -> {
            for (TableRow<?> row : robot.lookup(".table-row-cell").queryAllAs(TableRow.class)) {
                // A row the table empties (a cell it drops while laying out) loses its tint; that paints nothing.
                row.getStyleClass().addListener((ListChangeListener<String>) c -> {
                    if (!row.isEmpty() && row.getItem() != null) {
                        rowRestyles.incrementAndGet();
                    }
                });
                anyTinted.add(row.getStyleClass().stream().anyMatch(c -> c.startsWith("level-")));
            }
        });
        assertThat(anyTinted).as("some visible row is tinted, so a tick has a tint to keep").contains(true);
        // Let the first frames settle (the alert index and first tints arrive after the rows do), then watch two
        // ticks of the clock in which nothing else changes.
        for (int tries = 0; tries < 6; tries++) {
            rowRestyles.set(0);
            WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
            if (rowRestyles.get() == 0) {
                break;
            }
        }
        rowRestyles.set(0);
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        assertThat(rowRestyles).as("style changes of rows over two ticks").hasValue(0);

        robot.interact(() -> {
            for (TableCell<?, ?> cell : robot.lookup(".table-cell").queryAllAs(TableCell.class)) {
                if (cell.getTableColumn() != null && "stateColumn".equals(cell.getTableColumn().getId())
                        && cell.getGraphic() != null) {
                    chipsBefore.put(cell, ((FloorRow) cell.getItem()).activity());
                    // The chip is the first of the cell's graphic (a pending note may follow it).
                    ((HBox) cell.getGraphic()).getChildren().get(0).getStyleClass()
                            .addListener((ListChangeListener<String>) c -> chipRestyles.incrementAndGet());
                }
            }
        });
        int interacting = chipCount(robot, Activity.INTERACTING);
        live.apply(AgentStateEvent.routing("agent-004", RoutingStatus.INTERACTING, Instant.now()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chipCount(robot, Activity.INTERACTING) == interacting + 1);
        List<Integer> changedChips = new ArrayList<>();
        robot.interact(() -> changedChips.add((int) chipsBefore.entrySet().stream()
                .filter(e -> e.getKey().getItem() == null
                        || ((FloorRow) e.getKey().getItem()).activity() != e.getValue()).count()));
        // Chips whose activity moved may restyle once each; the others not at all.
        assertThat(chipRestyles.get()).isLessThanOrEqualTo(changedChips.get(0));
    }

    /**
     * Idle CPU: an agent's change in place must leave the other visible rows alone. Reported as a replacement, any
     * change made the table's skin empty and refill every visible row, and the software pipeline repaint the whole
     * table, several times a second on a live floor.
     */
    @Test
    void aChangeInPlaceLeavesTheOtherRowsAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable(robot).getItems().size() == AGENTS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowOf(robot, "agent-001") != null);
        List<String> othersRefilled = new ArrayList<>();
        robot.interact(() -> {
            for (TableRow<?> row : robot.lookup(".table-row-cell").queryAllAs(TableRow.class)) {
                if (row.getItem() instanceof FloorRow shown && !shown.agentId().equals("agent-001")) {
                    row.itemProperty().addListener((o, was, now) -> othersRefilled.add(shown.agentId()));
                }
            }
        });

        live.apply(AgentStateEvent.presence("agent-001", SystemPresence.AVAILABLE, null, Instant.now()));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            TableRow<?> row = rowOf(robot, "agent-001");
            return row != null && ((FloorRow) row.getItem()).activity() == Activity.AVAILABLE;
        });
        List<String> refilled = new ArrayList<>();
        robot.interact(() -> refilled.addAll(othersRefilled));
        assertThat(refilled).as("other rows emptied and refilled by one agent's change").isEmpty();
    }

    private static TableRow<?> rowOf(FxRobot robot, String agentId) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof FloorRow f && f.agentId().equals(agentId)).findFirst()
                .orElse(null);
    }

    @Test
    void selectingAnAgentShowsTodaysTimelineFromHistory(FxRobot robot) throws Exception {
        Duration span = todaySoFar(Duration.ofMinutes(50));
        Instant start = Instant.now().minus(span);
        history.writer().offerAll(List.of(
                AgentStateEvent.presence("agent-001", SystemPresence.ON_QUEUE, null, start),
                AgentStateEvent.routing("agent-001", RoutingStatus.IDLE, start),
                AgentStateEvent.routing("agent-001", RoutingStatus.INTERACTING, start.plus(span.dividedBy(5))),
                AgentStateEvent.presence("agent-001", SystemPresence.BREAK, null, start.plus(span.multipliedBy(3)
                        .dividedBy(5)))));
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable(robot).getItems().size() == AGENTS);

        TableView<FloorRow> table = floorTable(robot);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.agentId().equals("agent-001")).findFirst().orElseThrow()));

        ListView<TimelineEntry> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.getItems().size() == 3);
        assertThat(timeline.getItems()).extracting(TimelineEntry::activity)
                .containsExactly(Activity.IDLE, Activity.INTERACTING, Activity.BREAK);
        assertThat(text(robot, "#detailName")).isEqualTo("Agent 1");
        assertThat(robot.lookup("#timelineBar").queryAs(HBox.class).getChildren()).hasSize(3);

        // The current stretch keeps counting while the agent stays selected (its cell is laid out on a later pulse).
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !currentStretch(robot).isEmpty());
        } catch (TimeoutException e) {
            String[] seen = {""};
            robot.interact(() -> seen[0] = "timeline " + timeline.getWidth() + "x" + timeline.getHeight()
                    + " visible " + timeline.isVisible() + " in scene " + (timeline.getScene() != null)
                    + ", stage " + timeline.getScene().getWindow().getWidth() + "x"
                    + timeline.getScene().getWindow().getHeight() + ", cells " + robot.lookup("#timeline .list-cell")
                    .queryAll().stream().map(n -> words((ListCell<?>) n)).toList());
            throw new AssertionError("no current stretch shown: " + seen[0], e);
        }
        String first = currentStretch(robot);
        assertThat(first).contains("Break").contains(", now)");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !currentStretch(robot).equals(first));
    }

    /**
     * {@code wanted}, or as much of it as today has had: the pane shows today's history only, so a day 50 minutes
     * long would begin yesterday when the test runs just after midnight (it once failed at 00:27).
     */
    private static Duration todaySoFar(Duration wanted) throws InterruptedException {
        ZoneId zone = ZoneId.systemDefault();
        Instant now = Instant.now();
        Duration today = Duration.between(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant(), now)
                .minusSeconds(1);
        if (today.toSeconds() < 5) {
            Thread.sleep(6_000); // the first seconds of a day: let it have a few
            return todaySoFar(wanted);
        }
        return today.compareTo(wanted) < 0 ? today : wanted;
    }

    private static String currentStretch(FxRobot robot) {
        String[] text = {""};
        robot.interact(() -> robot.lookup("#timeline .list-cell").queryAll().stream()
                .map(n -> words((ListCell<?>) n)).filter(t -> t != null && t.contains(", now)"))
                .findFirst().ifPresent(t -> text[0] = t));
        return text[0];
    }

    /** A line of the day: its words wrap at the pane's width, drawn by a text beside the activity's dot. */
    private static String words(ListCell<?> cell) {
        if (cell.getGraphic() == null) {
            return cell.getText();
        }
        // The words' own text, not the one inside the dot's label.
        return cell.getGraphic().lookupAll("*").stream().filter(n -> n instanceof Text && !(n.getParent()
                instanceof Labeled)).map(n -> ((Text) n).getText()).findFirst().orElse(cell.getText());
    }

    @Test
    void historyPagesBothWaysAndExportsEverythingTheFilterMatches(FxRobot robot) throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(3));
        List<AgentStateEvent> events = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            events.add(AgentStateEvent.presence("agent-00" + (i % 3), PRESENCES[i % PRESENCES.length], null,
                    start.plusSeconds(i * 10L)));
        }
        history.writer().offerAll(events);
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        robot.clickOn("History");

        robot.clickOn("#historySearch");
        TableView<HistoryViewModel.Line> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 100);
        assertThat(text(robot, "#historyPage")).isEqualTo("Page 1 · 100 events");
        assertThat(table.getItems().get(0).agentName()).isEqualTo("Agent " + (249 % 3));
        assertThat(robot.lookup("#historyNewer").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#historyOlder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#historyPage").startsWith("Page 2"));
        robot.clickOn("#historyOlder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#historyPage").equals("Page 3 · 50 events"));
        assertThat(robot.lookup("#historyOlder").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(table.getItems().get(49).at()).isEqualTo(start.truncatedTo(ChronoUnit.MILLIS));
        robot.clickOn("#historyNewer");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#historyPage").equals("Page 2 · 100 events"));

        robot.clickOn("#historyAgent").write("Agent 2");
        robot.clickOn("#historySearch");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#historyPage").equals("Page 1 · 83 events"));

        Path csv = home.resolve("export.csv");
        dialogs.saveAs = csv.toFile();
        robot.clickOn("#historyExport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#historyMessage").startsWith("Exported"));
        assertThat(text(robot, "#historyMessage")).startsWith("Exported 83 events to ");
        assertThat(Files.readAllLines(csv)).hasSize(84).allSatisfy(line -> assertThat(line)
                .matches("agent_id.*|agent-002,PRESENCE,.*"));
    }

    @Test
    void historyExplainsAFilterItCannotUse(FxRobot robot) {
        robot.clickOn("History");
        robot.clickOn("#historyAgent").write("Nobody Here");
        robot.clickOn("#historySearch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#historyMessage")).isEqualTo(
                "No agent named 'Nobody Here' is on the floor; enter a name or an id.");

        robot.interact(() -> robot.lookup("#historyAgent").queryAs(TextField.class).setText(""));
        robot.interact(() -> robot.lookup("#historyFromDate").queryAs(DatePicker.class)
                .setValue(LocalDate.now()));
        robot.clickOn("#historyFromTime").write("25:99");
        robot.clickOn("#historySearch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#historyMessage")).isEqualTo("From: '25:99' is not a time; use HH:mm, e.g. 08:30.");
    }
}
