package io.floorwatch.ui;

import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.InteractionSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.MediaType;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.settings.AlertRuleRow;
import io.floorwatch.ui.settings.SettingsView;
import io.floorwatch.ui.settings.SettingsViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings screen's interaction parts, headless, on a settings file of its own: the per-media thresholds are
 * refused with a message naming the media and field (nothing saved) or saved; an interaction rule shows the media
 * it watches, and a state rule's media field is off.
 */
@ExtendWith(ApplicationExtension.class)
class InteractionSettingsUiTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final AtomicReference<Settings> saved = new AtomicReference<>();
    private Path file;
    private SettingsStore store;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory("floorwatch-interaction-settings-ui").resolve("settings.json");
        store = new SettingsStore(file);
        store.save(Settings.defaults());
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(), new Secrets(
                new EnvironmentSecretStore(Map.of()), new InMemoryKeychain()), new ConnectionTester(
                Duration.ofSeconds(1)), Regions.all(), tasks, saved::set);
        stage.setScene(new Scene(new SettingsView(model), 1100, 720));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String id, String value) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    @Test
    void aBadThresholdIsRefusedWithAMessageAndAGoodOneIsSaved(FxRobot robot) throws Exception {
        String before = Files.readString(file);
        robot.clickOn("#interactionsTab .tab-label");
        assertThat(robot.lookup("#interactionThresholds").tryQuery()).isPresent();
        assertThat(robot.lookup("#threshold-CALL-HANDLE").queryAs(TextField.class).getText()).isEqualTo("10");

        type(robot, "#threshold-EMAIL-HOLD", "ages");
        robot.clickOn("#connectionTab .tab-label");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#interactionsError")).isEqualTo("Email hold: 'ages' is not a duration; enter "
                + "minutes (2, 2.5) or m:ss (2:30).");
        assertThat(text(robot, "#settingsMessage")).contains("not saved");
        assertThat(robot.lookup("#settingsTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getId()).as("the tab with the message shows").isEqualTo("interactionsTab");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(saved.get()).isNull();

        type(robot, "#threshold-EMAIL-HOLD", "7:30");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#settingsMessage").startsWith("Saved."));

        assertThat(text(robot, "#interactionsError")).isEmpty();
        InteractionSettings read = store.load().settings().interactions();
        assertThat(read.of(MediaType.EMAIL).hold()).isEqualTo(Duration.ofSeconds(450));
        assertThat(read.of(MediaType.CALL)).isEqualTo(InteractionSettings.defaults().of(MediaType.CALL));
    }

    @Test
    void anInteractionRuleShowsItsMediaAndAStateRulesMediaFieldIsOff(FxRobot robot) {
        robot.clickOn("#alertsTab .tab-label");
        @SuppressWarnings("unchecked")
        ListView<AlertRuleRow> rules = robot.lookup("#alertRules").queryAs(ListView.class);
        TextField media = robot.lookup("#ruleMedia").queryAs(TextField.class);
        assertThat(media.isDisabled()).as("the first rule watches a state").isTrue();

        robot.interact(() -> rules.getSelectionModel().select(rules.getItems().stream()
                .filter(r -> r.nameProperty().get().equals("Long call")).findFirst().orElseThrow()));

        assertThat(media.isDisabled()).isFalse();
        assertThat(media.getText()).isEqualTo("Voice, Callback");
    }
}
