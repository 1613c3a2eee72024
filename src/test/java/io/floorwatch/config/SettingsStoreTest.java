package io.floorwatch.config;

import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansDemoDefaults() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(loaded.settings().connection().isDemo()).isTrue();
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void savedSettingsComeBackAndNeverContainTheSecret() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.json"));
        Settings settings = new Settings(new ConnectionSettings(ConnectionSettings.Mode.GENESYS, "eu_west_1",
                "https://api.mypurecloud.ie", "5b7e1f2a-0000-4000-8000-000000000001"), Theme.DARK);
        store.save(settings);
        assertThat(store.load().settings()).isEqualTo(settings);
        assertThat(Files.readString(store.file())).doesNotContainIgnoringCase("secret");
    }

    @Test
    void anAlertRuleWrittenBeforeRulesCouldBeQuietStillPopsUp() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults());
        String written = Files.readString(store.file());
        String older = written.replaceAll(",\\s*\"quiet\"\\s*:\\s*false", "");
        assertThat(older).as("the file as a release before quiet rules wrote it").isNotEqualTo(written)
                .doesNotContain("quiet");
        Files.writeString(store.file(), older);

        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().alerts().rules()).isEqualTo(AlertRule.defaults())
                .allSatisfy(rule -> assertThat(rule.quiet()).isFalse());
    }

    @Test
    void aFileFromBeforeInteractionRulesGetsThemOnceAndADeletedOneStaysDeleted() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        List<AlertRule> stateRules = AlertRule.defaults().stream().filter(r -> !r.condition().interaction())
                .toList();
        store.save(Settings.defaults().withAlerts(AlertSettings.defaults().withRules(stateRules)));
        String written = Files.readString(store.file());
        String older = written.replaceAll(",\\s*\"interactionRulesOffered\"\\s*:\\s*true", "")
                .replaceAll(",\\s*\"media\"\\s*:\\s*\\[\\s*\\]", "");
        assertThat(older).as("the file as a release before interaction rules wrote it")
                .doesNotContain("interactionRulesOffered", "\"media\"");
        Files.writeString(store.file(), older);

        Settings loaded = store.load().settings();
        assertThat(loaded.alerts().rules()).isEqualTo(AlertRule.defaults());

        // The supervisor deletes "Over capacity"; the next start leaves it deleted.
        store.save(loaded.withAlerts(loaded.alerts().withRules(loaded.alerts().rules().stream()
                .filter(r -> r.condition() != AlertCondition.OVER_CAPACITY).toList())));
        assertThat(store.load().settings().alerts().rules()).extracting(AlertRule::condition)
                .doesNotContain(AlertCondition.OVER_CAPACITY).contains(AlertCondition.LONG_HOLD);
    }

    @Test
    void aFileFromBeforeAdherenceRulesGetsThemOnceAndADeletedOneStaysDeleted() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        List<AlertRule> without = AlertRule.defaults().stream().filter(r -> !r.condition().adherence()).toList();
        store.save(Settings.defaults().withAlerts(AlertSettings.defaults().withRules(without)));
        String written = Files.readString(store.file());
        String older = written.replaceAll(",\\s*\"adherenceRulesOffered\"\\s*:\\s*true", "")
                .replaceAll(",\\s*\"activities\"\\s*:\\s*\\[\\s*\\]", "");
        assertThat(older).as("the file as a release before adherence rules wrote it")
                .doesNotContain("adherenceRulesOffered", "\"activities\"");
        Files.writeString(store.file(), older);

        Settings loaded = store.load().settings();
        assertThat(loaded.alerts().rules()).containsAll(AlertRule.adherenceDefaults())
                .hasSize(AlertRule.defaults().size());

        store.save(loaded.withAlerts(loaded.alerts().withRules(loaded.alerts().rules().stream()
                .filter(r -> !r.name().equals("Out of adherence")).toList())));
        assertThat(store.load().settings().alerts().rules()).extracting(AlertRule::name)
                .doesNotContain("Out of adherence").contains("Out of adherence, on-queue time");
    }

    @Test
    void aFileFromBeforeActingOnAgentsAsksForAReasonAboveTenAgents() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withActions(new ActionSettings(40)));
        String written = Files.readString(store.file());
        String older = written.replaceAll(",\\s*\"actions\"\\s*:\\s*\\{[^}]*\\}", "");
        assertThat(older).as("the file as a release before acting on agents wrote it").isNotEqualTo(written)
                .doesNotContain("reasonAbove");
        Files.writeString(store.file(), older);

        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().actions().reasonAbove()).isEqualTo(ActionSettings.DEFAULT_REASON_ABOVE);
    }

    @Test
    void queueThresholdsComeBackWithEmptyFieldsStillEmpty() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        QueueThresholdSettings thresholds = QueueThresholdSettings.none()
                .withDefaults(new QueueThresholds(0.85, null, 6, 12, null, null))
                .with("Billing", new QueueThresholds(null, 0.5, null, null, 45L, 90L))
                .with("Sales EMEA", new QueueThresholds(0.7, 0.6, 2, 3, 10L, 20L));
        Settings settings = Settings.defaults().withQueueThresholds(thresholds);
        store.save(settings);

        Settings loaded = store.load().settings();
        assertThat(loaded).isEqualTo(settings);
        assertThat(loaded.queueThresholds().own("billing").serviceLevelTarget()).as("still inherited").isNull();
        assertThat(Files.readString(store.file())).contains("\"queueThresholds\"", "\"Sales EMEA\"",
                "\"longestWaitRedSeconds\" : 90");
    }

    @Test
    void aFileFromBeforeQueueThresholdsHasNoneOfItsOwn() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults());
        String written = Files.readString(store.file());
        String older = written.replaceAll(",\\s*\"queueThresholds\"\\s*:\\s*\\{[^}]*\\{[^}]*\\}[^}]*\\{[^}]*\\}\\s*\\}",
                "");
        assertThat(older).as("the file as a release before queue thresholds wrote it").doesNotContain(
                "queueThresholds");
        Files.writeString(store.file(), older);

        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().queueThresholds()).isEqualTo(QueueThresholdSettings.none());
    }

    @Test
    void aHandEditedRedLineAboveItsTargetIsReportedNamingTheFieldAndTheFileKept() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withQueueThresholds(QueueThresholdSettings.none()
                .with("Billing", new QueueThresholds(0.8, 0.6, null, null, null, null))));
        String edited = Files.readString(store.file()).replace("\"serviceLevelRed\" : 0.6",
                "\"serviceLevelRed\" : 0.95");
        Files.writeString(store.file(), edited);

        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).get().asString().contains("not valid").contains("service-level red line");
        assertThat(Files.readString(store.file())).isEqualTo(edited);
    }

    @Test
    void savedViewsComeBackAndAFileFromBeforeThemHasNone() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        SavedViews views = new SavedViews(List.of(ViewsFileTest.lateShift(),
                new SavedView("Everyone", FloorLayout.none(), QueuesLayout.none())), "Late shift");
        store.save(Settings.defaults().withViews(views));
        assertThat(store.load().settings().views()).isEqualTo(views);
        assertThat(store.load().settings().withTheme(Theme.DARK).views()).as("kept by the other settings' changes")
                .isEqualTo(views);

        String written = Files.readString(store.file());
        String older = written.replaceAll(",\\s*\"views\"\\s*:\\s*\\{[\\s\\S]*\\}\\s*\\}\\s*$", "\n}");
        assertThat(older).as("the file as a release before saved views wrote it").doesNotContain("\"views\"");
        Files.writeString(store.file(), older);
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().views()).isEqualTo(SavedViews.none());
    }

    @Test
    void aMalformedFileIsReportedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"connection\": {\"mode\": ");
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertThat(loaded.settings().connection().isDemo()).isTrue();
        assertThat(loaded.problem()).get().asString().contains(file.toString()).contains("not valid");
        assertThat(Files.readString(file)).isEqualTo("{\"connection\": {\"mode\": ");
    }

    @Test
    void pathsFollowTheOperatingSystem() {
        Path home = Path.of("/home/sam");
        assertThat(AppPaths.resolve(Map.of(), "Linux", home, null).dataDir())
                .isEqualTo(Path.of("/home/sam/.local/share/floorwatch"));
        assertThat(AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", home, null).configDir())
                .isEqualTo(Path.of("/cfg/floorwatch"));
        assertThat(AppPaths.resolve(Map.of("APPDATA", "C:/Users/sam/AppData/Roaming"), "Windows 11", home,
                null).configDir().toString()).endsWith("Floorwatch");
        assertThat(AppPaths.resolve(Map.of(), "Mac OS X", home, null).configDir())
                .isEqualTo(Path.of("/home/sam/Library/Application Support/Floorwatch"));
        assertThat(AppPaths.resolve(Map.of(), "Linux", home, "/tmp/fw").configDir())
                .isEqualTo(Path.of("/tmp/fw/config"));
    }
}
