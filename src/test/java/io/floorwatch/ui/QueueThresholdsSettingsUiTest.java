package io.floorwatch.ui;

import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.settings.NoticeSettingsForm;
import io.floorwatch.ui.settings.SettingsView;
import io.floorwatch.ui.settings.SettingsViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings screen's Queues tab, headless, on a settings file of its own: each queue's empty field shows what
 * it inherits and from where; a bad threshold is refused with a message naming the queue and the field (nothing
 * saved); a good one is saved through the same Save as every tab.
 */
@ExtendWith(ApplicationExtension.class)
class QueueThresholdsSettingsUiTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final AtomicReference<Settings> saved = new AtomicReference<>();
    private Path file;
    private SettingsStore store;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory("floorwatch-queue-thresholds-ui").resolve("settings.json");
        store = new SettingsStore(file);
        // A queue another org holds keeps its thresholds through a save in this one.
        Settings current = Settings.defaults().withQueueThresholds(QueueThresholdSettings.none()
                .with("Claims (test org)", new QueueThresholds(null, null, 1, 2, null, null)));
        store.save(current);
        Map<String, RoutingQueue> directory = Map.of(
                "q-billing", new RoutingQueue("q-billing", new QueueSettings("Billing", null, null, null, null, null,
                        Map.of("call", new MediaSettings(8, 0.8, 20_000L))), 0, 0, Instant.EPOCH),
                "q-sales", new RoutingQueue("q-sales", QueueSettings.named("Sales"), 0, 0, Instant.EPOCH));
        SettingsViewModel model = new SettingsViewModel(store, current, new Secrets(
                new EnvironmentSecretStore(Map.of()), new InMemoryKeychain()), new ConnectionTester(
                Duration.ofSeconds(1)), Regions.all(), tasks, saved::set, drift -> { },
                SettingsViewModel.SignInActions.NONE, NoticeSettingsForm.Sources.NONE, () -> directory);
        stage.setScene(new Scene(new SettingsView(model), 1100, 720));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static void type(FxRobot robot, String id, String value) {
        TextField field = field(robot, id);
        robot.interact(() -> field.setText(value));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anEmptyFieldShowsWhatItInheritsAndFromWhere(FxRobot robot) {
        robot.clickOn("#queueThresholdsTab .tab-label");

        assertThat(field(robot, "#qt-Billing-SERVICE_LEVEL_TARGET").getPromptText()).isEqualTo("80 (Genesys)");
        assertThat(field(robot, "#qt-Billing-LONGEST_WAIT_RED").getPromptText()).isEqualTo("40 (Genesys)");
        assertThat(field(robot, "#qt-Sales-SERVICE_LEVEL_TARGET").getPromptText()).isEqualTo("80 (built-in)");
        assertThat(field(robot, "#qt-Sales-WAITING_AMBER").getPromptText()).isEqualTo("5 (built-in)");
        assertThat(field(robot, "#qt-defaults-SERVICE_LEVEL_TARGET").getPromptText()).isEqualTo("Genesys, else 80");
        assertThat(field(robot, "#qt-Claims__test_org_-WAITING_RED").getText()).isEqualTo("2");

        type(robot, "#qt-defaults-WAITING_AMBER", "8");
        type(robot, "#qt-defaults-SERVICE_LEVEL_TARGET", "90");
        assertThat(field(robot, "#qt-Sales-WAITING_AMBER").getPromptText()).isEqualTo("8 (defaults)");
        assertThat(field(robot, "#qt-Billing-SERVICE_LEVEL_TARGET").getPromptText()).isEqualTo("90 (defaults)");

        type(robot, "#queueThresholdsFilter", "sal");
        assertThat(robot.lookup("#qt-Billing-WAITING_AMBER").tryQuery()).as("filtered out").isEmpty();
        assertThat(robot.lookup("#qt-Sales-WAITING_AMBER").tryQuery()).isPresent();
        assertThat(robot.lookup("#qt-defaults-WAITING_AMBER").tryQuery()).as("the defaults always show")
                .isPresent();
    }

    @Test
    void aBadThresholdIsRefusedNamingTheQueueAndTheFieldAndAGoodOneIsSaved(FxRobot robot) throws Exception {
        String before = Files.readString(file);
        robot.clickOn("#queueThresholdsTab .tab-label");

        type(robot, "#qt-Billing-LONGEST_WAIT_RED", "soon");
        robot.clickOn("#connectionTab .tab-label");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#queueThresholdsError")).isEqualTo("Billing, Longest wait red s: 'soon' is not a "
                + "whole number of seconds, or leave it empty to inherit.");
        assertThat(text(robot, "#settingsMessage")).contains("not saved");
        assertThat(robot.lookup("#settingsTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getId()).as("the tab with the message shows").isEqualTo("queueThresholdsTab");

        type(robot, "#qt-Billing-LONGEST_WAIT_RED", "");
        type(robot, "#qt-Billing-SERVICE_LEVEL_TARGET", "85");
        type(robot, "#qt-Billing-SERVICE_LEVEL_RED", "90 %");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#queueThresholdsError")).isEqualTo("Billing: the service-level red line (90.0 %) "
                + "must not be above the target (85.0 %).");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(saved.get()).isNull();

        type(robot, "#qt-Billing-SERVICE_LEVEL_RED", "70");
        type(robot, "#qt-Sales-WAITING_RED", "12");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#settingsMessage").startsWith("Saved."));

        assertThat(text(robot, "#queueThresholdsError")).isEmpty();
        QueueThresholdSettings read = store.load().settings().queueThresholds();
        assertThat(read.own("Billing")).isEqualTo(new QueueThresholds(0.85, 0.7, null, null, null, null));
        assertThat(read.own("Sales")).isEqualTo(new QueueThresholds(null, null, null, 12, null, null));
        assertThat(read.own("Claims (test org)").waitingRed()).as("kept").isEqualTo(2);
        assertThat(read.defaults()).isEqualTo(QueueThresholds.NONE);
        assertThat(saved.get().queueThresholds()).as("the running app is told").isEqualTo(read);
    }
}
