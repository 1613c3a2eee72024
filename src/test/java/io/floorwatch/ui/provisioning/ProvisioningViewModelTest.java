package io.floorwatch.ui.provisioning;

import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.SpecProblem;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.provisioning.QueueForm.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioning ViewModel without a toolkit, against the emulator: the form's problems land next to their
 * fields and block the create; one read of the org serves form and file; a cancelled bulk run reports and exports
 * what it did.
 */
class ProvisioningViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theFormBlocksWhatIsWrongAndACancelledBulkRunKeepsEveryRowsOutcome() throws IOException {
        try (Emulator emulator = new Emulator(TestEmulators.still(12)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9),
                        Clock.systemUTC())) {
            QueueProvisioner provisioner = new QueueProvisioner(gateway, history.writer(), "sup.one",
                    Clock.systemUTC(), outcome -> { });
            Path outcomesCsv = dir.resolve("outcomes.csv");
            RecordingDialogs dialogs = new RecordingDialogs();
            dialogs.saveAs = outcomesCsv.toFile();
            ProvisioningViewModel model = new ProvisioningViewModel(() -> Optional.of(provisioner),
                    Optional::empty, new CurrentThreadTasks(), dialogs);
            int before = emulator.org().queues().size();

            QueueForm form = model.form();
            form.field(Field.NAME).set(emulator.org().queues().get(0).name().toUpperCase());
            form.field(Field.ALERTING).set("soon");
            form.createCommand().execute();
            assertThat(form.messageProperty().get()).isEqualTo("Not sent: 2 fields need fixing (marked above).");
            assertThat(form.error(Field.NAME).get()).contains("already exists");
            assertThat(form.error(Field.ALERTING).get()).isEqualTo("'soon' is not a whole number");
            assertThat(model.org().statusProperty().get()).startsWith("Checked against the org as read just now");
            assertThat(emulator.org().queues()).hasSize(before);

            form.field(Field.NAME).set("Made in a test");
            form.field(Field.ALERTING).set("8");
            form.checkCommand().execute();
            assertThat(form.messageProperty().get()).isEqualTo("Valid. The request below is what Create will send.");
            assertThat(form.error(Field.NAME).get()).isEmpty();
            assertThat(form.previewProperty().get()).contains("\"name\" : \"Made in a test\"");
            form.createCommand().execute();
            assertThat(form.messageProperty().get()).as("a queue nobody could answer is named first")
                    .startsWith("Not sent: Made in a test would have no members");
            assertThat(emulator.org().queues()).hasSize(before);
            form.createCommand().execute();
            assertThat(form.messageProperty().get()).startsWith("Created Made in a test (id ");
            assertThat(form.messageProperty().get()).as("a count with its noun").doesNotContain(" 1 members");
            assertThat(emulator.org().queues()).hasSize(before + 1);

            Path file = Files.writeString(dir.resolve("queues.csv"), "name,alertingTimeoutSeconds\n"
                    + "Bulk one,8\nBulk two,\nMade in a test,9\nBulk three,soon\n");
            BulkImport bulk = model.bulk();
            assertThat(bulk.createRowsCommand().executableProperty().get()).as("nothing imported").isFalse();
            bulk.importFrom(file.toFile());
            assertThat(bulk.messageProperty().get()).as("the org was read again after the create: the name is taken")
                    .isEqualTo("queues.csv: 4 rows, 2 valid, 2 invalid. Create sends the valid rows only.");
            bulk.progressProperty().addListener((o, was, now) -> {
                if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                    bulk.cancelRowsCommand().execute();
                }
            });
            bulk.createRowsCommand().execute();
            assertThat(bulk.messageProperty().get()).isEqualTo("1 created, 3 skipped, 0 failed (cancelled).");
            assertThat(bulk.rows()).extracting(BulkRow::status).containsExactly("Created", "Skipped", "Skipped",
                    "Skipped");
            assertThat(bulk.rows().get(1).detail()).isEqualTo("cancelled before it was sent");
            assertThat(emulator.org().queues()).hasSize(before + 2);

            bulk.exportCommand().execute();
            assertThat(bulk.messageProperty().get()).startsWith("Exported 4 rows to ");
            assertThat(Files.readAllLines(outcomesCsv)).hasSize(5).anyMatch(line -> line.contains("Bulk one")
                    && line.contains("CREATED"));
            assertThat(dialogs.shown).isEmpty();
        }
    }

    @Test
    void theServiceLevelIsTypedAsAPercentageAndSentAsAShare() {
        List<SpecProblem> problems = new ArrayList<>();
        assertThat(QueueForm.share("80 %", problems)).isEqualTo("0.8");
        assertThat(QueueForm.share("12,5", problems)).isEqualTo("0.125");
        assertThat(QueueForm.share("100", problems)).isEqualTo("1");
        assertThat(QueueForm.share(" ", problems)).isEmpty();
        assertThat(problems).isEmpty();
        QueueForm.share("0.8x", problems);
        QueueForm.share("101", problems);
        assertThat(problems).extracting(SpecProblem::message).containsExactly(
                "'0.8x' is not a percentage from 0 to 100, e.g. 80",
                "'101' is not a percentage from 0 to 100, e.g. 80");
    }
}
