package io.floorwatch.ui;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.AlertQuery;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.alerts.AlertToasts;
import io.floorwatch.ui.alerts.AlertsView;
import io.floorwatch.ui.alerts.AlertsViewModel;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.shell.MainWindow;
import io.floorwatch.ui.shell.Screen;
import io.floorwatch.ui.shell.ShellViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert center, headless: the real monitor follows a floor with one agent not responding and one on a long
 * break; the toasts appear, acting on them and in the center is stored, and the navigation badge follows.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final Instant now = Instant.now();
    private HistoryStore history;
    private AlertMonitor monitor;
    private FloorView floor;
    private AlertsView alerts;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-alerts-ui").resolve("history"),
                Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = new ArrayList<>();
        seed.add(agent("u-ada", "Ada Lovelace", SystemPresence.ON_QUEUE, RoutingStatus.NOT_RESPONDING, 90));
        seed.add(agent("u-grace", "Grace Hopper", SystemPresence.BREAK, RoutingStatus.OFF_QUEUE, 20 * 60));
        for (int i = 0; i < 10; i++) {
            seed.add(agent("u-" + i, "Agent " + i, SystemPresence.ON_QUEUE, RoutingStatus.INTERACTING, 60));
        }
        live.reset(seed);
        monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(), AlertSettings.defaults(),
                Clock.systemUTC(), Duration.ofMillis(100));

        ZoneId zone = ZoneId.systemDefault();
        FloorViewModel floorModel = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
        floor = new FloorView(floorModel, zone);
        AlertsViewModel model = new AlertsViewModel(monitor, history.alerts(), tasks, new RecordingDialogs(),
                Clock.systemUTC(), "sup.one", agentId -> {
                    floorModel.showAgent(agentId);
                    window.show("floor");
                });
        alerts = new AlertsView(model, zone);
        ShellViewModel shell = new ShellViewModel(() -> ConnectionStatus.connecting("test"),
                () -> FeedHealth.idle("test"), () -> QueueFeedHealth.idle(), () -> 0, Clock.systemUTC());
        window = new MainWindow(shell, List.of(new Screen("floor", "Floor", floor),
                new Screen("alerts", "Alerts", alerts, model.raisedCountProperty())));
        alerts.showToastsWith(new AlertToasts(model, Duration.ofSeconds(30), window, () -> window.show("alerts")));
        stage.setScene(new Scene(window, 1240, 760));
        stage.sizeToScene();
        stage.show();
        monitor.start();
    }

    private AgentSnapshot agent(String id, String name, SystemPresence presence, RoutingStatus routing,
            int secondsAgo) {
        Instant since = now.minusSeconds(secondsAgo);
        return new AgentSnapshot(new Agent(id, name, id + "@example.com", "Team Aurora", "Agent"),
                new AgentState(id, presence, null, since, routing, since), List.of());
    }

    @AfterEach
    void stop(FxRobot robot) {
        monitor.close();
        robot.interact(alerts::dispose);
        floor.dispose();
        window.dispose();
        tasks.close();
        history.close();
    }

    private static String badge(FxRobot robot) {
        Label badge = robot.lookup("#badge-alerts").queryAs(Label.class);
        return badge.isVisible() ? badge.getText() : "";
    }

    /** The toasts on screen: they live in popup windows of their own, so every window is searched. */
    private static List<Node> toasts(FxRobot robot) {
        List<Node> found = new ArrayList<>();
        // On the FX thread: the window list changes there as toasts come and go.
        robot.interact(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    found.addAll(window.getScene().getRoot().lookupAll(".floorwatch-toast"));
                }
            }
        });
        return found;
    }

    private Alert storedAlertOf(String agentId) {
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        return history.alerts().page(AlertQuery.all(), null, 100).alerts().stream()
                .filter(a -> a.agentId().equals(agentId)).findFirst().orElseThrow();
    }

    @Test
    void newAlertsShowToastsAndTheBadgeCountsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> toasts(robot).size() == 2);
        assertThat(badge(robot)).isEqualTo("2");
        List<String> texts = new ArrayList<>();
        for (Node toast : toasts(robot)) {
            robot.from(toast).lookup(".label").queryAll().forEach(n -> texts.add(((Label) n).getText()));
        }
        assertThat(String.join("\n", texts)).contains("Not responding: Ada Lovelace", "Break: Grace Hopper",
                "Grace Hopper (Team Aurora): Break for 20 min");
    }

    @Test
    void acknowledgingFromAToastIsStoredAndTheBadgeFollows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> toasts(robot).size() == 2);
        Node adaToast = toasts(robot).stream().filter(t -> robot.from(t).lookup(".label").queryAll().stream()
                .anyMatch(l -> ((Label) l).getText().contains("Ada Lovelace"))).findFirst().orElseThrow();
        robot.clickOn(robot.from(adaToast).lookup(".toast-acknowledge").queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).equals("1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> toasts(robot).size() == 1);

        Alert stored = storedAlertOf("u-ada");
        assertThat(stored.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(stored.acknowledgedBy()).isEqualTo("sup.one");
    }

    @Test
    void acknowledgingInTheAlertCenterRecordsTheNote(FxRobot robot) throws Exception {
        robot.clickOn("#nav-alerts");
        TableView<Alert> table = robot.lookup("#activeAlerts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        int grace = indexOf(table, "Grace Hopper");
        robot.interact(() -> table.getSelectionModel().select(grace));
        robot.clickOn("#alertNote").write("Talked to her; back in 5");
        robot.clickOn("#acknowledge");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).equals("1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(a -> a.agentName().equals("Grace Hopper") && a.status() == AlertStatus.ACKNOWLEDGED));
        Alert stored = storedAlertOf("u-grace");
        assertThat(stored.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(stored.note()).isEqualTo("Talked to her; back in 5");
        assertThat(robot.lookup("#alertMessage").queryAs(Label.class).getText()).isEqualTo(
                "Acknowledged Grace Hopper.");

        // Snoozing the other one empties the badge; the past alerts list shows both from history.
        int ada = indexOf(table, "Ada Lovelace");
        robot.interact(() -> table.getSelectionModel().select(ada));
        robot.clickOn("#snooze");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).isEmpty());
        robot.clickOn("#searchPast");
        TableView<Alert> past = robot.lookup("#pastAlerts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> past.getItems().size() == 2);
        assertThat(past.getItems()).extracting(Alert::status).containsExactlyInAnyOrder(AlertStatus.ACKNOWLEDGED,
                AlertStatus.SNOOZED);
    }

    @Test
    void thePastAlertsAreReadWhenTheScreenOpensWithoutPressingSearch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badge(robot).equals("2"));
        storedAlertOf("u-ada"); // both alerts are in history now, after the screen was built
        robot.clickOn("#nav-alerts");
        TableView<Alert> past = robot.lookup("#pastAlerts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> past.getItems().size() == 2);
        assertThat(robot.lookup("#pastMessage").queryAs(Label.class).getText()).isEqualTo("2 alerts, newest first.");
    }

    @Test
    void anAlertThatClearsLeavesTheCenterAndTheBadge(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badge(robot).equals("2"));
        live.apply(AgentStateEvent.routing("u-ada", RoutingStatus.IDLE, Instant.now()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).equals("1"));
        assertThat(storedAlertOf("u-ada").status()).isEqualTo(AlertStatus.CLEARED);
    }

    @Test
    void openAgentShowsTheAgentOnTheFloor(FxRobot robot) throws Exception {
        robot.clickOn("#nav-alerts");
        TableView<Alert> table = robot.lookup("#activeAlerts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        int ada = indexOf(table, "Ada Lovelace");
        robot.interact(() -> table.getSelectionModel().select(ada));
        robot.clickOn("#openAgent");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#floorScreen").tryQuery()).isPresent();
        TableView<FloorRow> floorTable = robot.lookup("#floorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> floorTable.getSelectionModel().getSelectedItem() != null
                && floorTable.getSelectionModel().getSelectedItem().agentId().equals("u-ada"));
        assertThat(Set.of(floorTable.getItems().size())).containsExactly(12);
    }

    private static int indexOf(TableView<Alert> table, String agent) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).agentName().equals(agent)) {
                return i;
            }
        }
        throw new AssertionError("no alert for " + agent);
    }
}
