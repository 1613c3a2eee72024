package io.floorwatch.ui;

import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.AlertRule;
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
 * An adherence rule in Settings > Alerts, headless: it shows the scheduled activities it watches, a name that is no
 * activity is refused with the list of those that are (nothing saved), and a good one is saved; other rules'
 * "Scheduled" field is off.
 */
@ExtendWith(ApplicationExtension.class)
class AdherenceRuleSettingsUiTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final AtomicReference<Settings> saved = new AtomicReference<>();
    private Path file;
    private SettingsStore store;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory("floorwatch-adherence-settings-ui").resolve("settings.json");
        store = new SettingsStore(file);
        store.save(Settings.defaults());
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(), new Secrets(
                new EnvironmentSecretStore(Map.of()), new InMemoryKeychain()), new ConnectionTester(
                Duration.ofSeconds(1)), Regions.all(), tasks, saved::set);
        stage.setScene(new Scene(new SettingsView(model), 1100, 760));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void anAdherenceRuleWatchesScheduledActivitiesNamedAsPeopleNameThem(FxRobot robot) throws Exception {
        robot.clickOn("#alertsTab .tab-label");
        @SuppressWarnings("unchecked")
        ListView<AlertRuleRow> rules = robot.lookup("#alertRules").queryAs(ListView.class);
        TextField scheduled = robot.lookup("#ruleActivities").queryAs(TextField.class);
        assertThat(scheduled.isDisabled()).as("the first rule watches a state").isTrue();

        AlertRuleRow onQueue = rules.getItems().stream()
                .filter(r -> r.nameProperty().get().equals("Out of adherence, on-queue time")).findFirst()
                .orElseThrow();
        robot.interact(() -> rules.getSelectionModel().select(onQueue));
        assertThat(scheduled.isDisabled()).isFalse();
        assertThat(scheduled.getText()).isEqualTo("On queue");
        assertThat(onQueue.toString()).contains("after 5 min").contains("On queue");

        String before = Files.readString(file);
        robot.interact(() -> scheduled.setText("On queue, Lunch"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ruleActivitiesError").queryAs(Label.class).getText())
                .startsWith("Scheduled: 'Lunch' is not one of On queue, Break, Meal");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(saved.get()).isNull();

        robot.interact(() -> scheduled.setText("on queue, meal"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsMessage").queryAs(Label.class)
                .getText().startsWith("Saved."));
        AlertRule stored = store.load().settings().alerts().rules().stream()
                .filter(r -> r.name().equals("Out of adherence, on-queue time")).findFirst().orElseThrow();
        assertThat(stored.activities()).containsExactly(ActivityCategory.ON_QUEUE_WORK, ActivityCategory.MEAL);
        assertThat(stored.media()).isEmpty();
    }
}
