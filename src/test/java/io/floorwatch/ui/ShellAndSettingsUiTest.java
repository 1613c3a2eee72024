package io.floorwatch.ui;

import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.app.Composition;
import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.SpecRow;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.settings.ConnectionForm;
import io.floorwatch.ui.queues.QueueRow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell and the settings screen, headless, against the real composition and the in-process emulator. */
@ExtendWith(ApplicationExtension.class)
class ShellAndSettingsUiTest {
    private Composition composition;
    private Path home;
    private final InMemoryKeychain keychain = new InMemoryKeychain();
    private List<String> dialogs;
    private Path settingsFile;
    private String initialSettings;

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("floorwatch-ui");
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        // The demo's lingering agents would raise alerts, and their toasts sit over the form the robot clicks:
        // these tests are about settings, so the rules start switched off (the alerts tab still edits them).
        List<AlertRule> off = AlertRule.defaults().stream()
                .map(r -> new AlertRule(r.name(), r.condition(), r.thresholdSeconds(), r.teams(),
                        r.queues(), r.roles(), false, r.quiet())).toList();
        settingsFile = paths.settingsFile();
        new SettingsStore(settingsFile).save(Settings.defaults()
                .withAlerts(AlertSettings.defaults().withRules(off)));
        composition = new Composition(paths, Map.of(), keychain, new FxTaskExecutor(), false,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(40, 4, 8, 5, 1.0)).withSimulation(false));
        RecordingDialogs recording = new RecordingDialogs();
        dialogs = recording.shown;
        initialSettings = Files.readString(settingsFile);
        stage.setScene(new Scene(composition.buildWindow(recording), 1100, 720));
        stage.sizeToScene();
        stage.show();
        composition.start();
    }

    @AfterEach
    void stop() {
        composition.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void type(FxRobot robot, String id, String value) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    private void waitForText(FxRobot robot, String id, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, id).contains(expected));
    }

    /** These tests connect with the client's own secret: choose client credentials. */
    @SuppressWarnings("unchecked")
    private void serviceSignIn(FxRobot robot) {
        robot.interact(() -> robot.lookup("#signInChoice").queryAs(ChoiceBox.class)
                .setValue(ConnectionForm.SignInChoice.SERVICE));
    }

    /** Fills the form with the running demo emulator's URL and client; returns the URL. */
    private String enterEmulatorConnection(FxRobot robot, String secret) throws Exception {
        waitForText(robot, "#connectionStatus", "Connected: demo");
        String url = composition.session().emulator().baseUrl();
        robot.clickOn("#nav-settings");
        robot.clickOn("#targetCUSTOM_URL");
        type(robot, "#customUrl", url);
        type(robot, "#clientId", "demo");
        serviceSignIn(robot);
        type(robot, "#secret", secret);
        return url;
    }

    @Test
    void opensOnTheDemoAndSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        waitForText(robot, "#connectionStatus", "Connected: demo");
        assertThat(text(robot, "#connectionStatus")).contains("Floorwatch Demo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#tokenStatus").startsWith("Token: valid"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#rateStatus").contains("/300 left"));
        assertThat(robot.lookup("#nav-settings").tryQuery()).isPresent();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void rejectsEachInvalidFieldWithAMessageNamingItAndSavesNothing(FxRobot robot) throws IOException {
        robot.clickOn("#nav-settings");
        robot.clickOn("#targetREGION");
        serviceSignIn(robot);
        type(robot, "#clientId", "");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#regionError")).startsWith("Region:");
        assertThat(text(robot, "#clientIdError")).startsWith("Client ID: required");
        assertThat(text(robot, "#secretError")).startsWith("Client secret: required");
        assertThat(text(robot, "#settingsMessage")).contains("not saved");

        type(robot, "#clientId", "not-a-uuid");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#clientIdError")).contains("UUID");

        robot.clickOn("#targetCUSTOM_URL");
        type(robot, "#customUrl", "ftp://example.com");
        type(robot, "#clientId", "has space");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#customUrlError")).startsWith("API URL:").contains("http(s)");
        assertThat(text(robot, "#clientIdError")).contains("must not contain spaces");

        type(robot, "#customUrl", "http://api.example.com");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#customUrlError")).contains("use https");
        assertThat(Files.readString(settingsFile)).isEqualTo(initialSettings);
        assertThat(keychain.secrets).isEmpty();
    }

    @Test
    void testConnectionSucceedsAgainstTheEmulatorAndShowsGenesysErrorForAWrongSecret(FxRobot robot)
            throws Exception {
        enterEmulatorConnection(robot, "demo");
        robot.clickOn("#testConnection");
        waitForText(robot, "#settingsMessage", "Connected to Floorwatch Demo.");

        type(robot, "#secret", "wrong");
        robot.clickOn("#testConnection");
        waitForText(robot, "#settingsMessage", "Connection failed");
        assertThat(text(robot, "#settingsMessage")).contains("authentication failed").contains("401");
    }

    @Test
    void testConnectionShowsWithTheConnectionFieldsOnlyAndSaveUnderEveryTab(FxRobot robot) throws Exception {
        enterEmulatorConnection(robot, "demo");
        TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
        assertThat(showing(robot.lookup("#testConnection").query())).isTrue();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(showing(robot.lookup("#testConnection").query())).as("not on the Alerts tab").isFalse();
        assertThat(showing(robot.lookup("#save").query())).isTrue();
    }

    @Test
    void atTenTwentyFourPixelsTheScoreWeightsShowWholeLabelsAndValues(FxRobot robot) throws Exception {
        waitForText(robot, "#connectionStatus", "Connected: demo");
        Window window = robot.lookup("#nav-settings").query().getScene().getWindow();
        robot.interact(() -> {
            window.setWidth(1024);
            window.setHeight(700);
        });
        robot.clickOn("#nav-settings");
        type(robot, "#waitWeight", "0.5");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#waitWeightLabel", "#availabilityWeightLabel", "#abandonWeightLabel")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as(id + " is not cut short").isEqualTo(label.getText());
        }
        TextField wait = robot.lookup("#waitWeight").queryAs(TextField.class);
        assertThat(wait.getWidth()).as("the weight field keeps room for its value")
                .isGreaterThanOrEqualTo(wait.prefWidth(-1) - 0.5);
    }

    /** Whether a node is on screen: it and every parent visible. */
    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void savingValidSettingsStoresTheSecretInTheKeychainNotTheFile(FxRobot robot) throws Exception {
        String url = enterEmulatorConnection(robot, "topsecret-42");
        robot.clickOn("#save");
        waitForText(robot, "#settingsMessage", "Saved.");
        String file = Files.readString(home.resolve("config/settings.json"));
        assertThat(file).contains(url).contains("\"clientId\" : \"demo\"");
        assertThat(file).doesNotContain("topsecret-42").doesNotContainIgnoringCase("secret");
        assertThat(keychain.secrets).containsEntry("demo", "topsecret-42");
    }

    @Test
    void feedSettingsAreValidatedPerFieldAndSaved(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#targetCUSTOM_URL");
        // Saving connects: a loopback port nobody listens on, so the test sends nothing beyond this machine.
        type(robot, "#customUrl", "https://127.0.0.1:9");
        type(robot, "#clientId", "demo");
        serviceSignIn(robot);
        type(robot, "#secret", "s3cret");
        robot.interact(() -> robot.lookup("#queueSource").queryAs(ChoiceBox.class)
                .getSelectionModel().select(1));
        type(robot, "#bootstrapServers", "");
        type(robot, "#groupId", "bad group!");
        type(robot, "#waitWeight", "lots");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#bootstrapError")).startsWith("Kafka bootstrap servers: required");
        assertThat(text(robot, "#groupError")).startsWith("Consumer group:");
        assertThat(text(robot, "#weightsError")).contains("wait weight 'lots' is not a number");
        assertThat(text(robot, "#settingsMessage")).contains("not saved");

        type(robot, "#bootstrapServers", "kafka one:9092");
        type(robot, "#queueTopic", "no spaces allowed");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#bootstrapError")).contains("is not host:port");
        assertThat(text(robot, "#topicError")).startsWith("Topic 'no spaces allowed'");

        type(robot, "#bootstrapServers", "kafka1:9092,kafka2:9092");
        type(robot, "#queueTopic", "contact-center.queue-metrics");
        type(robot, "#groupId", "floor-3");
        type(robot, "#waitWeight", "0.6");
        type(robot, "#availabilityWeight", "0.2");
        type(robot, "#abandonWeight", "0.2");
        robot.clickOn("#save");
        waitForText(robot, "#settingsMessage", "Saved.");
        Settings saved = new SettingsStore(
                home.resolve("config/settings.json")).load().settings();
        assertThat(saved.feeds().queueSource()).isEqualTo(FeedSettings.QueueSource.KAFKA);
        assertThat(saved.feeds().bootstrapServers()).isEqualTo("kafka1:9092,kafka2:9092");
        assertThat(saved.feeds().queueTopic()).isEqualTo("contact-center.queue-metrics");
        assertThat(saved.feeds().groupId()).isEqualTo("floor-3");
        assertThat(saved.feeds().weights()).isEqualTo(new ScoreWeights(0.6, 0.2, 0.2));
    }

    @Test
    void alertRulesAreValidatedPerFieldAndSavedWithTheSettings(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#alertsTab .tab-label");
        type(robot, "#ruleThreshold", "soon");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#ruleThresholdError")).isEqualTo("Threshold: 'soon' is not a number of minutes "
                + "(0 for at once, up to 1440).");
        assertThat(text(robot, "#rulesError")).startsWith("Rule 1 ('Available, not on queue')");
        assertThat(text(robot, "#settingsMessage")).contains("not saved");

        type(robot, "#ruleThreshold", "7.5");
        type(robot, "#ruleName", " ");
        type(robot, "#webhookUrl", "http://hooks.example.com/alerts");
        type(robot, "#minDwell", "-3");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#ruleNameError")).startsWith("Rule name: required");
        assertThat(text(robot, "#ruleThresholdError")).isEmpty();
        assertThat(text(robot, "#webhookError")).contains("use https");
        assertThat(text(robot, "#debounceError")).startsWith("Minimum dwell: 0 to 3600 seconds");
        assertThat(Files.readString(settingsFile)).isEqualTo(initialSettings);

        type(robot, "#ruleName", "Available off queue (floor)");
        type(robot, "#webhookUrl", "https://hooks.example.com/alerts");
        type(robot, "#minDwell", "10");
        robot.clickOn("#addRule");
        robot.interact(() -> robot.lookup("#ruleCondition").queryAs(ChoiceBox.class)
                .setValue(AlertCondition.BREAK));
        type(robot, "#ruleName", "Team leads on break");
        type(robot, "#ruleThreshold", "45");
        type(robot, "#ruleRoles", "Team Lead, Supervisor");
        assertThat(robot.lookup("#ruleToast").queryAs(CheckBox.class).isSelected()).as("a new rule pops up").isTrue();
        robot.clickOn("#ruleToast");
        robot.clickOn("#save");
        waitForText(robot, "#settingsMessage", "Saved.");

        AlertSettings saved = new SettingsStore(
                home.resolve("config/settings.json")).load().settings().alerts();
        assertThat(saved.rules().get(0)).satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("Available off queue (floor)");
            assertThat(rule.thresholdSeconds()).isEqualTo(450);
        });
        assertThat(saved.rules().get(1)).satisfies(rule -> {
            assertThat(rule.condition()).isEqualTo(AlertCondition.BREAK);
            assertThat(rule.thresholdSeconds()).isEqualTo(2700);
            assertThat(rule.roles()).containsExactly("Team Lead", "Supervisor");
            assertThat(rule.quiet()).as("its toast switched off").isTrue();
        });
        assertThat(saved.rules().get(0).quiet()).isFalse();
        assertThat(saved.rules()).hasSize(AlertRule.defaults().size() + 1);
        assertThat(saved.webhookUrl()).isEqualTo("https://hooks.example.com/alerts");
        assertThat(saved.minDwellSeconds()).isEqualTo(10);
        assertThat(composition.alerts().settings()).isEqualTo(saved);
    }

    @Test
    void aQueueCreatedHereIsNamedOnTheQueuesScreenAtOnce(FxRobot robot) throws Exception {
        waitForText(robot, "#connectionStatus", "Connected: demo");
        QueueProvisioner provisioner = composition.session().services().orElseThrow().provisioner();
        QueueOutcome outcome = provisioner.createAll(List.of(new SpecRow(1, "item 1",
                QueueSpec.named("Floor test queue"), List.of())), provisioner.readOrg(), () -> false, o -> { })
                .get(0);
        assertThat(outcome.status()).isEqualTo(QueueOutcome.Status.CREATED);

        robot.clickOn("#nav-queues");
        TableView<QueueRow> table = robot.lookup("#queuesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.name().equals("Floor test queue")));
        assertThat(table.getItems()).extracting(QueueRow::name).doesNotContain(outcome.queueId());
    }
}
