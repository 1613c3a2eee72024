package io.floorwatch.ui;

import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.history.Tampering;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.history.AuditView;
import io.floorwatch.ui.history.AuditViewModel;
import io.floorwatch.ui.shell.MainWindow;
import io.floorwatch.ui.shell.Screen;
import io.floorwatch.ui.shell.ShellViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit screen, headless: entries listed newest first, filtered, the chain checked before and after tampering. */
@ExtendWith(ApplicationExtension.class)
class AuditUiTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private HistoryStore history;
    private MainWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("floorwatch-audit-ui");
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
        history.writer().offer(new AuditEntry(t0, "sup.one", "queue.create", "Billing Spanish", "",
                "{\"name\":\"Billing Spanish\"}", AuditEntry.OK, 84));
        history.writer().offer(new AuditEntry(t0.plusSeconds(5), "sup.one", "queue.members.add", "q-1", "",
                "[\"u-1\"]", AuditEntry.OK, 40));
        history.writer().offer(new AuditEntry(t0.plusSeconds(9), "sup.two", "user.skills.patch", "u-7 (Ada)", "[]",
                "[{\"name\":\"Spanish\",\"proficiency\":3.0}]", "HTTP 409: conflict", 31));
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        ShellViewModel shell = new ShellViewModel(() -> ConnectionStatus.connecting("test"),
                () -> FeedHealth.idle("test"), () -> QueueFeedHealth.idle(), () -> 0, Clock.systemUTC());
        window = new MainWindow(shell, List.of(new Screen("floor", "Floor", new Pane()), new Screen("audit", "Audit",
                new AuditView(new AuditViewModel(history.audit(), tasks, dialogs), ZoneId.of("UTC")))));
        stage.setScene(new Scene(window, 1240, 760));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        window.dispose();
        tasks.close();
        history.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theLogIsListedFilteredAndItsChainChecked(FxRobot robot) throws Exception {
        robot.clickOn("#nav-audit");
        TableView<AuditViewModel.Entry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#auditMessage").startsWith("3 entries"));
        assertThat(table.getItems()).extracting(AuditViewModel.Entry::seq).containsExactly(3L, 2L, 1L);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#auditChain").contains("verifies"));
        assertThat(text(robot, "#auditChain")).isEqualTo("The chain verifies: all 3 entries are as written.");
        assertThat(table.getItems()).extracting(AuditViewModel.Entry::sentence).containsExactly(
                "Changed the skills of Ada: Spanish 3", "Added 1 member to queue q-1", "Created queue Billing Spanish");
        assertThat(table.getItems()).extracting(AuditViewModel.Entry::result).containsExactly("HTTP 409: conflict",
                "Done", "Done");

        // The chosen entry in full: its time in local and ISO-8601 form, the raw action, what was sent, indented.
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(text(robot, "#auditDetailSentence")).isEqualTo("Changed the skills of Ada: Spanish 3: HTTP 409: "
                + "conflict");
        assertThat(text(robot, "#auditDetailFacts")).isEqualTo("Entry 3 · 2026-12-01 08:00:09 "
                + "(2026-12-01T08:00:09Z) · by sup.two · took 31 ms · user.skills.patch on u-7 (Ada)");
        assertThat(robot.lookup("#auditSent").queryAs(TextArea.class).getText())
                .isEqualTo("[ {\n  \"name\" : \"Spanish\",\n  \"proficiency\" : 3.0\n} ]");
        assertThat(robot.lookup("#auditBefore").queryAs(TextArea.class).getText()).isEqualTo("[ ]");

        TextField filter = robot.lookup("#auditFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("skills"));
        robot.clickOn("#auditSearch");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#auditMessage").startsWith("1 entry,"));
        assertThat(table.getItems()).singleElement().satisfies(r ->
                assertThat(r.outcome()).isEqualTo("HTTP 409: conflict"));

        Tampering.editAuditOutcome(history, 1, "ok, nothing to see");
        robot.clickOn("#auditVerify");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#auditChain").contains("NOT"));
        assertThat(text(robot, "#auditChain")).isEqualTo("The chain does NOT verify: entry 1 was changed after it "
                + "was written.");

        Path csv = dir.resolve("audit.csv");
        dialogs.saveAs = csv.toFile();
        robot.clickOn("#auditExport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#auditMessage").startsWith("Exported"));
        assertThat(Files.readAllLines(csv)).hasSize(4);
    }
}
