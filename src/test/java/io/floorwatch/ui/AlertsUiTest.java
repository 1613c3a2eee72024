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
import io.floorwatch.testkit.Await;
import io.floorwatch.testkit.MovableClock;
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
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
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
 * The alert center, headless: the real monitor follows a floor where, after the console started, one agent stops
 * responding and later one stays on a long break; the toast area shows them inside the window, acting on them and
 * in the center is stored, and the navigation badge follows. The clock is moved by hand, so "20 min" takes none.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final MovableClock clock = new MovableClock(Instant.now());
    private final Instant started = clock.instant();
    private HistoryStore history;
    private AlertMonitor monitor;
    private FloorView floor;
    private AlertsView alerts;
    private AlertsViewModel model;
    private MainWindow window;
    private AlertToasts toasts;

    @Start
    void start(Stage stage) throws IOException {
        history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-alerts-ui").resolve("history"),
                Duration.ofDays(90), Clock.systemUTC());
        monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(), AlertSettings.defaults(),
                clock, Duration.ofMillis(100));
        List<AgentSnapshot> seed = new ArrayList<>();
        seed.add(agent("u-ada", "Ada Lovelace", SystemPresence.ON_QUEUE, RoutingStatus.NOT_RESPONDING));
        seed.add(agent("u-grace", "Grace Hopper", SystemPresence.BREAK, RoutingStatus.OFF_QUEUE));
        for (int i = 0; i < 10; i++) {
            seed.add(agent("u-" + i, "Agent " + i, SystemPresence.ON_QUEUE, RoutingStatus.INTERACTING));
        }
        live.reset(seed);

        ZoneId zone = ZoneId.systemDefault();
        FloorViewModel floorModel = new FloorViewModel(live, history.states(), tasks, clock, zone);
        floor = new FloorView(floorModel, zone);
        model = new AlertsViewModel(monitor, history.alerts(), tasks, new RecordingDialogs(),
                clock, "sup.one", agentId -> {
                    floorModel.showAgent(agentId);
                    window.show("floor");
                });
        alerts = new AlertsView(model, zone);
        ShellViewModel shell = new ShellViewModel(() -> ConnectionStatus.connecting("test"),
                () -> FeedHealth.idle("test"), () -> QueueFeedHealth.idle(), () -> 0, Clock.systemUTC());
        window = new MainWindow(shell, List.of(new Screen("floor", "Floor", floor),
                new Screen("alerts", "Alerts", alerts, model.raisedCountProperty())));
        toasts = new AlertToasts(model, Duration.ofSeconds(30), () -> window.show("alerts"));
        window.showToastsIn(toasts);
        alerts.showToastsWith(toasts);
        stage.setScene(new Scene(window, 1240, 760));
        stage.sizeToScene();
        stage.show();
        monitor.start();
    }

    /** An agent whose state began a second after the console started (states under way at start do not alert). */
    private AgentSnapshot agent(String id, String name, SystemPresence presence, RoutingStatus routing) {
        Instant since = started.plusSeconds(1);
        return new AgentSnapshot(new Agent(id, name, id + "@example.com", "Team Aurora", "Agent"),
                new AgentState(id, presence, null, since, routing, since), List.of());
    }

    /** Ada has not responded past the dwell; Grace's break is not yet long. */
    private void adaAlone(FxRobot robot) throws Exception {
        clock.advance(Duration.ofSeconds(7));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badge(robot).equals("1"));
    }

    /** Both past their thresholds: Grace has been on break 20 min. */
    private void bothRaised(FxRobot robot) throws Exception {
        adaAlone(robot);
        clock.advance(Duration.ofMinutes(20).minusSeconds(7));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badge(robot).equals("2"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        monitor.close();
        robot.interact(alerts::dispose);
        robot.interact(toasts::close);
        floor.dispose();
        window.dispose();
        tasks.close();
        history.close();
    }

    private static String badge(FxRobot robot) {
        Label badge = robot.lookup("#badge-alerts").queryAs(Label.class);
        return badge.isVisible() ? badge.getText() : "";
    }

    private static String toastText(FxRobot robot) {
        return robot.lookup("#toastTitle").queryAs(Label.class).getText() + "\n"
                + robot.lookup("#toastText").queryAs(Label.class).getText();
    }

    private static boolean toastShows(FxRobot robot) {
        return robot.lookup("#alertToast").query().isVisible();
    }

    private Alert storedAlertOf(String agentId) {
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        return history.alerts().page(AlertQuery.all(), null, 100).alerts().stream()
                .filter(a -> a.agentId().equals(agentId)).findFirst().orElseThrow();
    }

    @Test
    void aNewAlertShowsOneToastInsideTheWindowAndASecondFoldsItIntoASummary(FxRobot robot) throws Exception {
        adaAlone(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> toastShows(robot));
        assertThat(toastText(robot)).contains("Not responding: Ada Lovelace", "Rule: Not responding");
        Node card = robot.lookup("#alertToast").query();
        TableView<?> table = robot.lookup("#floorTable").queryAs(TableView.class);
        // Once the strip is laid out (the pulse after it shows), the screen above has made room for it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !card.localToScene(card.getBoundsInLocal())
                .intersects(table.localToScene(table.getBoundsInLocal())));
        Bounds inScene = card.localToScene(card.getBoundsInLocal());
        assertThat(inScene.getMaxY()).as("inside the window").isLessThanOrEqualTo(card.getScene().getHeight());
        List<Window> popups = new ArrayList<>();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .forEach(popups::add));
        assertThat(popups).as("no toast in a popup of its own").isEmpty();

        clock.advance(Duration.ofMinutes(20).minusSeconds(7));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> toastText(robot).startsWith("2 new alerts"));
        assertThat(toastText(robot)).contains("Not responding: Ada Lovelace", "Break: Grace Hopper");
        assertThat(robot.lookup(".toast-acknowledge").tryQuery()).as("a summary offers the center, not one alert's "
                + "actions").isEmpty();
        assertThat(badge(robot)).isEqualTo("2");

        robot.clickOn(robot.lookup(".toast-open-center").queryAs(Hyperlink.class));
        assertThat(robot.lookup("#activeAlerts").tryQuery()).isPresent();
        assertThat(toastShows(robot)).isFalse();
    }

    @Test
    void aToastThatIsUpDoesNotKeepTheWindowPulsing(FxRobot robot) throws Exception {
        adaAlone(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> toastShows(robot));
        Thread.sleep(500); // past the pulses of the card's own layout
        // A running animation (the PauseTransition this used to be) keeps JavaFX at 60 pulses a second.
        assertThat(PulseCount.over(robot.lookup("#alertToast").query().getScene(), Duration.ofSeconds(1)))
                .as("pulses in a second with a toast up").isLessThan(20);
        assertThat(toastShows(robot)).isTrue();
    }

    @Test
    void acknowledgingFromAToastIsStoredAndTheBadgeFollows(FxRobot robot) throws Exception {
        adaAlone(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> toastShows(robot));
        robot.clickOn(robot.lookup(".toast-acknowledge").queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).isEmpty());
        assertThat(toastShows(robot)).as("acting on a toast closes it").isFalse();

        Alert stored = storedAlertOf("u-ada");
        assertThat(stored.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(stored.acknowledgedBy()).isEqualTo("sup.one");
    }

    @Test
    void noToastRisesWhileTheAlertCenterShowsItsOwnTable(FxRobot robot) throws Exception {
        robot.clickOn("#nav-alerts");
        adaAlone(robot);
        TableView<Alert> table = robot.lookup("#activeAlerts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        // Two more pulls of the center's ticker: a toast would have shown by then.
        Await.quietFor("a toast over the alert center", Duration.ofMillis(600), () -> toastShows(robot));
    }

    @Test
    void acknowledgingInTheAlertCenterRecordsTheNote(FxRobot robot) throws Exception {
        bothRaised(robot);
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
        bothRaised(robot);
        storedAlertOf("u-ada"); // both alerts are in history now, after the screen was built
        robot.clickOn("#nav-alerts");
        TableView<Alert> past = robot.lookup("#pastAlerts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> past.getItems().size() == 2);
        assertThat(robot.lookup("#pastMessage").queryAs(Label.class).getText()).isEqualTo("2 alerts, newest first.");
    }

    @Test
    void anAlertThatClearsLeavesTheCenterAndTheBadge(FxRobot robot) throws Exception {
        bothRaised(robot);
        live.apply(AgentStateEvent.routing("u-ada", RoutingStatus.IDLE, clock.instant()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).equals("1"));
        assertThat(storedAlertOf("u-ada").status()).isEqualTo(AlertStatus.CLEARED);
    }

    @Test
    void openAgentShowsTheAgentOnTheFloor(FxRobot robot) throws Exception {
        bothRaised(robot);
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

    @Test
    void theAlertsAgentCanBeSetOnBreakOrLoggedOutOnceActingIsOffered(FxRobot robot) throws Exception {
        bothRaised(robot);
        robot.clickOn("#nav-alerts");
        TableView<Alert> table = robot.lookup("#activeAlerts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(indexOf(table, "Grace Hopper")));
        // Without a way to act (no sign-in that may), the buttons stay off.
        assertThat(robot.lookup("#alertSetOnBreak").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#alertLogOut").queryAs(Button.class).isDisabled()).isTrue();

        List<String> asked = new ArrayList<>();
        robot.interact(() -> model.offerAgentActions((id, name) -> asked.add("break " + id + " " + name),
                (id, name) -> asked.add("log out " + id + " " + name)));
        robot.clickOn("#alertSetOnBreak");
        robot.clickOn("#alertLogOut");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(asked).containsExactly("break u-grace Grace Hopper", "log out u-grace Grace Hopper");
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
