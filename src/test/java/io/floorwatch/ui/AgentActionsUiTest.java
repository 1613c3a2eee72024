package io.floorwatch.ui;

import io.floorwatch.actions.AgentActions;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.floor.AgentActionsViewModel;
import io.floorwatch.ui.floor.FloorActions;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.queues.QueueMembersPane;
import io.floorwatch.ui.queues.QueueMembersViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Acting on agents from the floor: select, preview, send, results, the pending mark, and undo. */
@ExtendWith(ApplicationExtension.class)
class AgentActionsUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private FloorView floor;
    private AgentActionsViewModel actions;
    private QueueMembersViewModel members;

    @Start
    void start(Stage stage) throws IOException {
        emulator = new Emulator(TestEmulators.still(12)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        Path home = Files.createTempDirectory("floorwatch-actions-ui");
        history = HistoryStore.openOrFail(home.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = gateway.allUsers();
        live.reset(seed);
        AgentActions service = new AgentActions(gateway, history.writer(), "Sam Super", Clock.systemUTC(),
                batch -> { });
        ZoneId zone = ZoneId.systemDefault();
        FloorViewModel model = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
        floor = new FloorView(model, zone);
        actions = new AgentActionsViewModel(() -> Optional.of(service), tasks, model::markPending);
        floor.offerActions(new FloorActions(actions, Map::of, new Permits()));
        members = new QueueMembersViewModel(() -> Optional.of(service), tasks, actions::preview);
        actions.stageProperty().addListener((o, was, now) -> {
            if (now == AgentActionsViewModel.Stage.DONE) {
                members.reload();
            }
        });
        floor.activate();
        stage.setScene(new Scene(floor, 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        floor.dispose();
        tasks.close();
        history.close();
        gateway.close();
        emulator.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<FloorRow> table(FxRobot robot) {
        List<TableView<FloorRow>> found = new ArrayList<>();
        robot.interact(() -> found.add(robot.lookup("#floorTable").queryAs(TableView.class)));
        return found.get(0);
    }

    private static TableRow<?> rowOf(FxRobot robot, String agentId) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof FloorRow f && f.agentId().equals(agentId)).findFirst()
                .orElse(null);
    }

    private static String pendingOf(FxRobot robot, String agentId) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.add(((FloorRow) rowOf(robot, agentId).getItem()).pending()));
        return found.get(0);
    }

    /** The menu item under "Set presence" named {@code label}, once the org's presences are read. */
    private static MenuItem presenceItem(FxRobot robot, String label) {
        List<MenuItem> found = new ArrayList<>();
        robot.interact(() -> {
            MenuButton menu = robot.lookup("#floorActions").queryAs(MenuButton.class);
            menu.getItems().stream().filter(i -> "actPresence".equals(i.getId())).map(i -> (Menu) i)
                    .flatMap(m -> m.getItems().stream()).filter(i -> label.equals(i.getText())).forEach(found::add);
        });
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void twoSelectedAgentsAreSetOnBreakWithAReasonShownPendingUntilTheFeedAndUndone(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 12);
        List<FloorRow> rows = new ArrayList<>(table(robot).getItems());
        List<FloorRow> chosen = rows.stream().filter(r -> !r.presence().equals("Break")
                && !r.presence().equals("Offline")).limit(2).toList();
        assertThat(chosen).hasSize(2);
        // Settings' "reason required above" at 1: this batch of two needs a reason.
        robot.interact(() -> actions.reasonAboveProperty().set(1));
        List<EmUser> users = chosen.stream().map(r -> emulator.org().user(r.agentId()).orElseThrow()).toList();
        List<SystemPresence> before = users.stream().map(u -> u.status().presence()).toList();

        robot.clickOn(robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == chosen.get(0)).findFirst().orElseThrow());
        robot.press(KeyCode.CONTROL).clickOn(robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == chosen.get(1)).findFirst().orElseThrow()).release(KeyCode.CONTROL);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(2);

        robot.clickOn("#floorActions");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presenceItem(robot, "Break") != null);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        MenuItem onBreak = presenceItem(robot, "Break");
        robot.interact(onBreak::fire);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionRows").tryQuery().isPresent()
                && robot.lookup("#actionRows").queryAs(TableView.class).getItems().size() == 2);
        assertThat(robot.lookup("#actionTitle").queryAs(Label.class).getText())
                .isEqualTo("Set presence to Break for 2 agents");
        assertThat(robot.lookup("#actionProblem").queryAs(Label.class).getText())
                .isEqualTo("A reason is required for more than 1 agents (2 selected).");
        assertThat(robot.lookup("#actionSend").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#actionReason").queryAs(TextField.class).getPromptText())
                .contains("for more than 1 agents");
        robot.clickOn("#actionReason").write("cover the coaching slot");
        assertThat(robot.lookup("#actionSend").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#actionReason").queryAs(TextField.class).getText()).isEqualTo(
                "cover the coaching slot");
        robot.clickOn("#actionSend");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actionSummary").queryAs(Label.class)
                .getText().startsWith("Set presence to Break: 2 done"));
        assertThat(users).allSatisfy(u -> assertThat(u.status().presence()).isEqualTo(SystemPresence.BREAK));
        // The floor shows the change as pending, not as done: only the feed says what Genesys holds.
        assertThat(pendingOf(robot, chosen.get(0).agentId())).isEqualTo("Break pending");
        assertThat(((FloorRow) rowOf(robot, chosen.get(0).agentId()).getItem()).presence())
                .isEqualTo(chosen.get(0).presence());
        live.apply(AgentStateEvent.presence(chosen.get(0).agentId(), SystemPresence.BREAK, null, Instant.now()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pendingOf(robot, chosen.get(0).agentId()).isEmpty());

        assertThat(robot.lookup("#actionUndo").queryAs(Button.class).getText())
                .isEqualTo("Undo: Set presence to Break");
        robot.clickOn("#actionUndo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionTitle").queryAs(Label.class)
                .getText().startsWith("Undo"));
        // The undo is a batch of two as well: it asks for its own reason.
        assertThat(robot.lookup("#actionSend").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#actionReason").write("coaching cancelled");
        robot.clickOn("#actionSend");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actionSummary").queryAs(Label.class)
                .getText().contains("2 done"));
        for (int i = 0; i < users.size(); i++) {
            assertThat(users.get(i).status().presence()).isEqualTo(before.get(i));
        }
        robot.clickOn("#actionCancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionRows").tryQuery().isEmpty()
                || !robot.lookup("#actionRows").query().getScene().getWindow().isShowing());
    }

    @Test
    void aLogOutSaysItHasNoUndoAndWaitsForAReason(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 12);
        FloorRow first = table(robot).getItems().stream().filter(r -> !r.presence().equals("Offline")).findFirst()
                .orElseThrow();
        robot.clickOn(robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == first).findFirst().orElseThrow());
        robot.clickOn("#quickLogOut");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionRows").tryQuery().isPresent()
                && robot.lookup("#actionRows").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("#actionWarning").queryAs(Label.class).getText()).contains("cannot be undone");
        assertThat(robot.lookup("#actionProblem").queryAs(Label.class).getText())
                .isEqualTo("A reason is required to log agents out.");
        assertThat(robot.lookup("#actionSend").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#actionReason").write("left for the day");
        assertThat(robot.lookup("#actionSend").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#actionSend");

        EmUser user = emulator.org().user(first.agentId()).orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> user.status().presence() == SystemPresence.OFFLINE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionSummary").queryAs(Label.class)
                .getText().startsWith("Log out: 1 done"));
        assertThat(robot.lookup("#actionUndo").queryAs(Button.class).isVisible()).isFalse();
    }

    /** The queues screen's members tab: the members with joined state, and unjoining two through the preview. */
    @Test
    void aQueuesMembersAreListedWithTheirJoinedStateAndTwoAreUnjoined(FxRobot robot) throws Exception {
        EmQueue queue = emulator.org().queues().stream().filter(q -> q.joinedMemberCount() >= 2).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new QueueMembersPane(members, new Permits()), 700, 400));
            window.show();
            members.load(queue.id(), queue.name());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#membersMessage").queryAs(Label.class)
                .getText().endsWith("joined."));
        assertThat(robot.lookup("#membersMessage").queryAs(Label.class).getText()).isEqualTo(queue.memberCount()
                + " members, " + queue.joinedMemberCount() + " joined.");
        @SuppressWarnings("unchecked")
        TableView<QueueMember> table = robot.lookup("#queueMembersTable").queryAs(TableView.class);
        List<QueueMember> joined = table.getItems().stream().filter(QueueMember::joined).limit(2).toList();
        robot.interact(() -> joined.forEach(m -> table.getSelectionModel().select(m)));
        robot.clickOn("#membersLeave");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionTitle").tryQuery().isPresent()
                && robot.lookup("#actionTitle").queryAs(Label.class).getText().equals("Leave " + queue.name()
                        + " for 2 agents"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionRows").queryAs(TableView.class)
                .getItems().size() == 2);
        robot.clickOn("#actionSend");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actionSummary").queryAs(Label.class)
                .getText().startsWith("Leave " + queue.name() + ": 2 done"));
        assertThat(joined).allSatisfy(m -> assertThat(queue.member(m.userId()).orElseThrow().joined()).isFalse());
        // The list is read again after the batch and shows them unjoined.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .filter(m -> joined.stream().anyMatch(j -> j.userId().equals(m.userId()))).noneMatch(QueueMember::joined));
    }
}
