package io.floorwatch.ui;

import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.InteractionSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.MediaType;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.ui.settings.AlertRuleRow;
import io.floorwatch.ui.settings.InteractionSettingsForm;
import io.floorwatch.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.floorwatch.ui.settings.InteractionSettingsForm.Field.AFTER_CALL_WORK;
import static io.floorwatch.ui.settings.InteractionSettingsForm.Field.HANDLE;
import static io.floorwatch.ui.settings.InteractionSettingsForm.Field.HOLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings form's interaction parts, without a window: the per-media thresholds are checked with a message
 * naming the media and the field and saved; the alert rules keep the media they watch.
 */
class InteractionSettingsViewModelTest {
    @TempDir
    Path dir;

    private SettingsStore store;
    private final AtomicReference<Settings> saved = new AtomicReference<>();
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        store = new SettingsStore(dir.resolve("settings.json"));
        model = new SettingsViewModel(store, Settings.defaults(), new Secrets(new EnvironmentSecretStore(Map.of()),
                new InMemoryKeychain()), new ConnectionTester(Duration.ofSeconds(1)), Regions.all(),
                new CurrentThreadTasks(), saved::set);
    }

    @Test
    void theThresholdsShowAsTypedAreCheckedPerMediaAndFieldAndSaved() {
        InteractionSettingsForm form = model.interactions();
        assertThat(form.property(MediaType.CALL, HANDLE).get()).isEqualTo("10");
        assertThat(form.property(MediaType.EMAIL, AFTER_CALL_WORK).get()).isEqualTo("5");

        form.property(MediaType.CHAT, HOLD).set("soon");
        model.saveCommand().execute();
        assertThat(form.errorProperty().get()).isEqualTo("Chat hold: 'soon' is not a duration; enter minutes (2, "
                + "2.5) or m:ss (2:30).");
        form.property(MediaType.CHAT, HOLD).set("0");
        model.saveCommand().execute();
        assertThat(form.errorProperty().get()).isEqualTo("Chat hold: 1 s to 12 h, not 0 s.");
        form.property(MediaType.CHAT, HOLD).set("1:30");
        form.property(MediaType.MESSAGE, AFTER_CALL_WORK).set("721");
        model.saveCommand().execute();
        assertThat(form.errorProperty().get()).isEqualTo("Message after-call work: 1 s to 12 h, not 12 h 01.");
        assertThat(saved.get()).as("nothing saved while a field is wrong").isNull();
        assertThat(store.load().settings().interactions()).isEqualTo(InteractionSettings.defaults());

        form.property(MediaType.MESSAGE, AFTER_CALL_WORK).set("2.5");
        model.saveCommand().execute();

        assertThat(form.errorProperty().get()).isEmpty();
        InteractionSettings read = store.load().settings().interactions();
        assertThat(read.of(MediaType.CHAT)).isEqualTo(new InteractionSettings.Thresholds(1200, 90, 120));
        assertThat(read.of(MediaType.MESSAGE).acwSeconds()).isEqualTo(150);
        assertThat(read.of(MediaType.CALL)).isEqualTo(InteractionSettings.defaults().of(MediaType.CALL));
        assertThat(model.savedSettings().interactions()).isEqualTo(read);
    }

    @Test
    void interactionRulesKeepTheMediaTheyWatchAndStateRulesWatchNone() {
        List<AlertRuleRow> rows = model.alerts().rules();
        AlertRuleRow longCall = rows.stream().filter(r -> r.nameProperty().get().equals("Long call")).findFirst()
                .orElseThrow();
        assertThat(longCall.mediaProperty().get()).isEqualTo("Voice, Callback");

        model.saveCommand().execute();
        assertThat(store.load().settings().alerts().rules()).extracting(AlertRule::media)
                .as("preserved through a save").containsExactlyElementsOf(AlertRule.defaults().stream()
                        .map(AlertRule::media).toList());

        longCall.mediaProperty().set("Voice, fax");
        model.saveCommand().execute();
        assertThat(model.alerts().mediaErrorProperty().get()).isEqualTo("Media: 'fax' is not one of Voice, "
                + "Callback, Chat, Email, Message (empty means any).");
        assertThat(model.alerts().selectedProperty().get()).isSameAs(longCall);

        longCall.mediaProperty().set("chat, EMAIL");
        AlertRuleRow breakRule = rows.stream().filter(r -> r.conditionProperty().get() == AlertCondition.BREAK)
                .findFirst().orElseThrow();
        breakRule.mediaProperty().set("Voice");
        model.saveCommand().execute();

        List<AlertRule> read = store.load().settings().alerts().rules();
        assertThat(read).filteredOn(r -> r.name().equals("Long call")).singleElement()
                .extracting(AlertRule::media).isEqualTo(List.of(MediaType.CHAT, MediaType.EMAIL));
        assertThat(read).filteredOn(r -> !r.condition().interaction()).allSatisfy(r -> assertThat(r.media())
                .isEmpty());
    }
}
