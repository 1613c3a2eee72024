package io.floorwatch.ui;

import io.floorwatch.app.Composition;
import io.floorwatch.config.AppPaths;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.queues.QueueRow;
import io.floorwatch.ui.wallboard.WallboardView;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's main tasks with the keyboard alone, on the whole app over the demo: the shortcut sheet, every
 * screen by its shortcut with the focus where work starts, finding an agent and setting them on break, opening a
 * queue's agents on the floor, acknowledging an alert with a note, and the wallboard opened, turned and closed.
 * Not one click.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkUiTest {
    private static final List<String> SCREENS = List.of("floor", "queues", "alerts", "tuning", "provisioning",
            "drift", "history", "audit", "settings");
    private Composition composition;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("floorwatch-keys-ui");
        composition = new Composition(new AppPaths(home.resolve("config"), home.resolve("data")), Map.of(),
                new InMemoryKeychain(), new FxTaskExecutor(), true,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(40, 4, 8, 5, 1.0)));
        scene = new Scene(composition.buildWindow(new RecordingDialogs()), 1100, 720);
        stage.setScene(scene);
        stage.show();
        composition.start();
    }

    @AfterEach
    void stop() {
        composition.close();
    }

    @Test
    void theMainTasksWithTheKeyboardAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> composition.session().status().state()
                == ConnectionStatus.State.CONNECTED && composition.session().feedHealth().agents() > 0
                && !composition.live().queues().isEmpty());

        shortcutSheet(robot);
        everyScreenByItsShortcut(robot);
        findAnAgentAndSetThemOnBreak(robot);
        openAQueuesAgentsOnTheFloor(robot);
        acknowledgeAnAlertWithANote(robot);
        theWallboard(robot);
    }

    private void shortcutSheet(FxRobot robot) throws Exception {
        key(robot, KeyCode.F1);
        Node sheet = robot.lookup("#shortcutSheet").query();
        List<String> texts = fx(() -> texts(sheet));
        assertThat(texts).contains("Keyboard shortcuts", "Ctrl+1", "Show Floor", "Ctrl+9", "Show Settings",
                "Ctrl+F", "Search the floor", "Ctrl+Shift+W", "Open wallboard", "F1");
        key(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#shortcutSheet").tryQuery()).isEmpty();
    }

    private void everyScreenByItsShortcut(FxRobot robot) throws Exception {
        for (int i = SCREENS.size(); i >= 1; i--) {
            String screen = SCREENS.get(i - 1);
            key(robot, KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + i));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String where = "";
            while (System.nanoTime() < deadline) {
                where = fx(() -> {
                    ToggleButton button = (ToggleButton) scene.lookup("#nav-" + screen);
                    Node owner = scene.getFocusOwner();
                    return button.isSelected() && owner != null && within(owner, "#navigation") == null ? ""
                            : "selected " + button.isSelected() + ", focus on " + owner;
                });
                if (where.isEmpty()) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(where).as("Ctrl+%d shows %s with the focus in it", i, screen).isEmpty();
        }
        // The floor and the queues start in their search boxes, where a supervisor starts.
        assertThat(focusId()).isEqualTo("floorSearch");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "queueSearch".equals(focusId()));
    }

    private void findAnAgentAndSetThemOnBreak(FxRobot robot) throws Exception {
        LiveAgent agent = composition.live().all().stream()
                .filter(a -> a.state().presence() != SystemPresence.BREAK
                        && a.state().presence() != SystemPresence.OFFLINE)
                .findFirst().orElseThrow();
        key(robot, KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "floorSearch".equals(focusId()));
        robot.write(agent.agent().email());
        @SuppressWarnings("unchecked")
        TableView<FloorRow> table = (TableView<FloorRow>) scene.lookup("#floorTable");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size() == 1));
        key(robot, KeyCode.ENTER);
        assertThat(focusId()).isEqualTo("floorTable");
        assertThat(fx(() -> table.getSelectionModel().getSelectedItem().agentId())).isEqualTo(agent.id());
        key(robot, KeyCode.ENTER); // the agent pane
        tabTo(robot, "quickBreak", 12);
        key(robot, KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actionSend").tryQuery()
                .map(Node::isVisible).orElse(false) && !robot.lookup("#actionSend").query().isDisabled());
        key(robot, KeyCode.ENTER); // Send is the preview's default button
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> composition.live().get(agent.id()).orElseThrow()
                .state().presence() == SystemPresence.BREAK);
        key(robot, KeyCode.ESCAPE); // the preview closes
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#actionSend").tryQuery()
                .map(n -> !n.getScene().getWindow().isShowing()).orElse(true));
    }

    private void openAQueuesAgentsOnTheFloor(FxRobot robot) throws Exception {
        String queue = composition.live().queues().values().iterator().next().name();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "queueSearch".equals(focusId()));
        robot.write(queue);
        @SuppressWarnings("unchecked")
        TableView<QueueRow> queues = (TableView<QueueRow>) scene.lookup("#queuesTable");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> queues.getItems().size() == 1));
        tabTo(robot, "queuesTable", 6);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> ((ToggleButton) scene.lookup("#nav-floor"))
                .isSelected() && queue.equals(((ComboBox<?>) scene.lookup("#queueFilter")).getValue())));
    }

    private void acknowledgeAnAlertWithANote(FxRobot robot) throws Exception {
        composition.alerts().raise("test:keys", AlertCondition.CONFIG_DRIFT, "Queue Billing", "Configuration",
                "description 'a' -> 'b'");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "activeAlerts".equals(focusId())
                    && fx(() -> !((TableView<?>) scene.lookup("#activeAlerts")).getItems().isEmpty()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("focus " + focusId() + ", alerts " + fx(() -> ((TableView<?>) scene
                    .lookup("#activeAlerts")).getItems().size()) + ", active " + composition.alerts().active());
        }
        // The arrows down the list to the alert (the demo may have raised others meanwhile).
        TableView<?> alerts = (TableView<?>) scene.lookup("#activeAlerts");
        for (int i = 0; i < 20 && !fx(() -> alerts.getSelectionModel().getSelectedItem() instanceof Alert alert
                && alert.agentId().equals("test:keys")); i++) {
            key(robot, KeyCode.DOWN);
        }
        tabTo(robot, "alertNote", 4);
        robot.write("Looked: a planned change");
        key(robot, KeyCode.ENTER); // the note's Enter acknowledges
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> composition.alerts().active().stream()
                    .filter(a -> a.agentId().equals("test:keys")).map(Alert::status).findFirst()
                    .orElse(null) == AlertStatus.ACKNOWLEDGED);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("focus " + focusId() + ", message " + fx(() -> ((Label) scene.lookup(
                    "#alertMessage")).getText()) + ", selected " + fx(() -> alerts.getSelectionModel()
                    .getSelectedItem()) + ", note " + fx(() -> ((javafx.scene.control.TextField) scene.lookup(
                    "#alertNote")).getText()));
        }
        assertThat(composition.alerts().active().stream().filter(a -> a.agentId().equals("test:keys"))
                .findFirst().orElseThrow().note()).isEqualTo("Looked: a planned change");
    }

    private void theWallboard(FxRobot robot) throws Exception {
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> board().isPresent());
        WallboardView board = board().orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> board.getScene().getWindow().isFocused());
        key(robot, KeyCode.SPACE);
        assertThat(fx(() -> board.lookup("#wallboardPaused").isVisible())).isTrue();
        key(robot, KeyCode.G);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> board.lookupAll(".wb-group-heading").stream()
                .filter(Node::isVisible).anyMatch(n -> ((Label) n).getText().startsWith("Team "))));
        key(robot, KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> board().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scene.getWindow().isFocused());
    }

    private static Optional<WallboardView> board() throws Exception {
        return fx(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window.isShowing() && window.getScene() != null
                        && window.getScene().getRoot() instanceof WallboardView view) {
                    return Optional.of(view);
                }
            }
            return Optional.<WallboardView>empty();
        });
    }

    /** Presses Tab until the control with the id has the focus, at most {@code most} times. */
    private void tabTo(FxRobot robot, String id, int most) throws Exception {
        for (int i = 0; i < most && !id.equals(focusId()); i++) {
            key(robot, KeyCode.TAB);
        }
        assertThat(focusId()).as("Tab reaches #%s", id).isEqualTo(id);
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusId() {
        try {
            return fx(() -> {
                Node owner = Window.getWindows().stream().filter(Window::isFocused).findFirst()
                        .map(w -> w.getScene().getFocusOwner()).orElse(scene.getFocusOwner());
                return owner == null ? null : owner.getId();
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ancestor of the node matching the selector, or null. */
    private static Node within(Node node, String selector) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getId() != null && ("#" + at.getId()).equals(selector)) {
                return at;
            }
        }
        return null;
    }

    private static List<String> texts(Node node) {
        List<String> texts = new java.util.ArrayList<>();
        if (node instanceof Label label) {
            texts.add(label.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                texts.addAll(texts(child));
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            texts.addAll(texts(scroll.getContent()));
        }
        return texts;
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
