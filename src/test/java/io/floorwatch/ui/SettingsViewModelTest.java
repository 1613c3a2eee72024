package io.floorwatch.ui;

import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.DriftSettings;
import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.HistorySettings;
import io.floorwatch.config.NoticeSecret;
import io.floorwatch.config.NoticeSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.domain.Theme;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.ui.common.TaskExecutor;
import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.ui.settings.ConnectionForm;
import io.floorwatch.ui.settings.NoticeSettingsForm;
import io.floorwatch.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings form's save, without a window: what it does not edit survives, what it edits is stored. */
class SettingsViewModelTest {
    @TempDir
    Path dir;

    private static final TaskExecutor NOW = new CurrentThreadTasks();

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

    @Test
    void theDriftCheckIsSavedCheckedAndTheWatchedBaselineSavesOnlyThatChoice() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AtomicReference<Settings> saved = new AtomicReference<>();
        AtomicReference<DriftSettings> watched = new AtomicReference<>();
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(), new Secrets(
                new EnvironmentSecretStore(Map.of()), new InMemoryKeychain()), new ConnectionTester(
                Duration.ofSeconds(1)), Regions.all(), NOW, saved::set, watched::set);

        model.drift().intervalProperty().set("0");
        model.saveCommand().execute();
        assertThat(model.drift().errorProperty().get()).isEqualTo("Drift check interval: 1 to 1440 minutes, not 0.");
        model.drift().intervalProperty().set("30");
        model.drift().ignoreFieldsProperty().set("members");
        model.saveCommand().execute();
        assertThat(model.drift().errorProperty().get()).startsWith("Ignored fields: 'members' is not TYPE.field");
        assertThat(saved.get()).isNull();

        model.drift().ignoreFieldsProperty().set("QUEUE.members, agent_skill.*");
        model.saveCommand().execute();
        assertThat(store.load().settings().drift()).isEqualTo(new DriftSettings("", 30,
                List.of("QUEUE.members", "agent_skill.*"), List.of()));

        model.feeds().abandonWeightProperty().set("0.9");
        model.watchBaseline("Production");

        Settings read = store.load().settings();
        assertThat(read.drift().baselineName()).isEqualTo("Production");
        assertThat(read.drift().intervalMinutes()).isEqualTo(30);
        assertThat(read.feeds().weights().abandonWeight()).as("unsaved edits stay unsaved").isEqualTo(0.2);
        assertThat(watched.get()).isEqualTo(read.drift());
        assertThat(model.drift().baselineProperty().get()).isEqualTo("Production");
    }

    @Test
    void theReasonRuleOfActingOnAgentsIsCheckedSavedAndFollowedBySavedSettings() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AtomicReference<Settings> saved = new AtomicReference<>();
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(), new Secrets(
                new EnvironmentSecretStore(Map.of()), new InMemoryKeychain()), new ConnectionTester(
                Duration.ofSeconds(1)), Regions.all(), NOW, saved::set);
        assertThat(model.actions().reasonAboveProperty().get()).isEqualTo("10");

        model.actions().reasonAboveProperty().set("a few");
        model.saveCommand().execute();
        assertThat(model.actions().errorProperty().get())
                .isEqualTo("Reason required above: a whole number of agents (1 to 10000), not 'a few'.");
        model.actions().reasonAboveProperty().set("0");
        model.saveCommand().execute();
        assertThat(model.actions().errorProperty().get()).isEqualTo("Reason required above: 1 to 10000 agents, not 0.");
        assertThat(saved.get()).isNull();
        assertThat(store.load().settings().actions().reasonAbove()).isEqualTo(10);

        model.actions().reasonAboveProperty().set(" 25 ");
        model.saveCommand().execute();
        assertThat(model.actions().errorProperty().get()).isEmpty();
        assertThat(store.load().settings().actions().reasonAbove()).isEqualTo(25);
        assertThat(model.savedProperty().get().actions().reasonAbove()).isEqualTo(25);
    }

    @Test
    void changeNoticesTakeAWebhookHeadersAndASecretThatGoesToTheKeychainNeverTheFile() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AtomicReference<Settings> saved = new AtomicReference<>();
        InMemoryKeychain keychain = new InMemoryKeychain();
        ChangeNotices.Delivery delivery = new ChangeNotices.Delivery("d-1", "queue.created", "queue Billing",
                java.time.Instant.parse("2026-12-04T09:00:00Z"), true, "delivered (HTTP 204)");
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(), new Secrets(
                new EnvironmentSecretStore(Map.of()), keychain), new ConnectionTester(Duration.ofSeconds(1)),
                Regions.all(), NOW, saved::set, drift -> { }, SettingsViewModel.SignInActions.NONE,
                new NoticeSettingsForm.Sources(new NoticeSecret(Map.of(), keychain), () -> List.of(delivery)));
        NoticeSettingsForm notices = model.notices();
        notices.refresh();
        assertThat(notices.signingProperty().get()).startsWith("Not signed");
        assertThat(notices.deliveries()).singleElement().satisfies(row -> {
            assertThat(row.about()).isEqualTo("queue Billing");
            assertThat(row.outcome()).isEqualTo("delivered (HTTP 204)");
            assertThat(row.signed()).isTrue();
        });

        notices.urlProperty().set("http://wfm.example.com/hook");
        notices.headersProperty().set("X-Wfm-Route: floor-7\nno colon here");
        model.saveCommand().execute();
        assertThat(notices.urlErrorProperty().get()).isEqualTo("Change webhook: use https; plain http only reaches "
                + "a receiver on this machine.");
        assertThat(notices.headersErrorProperty().get()).isEqualTo("Extra headers, line 2: write 'Name: value', "
                + "not 'no colon here'.");
        notices.headersProperty().set("X-Floorwatch-Delivery: mine");
        model.saveCommand().execute();
        assertThat(notices.headersErrorProperty().get()).isEqualTo("Extra headers, line 1: X-Floorwatch-Delivery "
                + "is set by Floorwatch itself.");
        assertThat(saved.get()).isNull();

        notices.urlProperty().set("https://wfm.example.com/hook");
        notices.headersProperty().set("X-Wfm-Route: floor-7\n\nX-Tenant:  acme ");
        notices.secretProperty().set("shared-secret");
        model.saveCommand().execute();

        assertThat(store.load().settings().notices()).isEqualTo(new NoticeSettings("https://wfm.example.com/hook",
                Map.of("X-Wfm-Route", "floor-7", "X-Tenant", "acme")));
        assertThat(keychain.secrets).containsEntry(NoticeSecret.KEYCHAIN_KEY, "shared-secret");
        assertThat(java.nio.file.Files.readString(store.file())).doesNotContain("shared-secret");
        assertThat(notices.secretProperty().get()).as("not kept in the form once stored").isEmpty();
        assertThat(notices.signingProperty().get()).startsWith("Signed with the secret kept in the OS keychain");
    }

    @Test
    void eachConnectionFieldIsCheckedWithAMessageThatNamesItAndNothingIsSavedWhileOneIsWrong() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AtomicReference<Settings> saved = new AtomicReference<>();
        SettingsViewModel model = new SettingsViewModel(store, Settings.defaults(), new Secrets(
                new EnvironmentSecretStore(Map.of()), new InMemoryKeychain()), new ConnectionTester(
                Duration.ofSeconds(1)), Regions.all(), NOW, saved::set);
        ConnectionForm connection = model.connection();
        connection.targetProperty().set(ConnectionForm.Target.REGION);
        connection.signInProperty().set(ConnectionForm.SignInChoice.SERVICE);
        connection.clientIdProperty().set("not a uuid");
        model.saveCommand().execute();
        assertThat(connection.regionErrorProperty().get()).startsWith("Region: choose");
        assertThat(connection.clientIdErrorProperty().get()).isEqualTo("Client ID: must not contain spaces.");
        assertThat(connection.secretErrorProperty().get()).startsWith("Client secret: required");
        assertThat(model.messageProperty().get()).isEqualTo("Settings not saved: fix the fields marked above.");

        connection.targetProperty().set(ConnectionForm.Target.CUSTOM_URL);
        connection.customUrlProperty().set("http://api.example.com/v2");
        connection.clientIdProperty().set("client");
        connection.secretProperty().set("s3cret");
        model.saveCommand().execute();
        assertThat(connection.customUrlErrorProperty().get())
                .isEqualTo("API URL: use https; plain http is only for an emulator on this machine.");
        assertThat(saved.get()).isNull();

        connection.customUrlProperty().set("http://127.0.0.1:8080/");
        model.saveCommand().execute();
        assertThat(model.messageProperty().get()).startsWith("Saved. Connecting to ");
        assertThat(saved.get().connection().apiBaseUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(connection.secretProperty().get()).as("the secret went to the keychain").isEmpty();
    }
}
