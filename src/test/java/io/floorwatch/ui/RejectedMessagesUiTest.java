package io.floorwatch.ui;

import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.history.RejectedView;
import io.floorwatch.ui.history.RejectedViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The rejected messages the status bar counts, readable and exportable: source, time, reason, payload. */
@ExtendWith(ApplicationExtension.class)
class RejectedMessagesUiTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String LONG_PAYLOAD = "{\"topicName\": \"v2.users.u-7.activity\",\n  \"eventBody\": {"
            + "\"routingStatus\": {\"status\": \"SLEEPING\"}, \"padding\": \"" + "x".repeat(300) + "\"}}";

    private HistoryStore history;
    private Path home;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("floorwatch-rejected-ui");
        history = HistoryStore.openOrFail(home.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        history.writer().reject(new RejectedMessage(T0, "kafka-agent-state", "not JSON", "\u0000\u0001garbage"));
        history.writer().reject(new RejectedMessage(T0.plusSeconds(90), "genesys-notifications",
                "unknown routing status 'SLEEPING' in v2.users.u-7.activity", LONG_PAYLOAD));
        history.writer().flush(Duration.ofSeconds(10));
        stage.setScene(new Scene(new RejectedView(new RejectedViewModel(history.rejected(), new FxTaskExecutor(),
                dialogs), ZoneOffset.UTC), 1024, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        history.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<RejectedMessage> table(FxRobot robot) {
        return robot.lookup("#rejectedTable").queryAs(TableView.class);
    }

    @Test
    void theNewestComeFirstWithAnExcerptAndTheSelectedPayloadWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        List<RejectedMessage> rows = table(robot).getItems();
        assertThat(rows).extracting(RejectedMessage::source).containsExactly("genesys-notifications",
                "kafka-agent-state");
        assertThat(RejectedViewModel.excerpt(rows.get(0).payload())).hasSize(RejectedViewModel.EXCERPT)
                .startsWith("{\"topicName\": \"v2.users.u-7.activity\", \"eventBody\"").endsWith("…");
        assertThat(robot.lookup("#rejectedMessage").queryAs(Label.class).getText()).isEqualTo("2 rejected messages");

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#rejectedPayload").queryAs(TextArea.class).getText()).isEqualTo(LONG_PAYLOAD);
    }

    @Test
    void exportWritesEveryRejectedMessage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        Path csv = home.resolve("rejected.csv");
        dialogs.saveAs = csv.toFile();

        robot.clickOn("#rejectedExport");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#rejectedMessage").queryAs(Label.class)
                .getText().startsWith("Exported 2 rejected messages to "));
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("received_time,source,reason,payload");
        assertThat(Files.readString(csv)).contains("unknown routing status 'SLEEPING'").contains("x".repeat(300));
    }
}
