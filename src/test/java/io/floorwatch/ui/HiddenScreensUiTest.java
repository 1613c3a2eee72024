package io.floorwatch.ui;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.testkit.Await;
import io.floorwatch.testkit.MovableClock;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.alerts.AlertsView;
import io.floorwatch.ui.alerts.AlertsViewModel;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.shell.MainWindow;
import io.floorwatch.ui.shell.Screen;
import io.floorwatch.ui.shell.ShellViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A screen's timers run only while it shows: the floor left for the alert center stops pulling (its thread is
 * gone and the live state's changes wait), and pulls at once when shown again; the alert badge, which is not the
 * alert center's screen timer, counts on while the alert center is hidden.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenScreensUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final Instant now = Instant.now();
    /** The monitor's: states under way at its start do not alert, so the test moves time past the dwell itself. */
    private final MovableClock clock = new MovableClock(now);
    private HistoryStore history;
    private AlertMonitor monitor;
    private FloorViewModel floorModel;
    private FloorView floor;
    private AlertsView alerts;
    private MainWindow window;
    private final AtomicInteger laterBuilt = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-hidden-ui").resolve("history"),
                Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Instant since = now.minusSeconds(600);
            seed.add(new AgentSnapshot(new Agent("u-" + i, "Agent " + i, "u-" + i + "@example.com", "Team Aurora",
                    "Agent"), new AgentState("u-" + i, SystemPresence.ON_QUEUE, null, since,
                    RoutingStatus.INTERACTING, since), List.of()));
        }
        live.reset(seed);
        monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(), AlertSettings.defaults(),
                clock, Duration.ofMillis(100));
        ZoneId zone = ZoneId.systemDefault();
        floorModel = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
        floor = new FloorView(floorModel, zone);
        AlertsViewModel model = new AlertsViewModel(monitor, history.alerts(), tasks, new RecordingDialogs(),
                Clock.systemUTC(), "sup.one", agentId -> { });
        alerts = new AlertsView(model, zone);
        ShellViewModel shell = new ShellViewModel(() -> ConnectionStatus.connecting("test"),
                () -> FeedHealth.idle("test"), () -> QueueFeedHealth.idle(), () -> 0, Clock.systemUTC());
        window = new MainWindow(shell, List.of(new Screen("floor", "Floor", floor),
                new Screen("alerts", "Alerts", alerts, model.raisedCountProperty()),
                Screen.built("later", "Later", () -> {
                    laterBuilt.incrementAndGet();
                    return new Label("built when first shown");
                })));
        stage.setScene(new Scene(window, 1240, 760));
        stage.show();
        monitor.start();
    }

    @AfterEach
    void stop() {
        window.dispose();
        floor.dispose();
        alerts.dispose();
        monitor.close();
        tasks.close();
        history.close();
    }

    /** Counted, not just looked for: another test's screen in this JVM may have a thread of the same name. */
    private static long threads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals(name))
                .count();
    }

    private static String badge(FxRobot robot) {
        Label badge = robot.lookup("#badge-alerts").queryAs(Label.class);
        return badge.isVisible() ? badge.getText() : "";
    }

    /** Agent {@code i} stops answering, and the monitor's clock moves past the dwell: that raises an alert. */
    private void notResponding(int i) {
        live.apply(new AgentStateEvent("u-" + i, StateKind.ROUTING, RoutingStatus.NOT_RESPONDING.name(), null,
                clock.instant()));
        clock.advance(Duration.ofSeconds(6));
    }

    private int notRespondingOnFloor(FxRobot robot) {
        int[] count = new int[1];
        robot.interact(() -> count[0] = floorModel.countProperty(Activity.NOT_RESPONDING).get());
        return count[0];
    }

    @Test
    void aScreenBuiltWhenFirstShownIsBuiltThenAndOnlyOnce(FxRobot robot) {
        assertThat(laterBuilt).as("not built for the first frame").hasValue(0);
        robot.clickOn("#nav-later");
        assertThat(robot.lookup("built when first shown").tryQuery()).isPresent();
        robot.clickOn("#nav-floor");
        robot.clickOn("#nav-later");
        assertThat(laterBuilt).as("built once, then shown again").hasValue(1);
    }

    @Test
    void theWindowAtRestOnTheFloorPulsesOnlyWhenSomethingChanges(FxRobot robot) throws Exception {
        Thread.sleep(500); // past the first frames' layout
        // The status bar's poll and the floor's pull are not animations: they change what changed, once a second
        // for the time in state, instead of keeping JavaFX at 60 pulses a second as a running Timeline does.
        assertThat(PulseCount.over(window.getScene(), Duration.ofSeconds(1))).as("pulses in a second at rest")
                .isLessThan(20);
    }

    @Test
    void theHiddenFloorDoesNotPullAndTheBadgeCountsWhileTheAlertCenterIsHidden(FxRobot robot) throws Exception {
        long floorPulls = threads("floor-pull");
        long alertPulls = threads("alerts-pull");
        assertThat(floorPulls).as("the floor shows first, so its pull runs").isPositive();

        robot.clickOn("#nav-alerts");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> threads("floor-pull") == floorPulls - 1);
        notResponding(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badge(robot).equals("1"));
        // An absence: for ten pull periods, a running pull would have applied the change.
        Await.quietFor("pull by the hidden floor", FloorView.PULL_INTERVAL.multipliedBy(10),
                () -> notRespondingOnFloor(robot) > 0);

        robot.clickOn("#nav-floor");
        assertThat(notRespondingOnFloor(robot)).as("shown again, the floor pulls at once").isEqualTo(1);
        assertThat(threads("floor-pull")).isEqualTo(floorPulls);
        assertThat(threads("alerts-pull")).as("the alert list's pull feeds the badge and the toasts: it runs on")
                .isEqualTo(alertPulls);

        // The alert center is hidden now; its badge still counts.
        notResponding(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badge(robot).equals("2"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notRespondingOnFloor(robot) == 2);
    }
}
