package io.floorwatch.ui;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.drift.DriftService;
import io.floorwatch.drift.IgnoreRules;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.drift.DriftItem;
import io.floorwatch.ui.drift.DriftTable;
import io.floorwatch.ui.drift.DriftView;
import io.floorwatch.ui.drift.DriftViewModel;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The drift screen, headless: save a baseline, compare after changes, filter and search, revert a row, export. */
@ExtendWith(ApplicationExtension.class)
class DriftUiTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> watched = new CopyOnWriteArrayList<>();
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        emulator = new Emulator(TestEmulators.still(12)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        dir = Files.createTempDirectory("floorwatch-drift-ui");
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90), Clock.systemUTC());
        DriftService service = new DriftService(gateway, history.baselines(), history.writer(), "sup.one",
                Clock.systemUTC(), GenesysGateway::connect);
        DriftViewModel model = new DriftViewModel(() -> Optional.of(service), history.baselines()::list, tasks,
                dialogs, IgnoreRules::none, watched::add, ZoneOffset.UTC);
        stage.setScene(new Scene(new DriftView(model), 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        history.close();
        gateway.close();
        emulator.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitForMessage(FxRobot robot, String start) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#driftMessage").startsWith(start));
    }

    @Test
    void theTableShowsFiltersAndRevertsARow(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#newBaselineName").queryAs(TextField.class).setText("Morning"));
        robot.clickOn("#saveLiveBaseline");
        waitForMessage(robot, "Saved baseline 'Morning'");
        assertThat(robot.lookup("#savedBaselines").queryAs(ComboBox.class).getValue()).isEqualTo("Morning");

        String queueId = gateway.allQueues().get(0).id();
        String queueName = gateway.updateQueue(queueId, s -> s.withDescription("edited in admin")).name();
        EmUser user = emulator.org().users().stream().filter(u -> !u.skills().isEmpty()).findFirst().orElseThrow();
        SkillAssignment held = gateway.userSkills(user.id()).get(0);
        gateway.setUserSkill(user.id(), held.skillId(), held.proficiency() >= 4.5 ? 1.0 : held.proficiency() + 0.5);

        robot.clickOn("#compareDrift");
        waitForMessage(robot, "2 differences");
        TableView<DriftItem> grouped = robot.lookup("#driftTable").queryAs(TableView.class);
        robot.interact(() -> grouped.getSelectionModel().select(0));
        assertThat(robot.lookup("#revertDrift").query().isDisabled()).as("a heading is not a row to revert").isTrue();
        TableView<DriftItem> table = robot.lookup("#driftTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(i -> i.isHeading() ? i.group() : i.entity() + " " + i.field())
                .containsExactly("Queues (1)", queueName + " description", "Agent skills (1)",
                        user.name() + " / " + held.skillName() + " proficiency");
        assertThat(text(robot, "#driftCounts"))
                .isEqualTo("Queues 1 · Skills 0 · Agent skills 1 · Utilisation 0");

        robot.interact(() -> robot.lookup("#driftTypeFilter").queryAs(ComboBox.class).setValue("Agent skills"));
        assertThat(table.getItems()).extracting(DriftItem::group).containsExactly("Agent skills (1)", "");
        assertThat(text(robot, "#driftCounts"))
                .isEqualTo("Queues 0 of 1 · Skills 0 · Agent skills 1 · Utilisation 0");
        robot.interact(() -> {
            robot.lookup("#driftTypeFilter").queryAs(ComboBox.class).setValue(DriftTable.ANY);
            robot.lookup("#driftSearch").queryAs(TextField.class).setText("edited in");
        });
        assertThat(table.getItems()).extracting(DriftItem::live).containsExactly("", "edited in admin");

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#revertDrift");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#driftPreviewPane").query().isVisible());
        assertThat(text(robot, "#driftPreviewTitle")).startsWith("Revert 1 of 1 in the org?");
        assertThat(robot.lookup("#driftPreview").queryAs(ListView.class).getItems()).singleElement()
                .asString().contains("update queue '" + queueName + "': description 'edited in admin' -> ");
        robot.clickOn("#confirmDrift");
        waitForMessage(robot, "Reverted 1 of 1; 1 difference remains.");

        robot.interact(() -> robot.lookup("#driftSearch").queryAs(TextField.class).setText(""));
        assertThat(table.getItems()).extracting(i -> i.isHeading() ? i.group() : i.entity())
                .containsExactly("Agent skills (1)", user.name() + " / " + held.skillName());
        assertThat(gateway.queue(queueId).settings().description()).startsWith("Simulated");
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.audit().page("queue.update", 0, 10)).singleElement()
                .satisfies(row -> assertThat(row.entry().outcome()).isEqualTo("ok"));

        File csv = dir.resolve("drift.csv").toFile();
        dialogs.saveAs = csv;
        robot.clickOn("#exportDrift").clickOn("#exportDriftCSV");
        waitForMessage(robot, "Exported 1 difference to");
        assertThat(Files.readString(csv.toPath())).startsWith("type,entity,field").contains("AGENT_SKILL,"
                + user.name() + " / " + held.skillName() + ",proficiency");

        robot.clickOn("#watchBaseline");
        assertThat(watched).containsExactly("Morning");
    }

    @Test
    void aMissingInputIsNamedAndNothingRuns(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#driftMessage").startsWith("No baseline"));
        assertThat(robot.lookup("#compareDrift").query().isDisabled()).as("Compare waits for a baseline").isTrue();

        Path notASnapshot = dir.resolve("queues.csv");
        Files.writeString(notASnapshot, "name\nSales\n");
        dialogs.open = notASnapshot.toFile();
        robot.clickOn("#openBaselineFile");
        robot.clickOn("#compareDrift");
        waitForMessage(robot, "Comparison failed");
        assertThat(text(robot, "#driftMessage")).contains("queues.csv is not a Floorwatch configuration snapshot");
    }
}
