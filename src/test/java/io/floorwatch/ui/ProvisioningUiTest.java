package io.floorwatch.ui;

import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.provisioning.QueueEditor;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.provisioning.BulkRow;
import io.floorwatch.ui.provisioning.ProvisioningView;
import io.floorwatch.ui.provisioning.ProvisioningViewModel;
import io.floorwatch.ui.provisioning.QueueEditForm;

import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The provisioning screen, headless, against the emulator through the real gateway. */
@ExtendWith(ApplicationExtension.class)
class ProvisioningUiTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("floorwatch-provisioning-ui");
        emulator = new Emulator(TestEmulators.still(30)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        QueueProvisioner provisioner = new QueueProvisioner(gateway, history.writer(), "sup.one", Clock.systemUTC(),
                outcome -> { });
        QueueEditor editor = new QueueEditor(gateway, history.writer(), "sup.one", Clock.systemUTC(), edit -> { });
        ProvisioningView view = new ProvisioningView(new ProvisioningViewModel(() -> Optional.of(provisioner),
                () -> Optional.of(editor), tasks, dialogs));
        stage.setScene(new Scene(view, 1240, 760));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        history.close();
        gateway.close();
        emulator.close();
    }

    private static void type(FxRobot robot, String id, String value) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    /**
     * A label's text, read on the FX thread: the first error decoration makes ControlsFX move the view into a
     * DecorationPane at the scene's root, and a lookup from the test thread in that moment found no label at all.
     */
    private static String text(FxRobot robot, String id) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.add(robot.lookup(id).tryQuery().map(node -> ((Label) node).getText()).orElse("")));
        return found.get(0);
    }

    private long queuesNamed(String name) {
        return emulator.org().queues().stream().filter(q -> q.name().equalsIgnoreCase(name)).count();
    }

    @Test
    void invalidFieldsShowTheirMessagesAndBlockTheCreate(FxRobot robot) throws Exception {
        String existing = emulator.org().queues().get(0).name();
        int before = emulator.org().queues().size();
        type(robot, "#field-NAME", existing.toUpperCase());
        type(robot, "#field-ALERTING", "soon");
        type(robot, "#field-SERVICE_LEVEL_PERCENT", "150");
        type(robot, "#field-SERVICE_LEVEL_SECONDS", "20");
        type(robot, "#field-SKILLS", "Klingon:2");
        robot.clickOn("#createQueue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#provisionMessage").startsWith("Not sent"));

        assertThat(text(robot, "#error-NAME")).contains("already exists");
        assertThat(text(robot, "#error-ALERTING")).isEqualTo("'soon' is not a whole number");
        assertThat(text(robot, "#error-SERVICE_LEVEL_PERCENT"))
                .isEqualTo("'150' is not a percentage from 0 to 100, e.g. 80");
        assertThat(text(robot, "#error-SKILLS")).isEqualTo("no skill named 'Klingon'");
        assertThat(emulator.org().queues()).hasSize(before);

        type(robot, "#field-NAME", "Made on screen");
        type(robot, "#field-ALERTING", "8");
        type(robot, "#field-SERVICE_LEVEL_PERCENT", "80");
        type(robot, "#field-SKILLS", "");
        robot.clickOn("#checkQueue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#provisionMessage").startsWith("Valid"));
        assertThat(text(robot, "#error-NAME")).isEmpty();
        assertThat(robot.lookup("#requestPreview").queryAs(TextArea.class).getText())
                .contains("\"name\" : \"Made on screen\"").contains("\"durationMs\" : 20000")
                .as("typed as 80 %, sent as Genesys' share").contains("\"percentage\" : 0.8");
        assertThat(emulator.org().queues()).hasSize(before);

        robot.clickOn("#createQueue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#provisionMessage")
                .contains("would have no members"));
        assertThat(queuesNamed("Made on screen")).isZero();
        robot.clickOn("#createQueue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#provisionMessage").startsWith("Created"));
        assertThat(queuesNamed("Made on screen")).isEqualTo(1);
    }

    @Test
    void aBulkImportShowsEveryRowAndCreatesTheValidOnes(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("queues.csv"), "name,alertingTimeoutSeconds\nBulk one,8\n"
                + "Bulk two,\n,10\nBulk three,soon\n");
        dialogs.open = csv.toFile();
        int before = emulator.org().queues().size();
        robot.clickOn("#bulkTab .tab-label");
        robot.clickOn("#importQueues");
        TableView<BulkRow> table = robot.lookup("#bulkRows").queryAs(TableView.class);
        // The message is set last, after the rows: waiting for it means the whole import is on screen.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#bulkMessage").contains(" rows, "));
        assertThat(table.getItems()).hasSize(4);
        assertThat(table.getItems()).extracting(BulkRow::status).containsExactly("Valid", "Valid", "Invalid",
                "Invalid");
        assertThat(table.getItems().get(2).detail()).isEqualTo("name: required");
        assertThat(table.getItems().get(3).detail()).contains("alertingTimeoutSeconds: 'soon' is not a whole number");
        assertThat(text(robot, "#bulkMessage")).contains("4 rows, 2 valid, 2 invalid");

        robot.clickOn("#createRows");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#bulkMessage").contains(" created, "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(BulkRow::status).containsExactly("Created", "Created", "Skipped",
                "Skipped");
        assertThat(table.getItems().get(0).detail()).startsWith("id ");
        assertThat(text(robot, "#bulkMessage")).isEqualTo("2 created, 2 skipped, 0 failed.");
        assertThat(emulator.org().queues()).hasSize(before + 2);

        Path results = dir.resolve("results.csv");
        dialogs.saveAs = results.toFile();
        robot.clickOn("#exportOutcomes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(results));
        assertThat(Files.readAllLines(results)).hasSize(5).element(1).asString().startsWith("line 2,Bulk one,CREATED,");
    }

    @Test
    void thePickersOfferTheOrgsNamesAndAddThemInTheFieldsSyntax(FxRobot robot) throws Exception {
        robot.clickOn("#pickSkill");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuItems(robot, "#pickSkill").stream()
                .noneMatch(MenuItem::isDisable) && !menuItems(robot, "#pickSkill").isEmpty());
        List<String> skills = menuItems(robot, "#pickSkill").stream().map(MenuItem::getText).toList();
        assertThat(skills).as("the org's active skills, sorted").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .hasSizeGreaterThan(1);
        robot.interact(() -> menuItems(robot, "#pickSkill").get(0).fire());
        robot.interact(() -> menuItems(robot, "#pickSkill").get(1).fire());
        robot.interact(() -> menuItems(robot, "#pickSkill").get(0).fire()); // already there: not added twice
        assertThat(robot.lookup("#field-SKILLS").queryAs(TextField.class).getText())
                .isEqualTo(skills.get(0) + ":1; " + skills.get(1) + ":1");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#pickGroup");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuItems(robot, "#pickGroup").stream()
                .anyMatch(m -> m instanceof Menu menu && menu.getText().equals("TEAM") && !menu.getItems().isEmpty()
                        && !menu.getItems().get(0).isDisable()));
        Menu teams = (Menu) menuItems(robot, "#pickGroup").stream().filter(m -> m.getText().equals("TEAM"))
                .findFirst().orElseThrow();
        String team = teams.getItems().get(0).getText();
        robot.interact(() -> teams.getItems().get(0).fire());
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#field-MEMBER_GROUPS").queryAs(TextField.class).getText()).isEqualTo("TEAM:" + team);

        // What was picked passes the check against the org.
        type(robot, "#field-NAME", "Picked queue");
        robot.clickOn("#checkQueue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#requestPreview")
                .queryAs(TextArea.class).getText().isEmpty());
        assertThat(text(robot, "#error-SKILLS")).isEmpty();
        assertThat(text(robot, "#error-MEMBER_GROUPS")).isEmpty();
    }

    @Test
    void anEditIsPreviewedSavedAndAStaleSaveShowsTheThreeWayTable(FxRobot robot) throws Exception {
        EmQueue target = emulator.org().queues().get(2);
        String described = target.body().path("description").asText();
        assertThat(described).as("the simulated queue has a description to change").isNotEmpty();
        robot.clickOn("#editTab .tab-label");
        ComboBox<QueueEditForm.QueuePick> picker = robot.lookup("#editQueuePicker").queryAs(ComboBox.class);
        robot.clickOn(picker);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !picker.getItems().isEmpty());
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(e -> e.id().equals(target.id()))
                .findFirst().orElseThrow()));
        robot.clickOn("#openQueue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#editMessage").startsWith("Opened"));
        assertThat(robot.lookup("#edit-field-NAME").queryAs(TextField.class).getText()).isEqualTo(target.name());
        assertThat(robot.lookup("#edit-field-SERVICE_LEVEL_PERCENT").queryAs(TextField.class).getText())
                .as("the stored share shown as the percentage the form takes").isEqualTo("80");

        type(robot, "#edit-field-DESCRIPTION", "Changed on screen");
        type(robot, "#edit-field-SERVICE_LEVEL_PERCENT", "85");
        robot.clickOn("#previewEdit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#editMessage").startsWith("Valid"));
        assertThat(robot.lookup("#editChanges").queryAs(TextArea.class).getText()).isEqualTo(
                "Description: " + described + " -> Changed on screen\nService level (%): 80 % -> 85 %");
        assertThat(emulator.org().queue(target.id()).orElseThrow().body().path("description").asText())
                .as("a preview writes nothing").isEqualTo(described);
        robot.clickOn("#saveEdit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#editMessage").startsWith("Saved"));
        assertThat(emulator.org().queue(target.id()).orElseThrow().body().path("description").asText())
                .isEqualTo("Changed on screen");

        // Someone else changes the description; this supervisor, still on the old copy, changes it too.
        try (GenesysGateway other = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"))) {
            other.updateQueue(target.id(), settings -> settings.withDescription("Theirs"));
        }
        type(robot, "#edit-field-DESCRIPTION", "Mine");
        type(robot, "#edit-field-ACW_TIMEOUT", "55");
        robot.clickOn("#saveEdit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#editConflictPane").query()
                .isVisible());
        assertThat(text(robot, "#editMessage")).contains("was changed since you opened it");
        TableView<QueueEditForm.ConflictChoice> table = robot.lookup("#editConflict").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(QueueEditForm.ConflictChoice::field, QueueEditForm.ConflictChoice::opened,
                QueueEditForm.ConflictChoice::mine, QueueEditForm.ConflictChoice::theirs).containsExactly(
                tuple("Description", "Changed on screen", "Mine", "Theirs"),
                tuple("ACW timeout (s)", table.getItems().get(1).opened(), "55", table.getItems().get(1).opened()));
        assertThat(emulator.org().queue(target.id()).orElseThrow().body().path("description").asText())
                .isEqualTo("Theirs");
        ChoiceBox<QueueEditForm.Keep> keep = robot.lookup("#keep-description").queryAs(ChoiceBox.class);
        robot.interact(() -> keep.setValue(QueueEditForm.Keep.THEIRS));
        robot.clickOn("#saveChoices");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#editMessage").startsWith("Saved"));
        assertThat(robot.lookup("#editConflictPane").query().isVisible()).isFalse();
        var body = emulator.org().queue(target.id()).orElseThrow().body();
        assertThat(body.path("description").asText()).isEqualTo("Theirs");
        assertThat(body.path("acwSettings").path("timeoutMs").asLong()).isEqualTo(55_000);
    }

    private static List<MenuItem> menuItems(FxRobot robot, String picker) {
        return robot.lookup(picker).queryAs(MenuButton.class).getItems();
    }
}
