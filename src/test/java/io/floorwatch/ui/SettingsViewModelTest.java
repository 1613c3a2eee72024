package io.floorwatch.ui;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.HistorySettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.domain.Theme;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.ui.common.TaskExecutor;
import io.floorwatch.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings form's save, without a window: what it does not edit survives, what it edits is stored. */
class SettingsViewModelTest {
    @TempDir
    Path dir;

    private static final TaskExecutor NOW = new io.floorwatch.testkit.CurrentThreadTasks();

    @Test
    void savingKeepsTheHistoryRetentionAndStoresTheFeeds() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings current = new Settings(ConnectionSettings.demo(), Theme.DARK, new HistorySettings(30),
                FeedSettings.defaults());
        AtomicReference<Settings> saved = new AtomicReference<>();
        SettingsViewModel model = new SettingsViewModel(store, current, new Secrets(new EnvironmentSecretStore(
                Map.of()), new InMemoryKeychain()), new ConnectionTester(Duration.ofSeconds(1)), Regions.all(), NOW,
                saved::set);
        model.feeds().agentSourceProperty().set(model.feeds().agentSources().get(1));
        model.feeds().abandonWeightProperty().set("0,4");

        model.saveCommand().execute();

        assertThat(model.messageProperty().get()).startsWith("Saved.");
        Settings read = store.load().settings();
        assertThat(read).isEqualTo(saved.get());
        assertThat(read.history().retentionDays()).isEqualTo(30);
        assertThat(read.theme()).isEqualTo(Theme.DARK);
        assertThat(read.feeds().agentSource()).isEqualTo(FeedSettings.AgentSource.KAFKA);
        assertThat(read.feeds().weights()).isEqualTo(new ScoreWeights(0.5, 0.3, 0.4));
    }
}
