package io.floorwatch.ui.drift;

import io.floorwatch.drift.DriftService;
import io.floorwatch.drift.IgnoreRules;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.testkit.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift ViewModel without a toolkit, against the emulator: every long action of the screen (saving a
 * baseline, comparing, planning a revert) can be cancelled from the one Cancel, and nothing is kept from a
 * cancelled run; accept and revert go through a preview.
 */
class DriftViewModelTest {
    @TempDir
    Path dir;

    /** Cancels, once armed, at the first progress step of a run, noting whether Cancel could be used then. */
    private static final class CancelAtFirstStep {
        final AtomicBoolean armed = new AtomicBoolean();
        final List<Boolean> cancelUsable = new ArrayList<>();

        CancelAtFirstStep(DriftViewModel model) {
            model.messageProperty().addListener((o, before, now) -> {
                if (model.busyProperty().get() && armed.getAndSet(false)) {
                    cancelUsable.add(model.cancelCommand().executableProperty().get());
                    model.cancelCommand().execute();
                }
            });
        }
    }

    @Test
    void savingABaselineAndPlanningARevertCanBeCancelledAndAcceptAndRevertGoThroughAPreview() {
        try (Emulator emulator = new Emulator(TestEmulators.still(12)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90),
                        Clock.systemUTC())) {
            RecordingDialogs dialogs = new RecordingDialogs();
            DriftService service = new DriftService(gateway, history.baselines(), history.writer(), "sup.one",
                    Clock.systemUTC(), GenesysGateway::connect);
            DriftViewModel model = new DriftViewModel(() -> Optional.of(service), history.baselines()::list,
                    new CurrentThreadTasks(), dialogs, IgnoreRules::none, name -> { }, ZoneOffset.UTC);
            CancelAtFirstStep canceller = new CancelAtFirstStep(model);

            model.opened();
            assertThat(model.messageProperty().get()).startsWith("No baseline is saved yet");
            assertThat(model.compareCommand().executableProperty().get()).as("no baseline chosen").isFalse();
            assertThat(model.cancelCommand().executableProperty().get()).as("nothing runs").isFalse();

            model.newBaselineNameProperty().set("Morning");
            canceller.armed.set(true);
            model.saveLiveCommand().execute();
            assertThat(canceller.cancelUsable).as("Cancel while the baseline is read").containsExactly(true);
            assertThat(model.messageProperty().get()).isEqualTo("Baseline not saved: cancelled.");
            assertThat(history.baselines().list()).as("a cancelled read saves nothing").isEmpty();
            assertThat(model.busyProperty().get()).isFalse();

            model.saveLiveCommand().execute();
            assertThat(model.messageProperty().get()).startsWith("Saved baseline 'Morning': ");
            assertThat(model.sources().baselineNameProperty().get()).isEqualTo("Morning");
            assertThat(model.newBaselineNameProperty().get()).isEmpty();

            String queueId = gateway.allQueues().get(0).id();
            gateway.updateQueue(queueId, s -> s.withDescription("edited in admin"));
            model.compareCommand().execute();
            assertThat(model.messageProperty().get()).startsWith("1 difference from the baseline. (");
            DriftItem row = model.results().items().get(1);
            assertThat(row.live()).isEqualTo("edited in admin");
            assertThat(model.actions().previewAcceptCommand().executableProperty().get())
                    .as("nothing selected").isFalse();

            model.results().selected().setAll(row);
            model.actions().previewAcceptCommand().execute();
            assertThat(model.actions().previewTitleProperty().get())
                    .startsWith("Accept 1 difference into baseline 'Morning'? ");
            assertThat(model.actions().preview()).singleElement().asString().endsWith("becomes 'edited in admin'");
            model.actions().dismissCommand().execute();
            assertThat(model.actions().previewingProperty().get()).isFalse();

            canceller.armed.set(true);
            model.actions().previewRevertCommand().execute();
            assertThat(canceller.cancelUsable).as("Cancel while the revert is planned").containsExactly(true, true);
            assertThat(model.messageProperty().get()).isEqualTo("Revert planning cancelled.");
            assertThat(model.actions().previewingProperty().get()).isFalse();

            model.actions().previewRevertCommand().execute();
            assertThat(model.messageProperty().get()).isEqualTo("Check the writes, then Confirm.");
            assertThat(model.actions().previewTitleProperty().get()).startsWith("Revert 1 of 1 in the org?");
            model.actions().confirmCommand().execute();
            assertThat(model.messageProperty().get()).isEqualTo("Reverted 1 of 1; 0 differences remain.");
            assertThat(model.results().items()).isEmpty();
            assertThat(gateway.queue(queueId).settings().description()).isNotEqualTo("edited in admin");

            gateway.updateQueue(queueId, s -> s.withDescription("kept on purpose"));
            model.compareCommand().execute();
            model.results().selected().setAll(model.results().items().get(1));
            model.actions().previewAcceptCommand().execute();
            model.actions().confirmCommand().execute();
            assertThat(model.messageProperty().get()).isEqualTo("Accepted 1 into the baseline; 0 differences remain.");
            model.compareCommand().execute();
            assertThat(model.messageProperty().get()).startsWith("No drift: the connected org matches the baseline.");
            assertThat(dialogs.shown).as("no error dialog").isEmpty();
        }
    }
}
