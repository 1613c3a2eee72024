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
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
    void stop() {
        composition.close();
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
        // The optional columns show as far as they fit (Work, Now, then Presence and Phase); the table's column menu
        // has the others.
        assertThat(table.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getText())
                .startsWith("Agent", "Team", "Queues", "State").contains("In state", "Work", "Now");
        assertThat(table.isTableMenuButtonVisible()).isTrue();

        assertThat(clipped(robot, "#floorScreen .combo-box .list-cell", "#clearFilters", "#floorDetailToggle",
                "#summary .toggle-button", "#floorLegend .legend-swatch", "#floorTable .column-header .label"))
                .isEmpty();
        // The agent, team and state of every row on screen; the queue list may be cut (the tooltip-free column
        // that gives way first).
        List<Node> cells = new ArrayList<>();
        robot.interact(() -> robot.lookup("#floorTable .table-row-cell").queryAll().forEach(row -> {
            List<Node> rowCells = new ArrayList<>(row.lookupAll(".table-cell"));
            cells.addAll(rowCells.subList(0, Math.min(2, rowCells.size())));
            row.lookupAll(".activity-chip").forEach(cells::add);
        }));
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(Clipped.among(cells)));
        assertThat(cells).hasSizeGreaterThan(20);
        assertThat(cut).isEmpty();

        robot.clickOn("#floorDetailToggle");
        assertThat(robot.lookup("#agentDetail").tryQuery()).as("unfolded on request").isPresent();
        assertThat(robot.lookup("#detailName").queryAs(Label.class).getText()).isEqualTo("Select an agent");
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
