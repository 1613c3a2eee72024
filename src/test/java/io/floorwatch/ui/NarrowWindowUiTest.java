package io.floorwatch.ui;

import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.app.Composition;
import io.floorwatch.config.AppPaths;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.testkit.Clipped;
import io.floorwatch.testkit.Headers;
import io.floorwatch.testkit.RecordingDialogs;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole window at 1024x700, the smallest a supervisor's laptop gives it, on the demo under the app's own theme:
 * the controls a supervisor reads and clicks show their words in full (no "Osc...", no "All q...").
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowUiTest {
    private Composition composition;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path home = Files.createTempDirectory("floorwatch-narrow-ui");
        composition = new Composition(new AppPaths(home.resolve("config"), home.resolve("data")), Map.of(),
                new InMemoryKeychain(), new io.floorwatch.ui.common.FxTaskExecutor(), false,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(40, 4, 8, 5, 1.0)).withSimulation(false));
        stage.setScene(new Scene(composition.buildWindow(new RecordingDialogs()), 1024, 700));
        stage.sizeToScene();
        stage.show();
        composition.start();
    }

    @AfterEach
    void stop() throws Exception {
        composition.close();
        // The stage is the next test class's too, and keeps a width set on it: it goes back to the scene's.
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1024)).get(5, TimeUnit.SECONDS);
    }

    private static List<String> clipped(FxRobot robot, String... selectors) {
        List<Node> nodes = new ArrayList<>();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            for (String selector : selectors) {
                nodes.addAll(robot.lookup(selector).queryAll());
            }
            found.addAll(Clipped.among(nodes));
        });
        assertThat(nodes).as("the controls looked at are there").isNotEmpty();
        return found;
    }

    @Test
    void theFloorReadsInFullWithTheAgentPaneFoldedAway(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#floorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 40);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agentDetail").tryQuery()).as("folded at this width").isEmpty();
        // The optional columns show as far as they fit (Adherence, then Queues, Team, Presence ...); the table's
        // column menu has the others.
        assertThat(table.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getText())
                .startsWith("Agent", "Queues", "State").contains("In state", "Work", "Now", "Adherence");
        assertThat(table.isTableMenuButtonVisible()).isTrue();

        assertThat(clipped(robot, "#floorScreen .combo-box .list-cell", "#clearFilters", "#floorDetailToggle",
                "#summary .toggle-button", "#floorLegend .legend-swatch", "#floorTable .column-header .label"))
                .isEmpty();
        // The agent and state of every row on screen; the queue list may be cut (the tooltip-free column that gives
        // way first), and Team gives way to Adherence at this width.
        List<Node> cells = new ArrayList<>();
        robot.interact(() -> robot.lookup("#floorTable .table-row-cell").queryAll().forEach(row -> {
            List<Node> rowCells = new ArrayList<>(row.lookupAll(".table-cell"));
            cells.addAll(rowCells.subList(0, Math.min(1, rowCells.size())));
            row.lookupAll(".activity-chip").forEach(cells::add);
        }));
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(Clipped.among(cells)));
        assertThat(cells).as("the agent and state of at least seven rows").hasSizeGreaterThan(14);
        assertThat(cut).isEmpty();

        robot.clickOn("#floorDetailToggle");
        assertThat(robot.lookup("#agentDetail").tryQuery()).as("unfolded on request").isPresent();
        assertThat(robot.lookup("#detailName").queryAs(Label.class).getText()).isEqualTo("Select an agent");
    }

    /**
     * The titles of the columns that show and lie wholly within the table, and, after "|", those that show past its
     * edge (out of reach: a constrained table does not scroll sideways). Read on the FX thread.
     */
    private static List<String> inSight(FxRobot robot, TableView<?> table) {
        List<String> within = new ArrayList<>();
        List<String> past = new ArrayList<>();
        robot.interact(() -> {
            double right = table.localToScene(table.getBoundsInLocal()).getMaxX();
            for (Node node : table.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                        && header.getTableColumn().isVisible()) {
                    double end = header.localToScene(header.getBoundsInLocal()).getMaxX();
                    (end <= right + 1 ? within : past).add(header.getTableColumn().getText());
                }
            }
        });
        List<String> all = new ArrayList<>(within);
        if (!past.isEmpty()) {
            all.add("|");
            all.addAll(past);
        }
        return all;
    }

    /** Waits until the columns in sight settle on what {@code expected} accepts; fails with what they are. */
    private static void waitForColumns(FxRobot robot, TableView<?> table, String what,
            Predicate<List<String>> expected) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> expected.test(inSight(robot, table)));
        } catch (TimeoutException e) {
            StringBuilder widths = new StringBuilder();
            robot.interact(() -> table.getColumns().stream().filter(TableColumn::isVisible).forEach(c -> widths
                    .append(c.getText()).append(' ').append(c.getWidth()).append('/').append(c.getMinWidth())
                    .append(", ")));
            throw new AssertionError(what + ": columns in sight (| then past the edge): " + inSight(robot, table)
                    + "; table " + table.getWidth() + " wide (at least " + table.getMinWidth()
                    + "), columns (width/min): " + widths, e);
        }
    }

    private static boolean keepsTheMainColumns(List<String> columns) {
        return !columns.contains("|") && columns.containsAll(List.of("Agent", "State", "In state", "Work", "Now"));
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAgentPaneKeepsAgentStateTimeAndWorkInSightAndTheOtherColumnsComeBackWithTheRoom(FxRobot robot)
            throws Exception {
        TableView<?> table = robot.lookup("#floorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 40);
        ToggleButton pane = robot.lookup("#floorDetailToggle").queryAs(ToggleButton.class);

        robot.interact(pane::fire);
        waitForColumns(robot, table, "the pane opened at 1024 px", NarrowWindowUiTest::keepsTheMainColumns);

        resize(robot, 1600);
        robot.interact(pane::fire);
        waitForColumns(robot, table, "the pane folded at 1600 px: room for every column",
                columns -> columns.size() == table.getColumns().size() && !columns.contains("|"));

        robot.interact(pane::fire);
        waitForColumns(robot, table, "the pane opened again at 1600 px", columns -> keepsTheMainColumns(columns)
                && columns.containsAll(List.of("Adherence", "Queues")));

        resize(robot, 1024);
        waitForColumns(robot, table, "back at 1024 px with the pane open", NarrowWindowUiTest::keepsTheMainColumns);
        robot.interact(pane::fire);
        waitForColumns(robot, table, "the pane folded at 1024 px", columns -> keepsTheMainColumns(columns)
                && columns.containsAll(List.of("Adherence", "Queues")));
    }

    /** Where the text of each of the first rows starts in a column's cell, from the cell's top. */
    private static List<Double> textTops(FxRobot robot, TableView<?> table, String title) {
        List<Double> tops = new ArrayList<>();
        robot.interact(() -> {
            for (int index = 0; index < 4; index++) {
                int row = index;
                table.lookupAll(".table-cell").stream()
                        .filter(n -> n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                                && title.equals(cell.getTableColumn().getText()) && cell.getIndex() == row
                                && cell.getParent() != null)
                        .findFirst().ifPresent(n -> n.lookupAll(".text").stream()
                                .filter(t -> t instanceof Text).findFirst()
                                .ifPresent(t -> tops.add(Math.rint(t.getBoundsInParent().getMinY()))));
            }
        });
        return tops;
    }

    @Test
    void aColumnShownAgainLaysItsCellsOutLikeTheOthers(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#floorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 40);
        ToggleButton pane = robot.lookup("#floorDetailToggle").queryAs(ToggleButton.class);
        robot.interact(pane::fire);
        waitForColumns(robot, table, "the pane opened at 1024 px", columns -> !columns.contains("Queues"));
        // The rows change while Queues is hidden: one is selected, the pointer passes over others.
        robot.interact(() -> table.getSelectionModel().select(0));
        List<Node> rows = new ArrayList<>(robot.lookup("#floorTable .table-row-cell").queryAll());
        for (Node row : rows.subList(0, 4)) {
            robot.moveTo(row);
        }
        resize(robot, 1600);
        waitForColumns(robot, table, "at 1600 px", columns -> columns.contains("Queues"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textTops(robot, table, "Queues")).hasSize(4).isEqualTo(textTops(robot, table, "Agent"));
    }

    @Test
    void aColumnTickedInTheMenuShowsWhileItFitsAndTheMenuSaysWhyWhenItDoesNot(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#floorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 40);
        TableColumn<?, ?> phase = table.getColumns().stream().filter(c -> "Phase".equals(c.getText())).findFirst()
                .orElseThrow();
        resize(robot, 1600);
        robot.interact(robot.lookup("#floorDetailToggle").queryAs(ToggleButton.class)::fire);
        waitForColumns(robot, table, "the pane open at 1600 px", NarrowWindowUiTest::keepsTheMainColumns);
        assertThat(phase.isVisible()).as("no room for Phase beside the pane by itself").isFalse();

        // What the column menu's tick does: the column's visible property.
        robot.interact(() -> phase.setVisible(true));
        waitForColumns(robot, table, "Phase ticked at 1600 px", columns -> keepsTheMainColumns(columns)
                && columns.contains("Phase"));

        resize(robot, 1024);
        waitForColumns(robot, table, "Phase ticked, at 1024 px", NarrowWindowUiTest::keepsTheMainColumns);
        assertThat(phase.isVisible()).as("no room for it at 1024 px beside the pane").isFalse();
        Node menu = robot.lookup("#floorTable .show-hide-columns-button").query();
        Tooltip[] why = new Tooltip[1];
        robot.interact(() -> why[0] = (Tooltip) menu.getProperties().get("javafx.scene.control.Tooltip"));
        assertThat(why[0]).as("the column menu's button says why Phase does not show").isNotNull();
        assertThat(why[0].getText()).startsWith("Phase: ");

        resize(robot, 1600);
        waitForColumns(robot, table, "room again for the ticked Phase", columns -> keepsTheMainColumns(columns)
                && columns.contains("Phase"));
    }

    @Test
    void theQueuesKeepTheirTitlesFiguresInSightAndTheChartsTheirLegends(FxRobot robot) throws Exception {
        robot.clickOn("#nav-queues");
        TableView<?> table = robot.lookup("#queuesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        // Wider, then back to 1024: the columns must give back what they took.
        robot.interact(() -> stage.setWidth(1500));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(clipped(robot, "#queuesTable .column-header .label", "#attentionOnly", "#clearQueueFilters",
                "#queueCount", "#waitLegend .label", "#scoreLegend .label", "#queueDetail .button")).isEmpty();
        List<Node> figures = new ArrayList<>();
        robot.interact(() -> robot.lookup("#queuesTable .table-row-cell").queryAll()
                .forEach(row -> figures.addAll(row.lookupAll(".table-cell"))));
        List<String> cutFigures = new ArrayList<>();
        robot.interact(() -> cutFigures.addAll(Clipped.among(figures)));
        assertThat(cutFigures).as("every figure of every queue on screen, names included").isEmpty();
        assertThat(robot.lookup("#waitLegend .label").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("Longest wait (s)", "Waiting (interactions)");
        // The score, the last column, is within the table's own width: no scrolling to see the verdict.
        Node score = Headers.of(table, "scoreColumn");
        Node tableNode = robot.lookup("#queuesTable").query();
        double tableRight = tableNode.localToScene(tableNode.getBoundsInLocal()).getMaxX();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> score.localToScene(score.getBoundsInLocal()).getMaxX() <= tableRight + 1);
        } catch (TimeoutException e) {
            StringBuilder widths = new StringBuilder();
            table.getColumns().forEach(c -> widths.append(c.getText()).append(' ').append(c.getWidth()).append('/')
                    .append(c.getMinWidth()).append(", "));
            throw new AssertionError("the score column ends at " + score.localToScene(score.getBoundsInLocal())
                    .getMaxX() + ", past the table's edge at " + tableRight + "; table " + table.getWidth()
                    + " wide, columns (width/min): " + widths, e);
        }
    }

    @Test
    void theSettingsFormsKeepTheirLabelsAndValuesWhole(FxRobot robot) {
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipped(robot, "#connectionScroll .label", "#connectionScroll .radio-button",
                "#connectionScroll .combo-box .list-cell", "#connectionScroll .choice-box .label", "#save",
                "#testConnection", "#settingsTabs .tab-label")).isEmpty();
        // The score weights read whole, their values too (a squeezed field showed "0" for 0.5).
        TextField wait = robot.lookup("#waitWeight").queryAs(TextField.class);
        assertThat(wait.getWidth()).isGreaterThanOrEqualTo(wait.prefWidth(-1) - 0.5);
    }

    @Test
    void theAddOnControlsAreThemedWithoutACssWarning(FxRobot robot) {
        List<LogRecord> warnings = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger css = Logger.getLogger("javafx.css");
        css.addHandler(catcher);
        try {
            robot.clickOn("#nav-tuning");
            assertThat(clipped(robot, "#tuningQueue .list-cell", "#tuningHeldSkill .list-cell",
                    "#tuningAgents .column-header .label")).as("the tuning filters read whole").isEmpty();
            robot.clickOn("#tuningSkill");
            robot.write("Spa");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#nav-provisioning");
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            css.removeHandler(catcher);
        }
        assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void theAlertCenterKeepsItsFiltersAndActionsWhole(FxRobot robot) {
        robot.clickOn("#nav-alerts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipped(robot, "#pastStatus .list-cell", "#pastCondition .list-cell", "#searchPast", "#newerPast",
                "#olderPast", "#exportAlerts", "#acknowledge", "#snooze", "#openAgent",
                "#activeAlerts .column-header .label", "#pastAlerts .column-header .label")).isEmpty();
    }

    @Test
    void provisioningAndDriftKeepTheirControlsWhole(FxRobot robot) {
        robot.clickOn("#nav-provisioning");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipped(robot, "#pickSkill", "#pickGroup", "#pickFlow", "#pickDivision", "#checkQueue",
                "#createQueue", "#addSkilledMembers")).isEmpty();
        robot.clickOn("#nav-drift");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipped(robot, "#baselineSaved", "#baselineFromFile", "#savedBaselines .list-cell",
                "#driftTarget .list-cell", "#compareDrift", "#cancelDrift", "#saveLiveBaseline", "#acceptDrift",
                "#revertDrift", "#driftTable .column-header .label")).isEmpty();
    }
}
