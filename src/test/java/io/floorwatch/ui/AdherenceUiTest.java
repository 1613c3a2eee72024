package io.floorwatch.ui;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.queues.AdherenceLine;
import io.floorwatch.ui.queues.AdherencePane;
import io.floorwatch.ui.queues.AdherenceViewModel;
import io.floorwatch.ui.queues.OccupancyPane;
import io.floorwatch.ui.queues.OccupancyViewModel;
import io.floorwatch.ui.queues.QueuesView;
import io.floorwatch.ui.queues.QueuesViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The queues screen's adherence tab, headless: records stored in a real history file make the floor's and each
 * team's share for the span, worst first, with the agents below; it sits beside Live and Occupancy.
 */
@ExtendWith(ApplicationExtension.class)
class AdherenceUiTest {
    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private HistoryStore history;
    private QueuesView queues;

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("floorwatch-adherence-ui");
        history = HistoryStore.openOrFail(home.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        Instant now = Instant.now();
        List<AgentSnapshot> seed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", i < 2 ? "Team A" : "Team B"),
                    new AgentState(id, SystemPresence.ON_QUEUE, null, now, RoutingStatus.IDLE, now), List.of()));
            // Each in adherence for the last 40 minutes, but agent-3 out for the last 20 of them.
            Instant from = now.minus(Duration.ofMinutes(40));
            history.writer().offer(record(id, AdherenceState.IN_ADHERENCE, from), from);
        }
        Instant out = now.minus(Duration.ofMinutes(20));
        Adherence late = record("agent-3", AdherenceState.OUT_OF_ADHERENCE, out);
        history.writer().offer(late, out);
        live.reset(seed);
        live.adherence().apply(late);
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();

        ZoneId zone = ZoneId.systemDefault();
        queues = new QueuesView(new QueuesViewModel(List::of, live::queues, QueueFeedHealth::idle, history.queues(),
                tasks, Clock.systemUTC(), name -> { }), zone);
        queues.offerOccupancy(new OccupancyPane(new OccupancyViewModel(history.occupancy(), live::queues, live::all,
                tasks, dialogs, Clock.fixed(now, zone), zone)));
        queues.offerAdherence(new AdherencePane(new AdherenceViewModel(history.adherence(), live::all,
                live.adherence(), () -> "", tasks, dialogs, Clock.fixed(now, zone), zone)));
        stage.setScene(new Scene(queues, 1024, 700));
        stage.show();
    }

    private static Adherence record(String id, AdherenceState state, Instant at) {
        boolean out = state == AdherenceState.OUT_OF_ADHERENCE;
        return new Adherence(id, "mu", ActivityCategory.ON_QUEUE_WORK, "c", out ? ActivityCategory.BREAK
                : ActivityCategory.ON_QUEUE_WORK, state, out ? AdherenceImpact.NEGATIVE : AdherenceImpact.NEUTRAL, at,
                false);
    }

    @AfterEach
    void stop() {
        queues.dispose();
        tasks.close();
        history.close();
    }

    @Test
    void theAdherenceTabShowsTheFloorAndTeamsWorstFirstWithTheAgentsBelow(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#queuesTabs").queryAs(TabPane.class).getTabs()).extracting(t -> t.getText())
                .containsExactly("Live", "Occupancy", "Adherence");
        robot.clickOn("#adherenceTab .tab-label");
        @SuppressWarnings("unchecked")
        TableView<AdherenceLine> teams = robot.lookup("#adherenceTeams").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> teams.getItems().size() == 3);

        assertThat(teams.getItems()).extracting(AdherenceLine::name, AdherenceLine::adherence).containsExactly(
                tuple("Floor", "88 %"),
                tuple("Team B", "75 %"),
                tuple("Team A", "100 %"));
        @SuppressWarnings("unchecked")
        TableView<AdherenceLine> agents = robot.lookup("#adherenceAgents").queryAs(TableView.class);
        assertThat(agents.getItems().get(0).name()).isEqualTo("Agent 3");
        assertThat(agents.getItems().get(0).now()).startsWith("Out 20:0");
        assertThat(robot.lookup("#adherenceMessage").queryAs(Label.class).getText())
                .contains("the floor 88 % in adherence; 1 agent out of adherence now.");
        assertThat(robot.lookup("#adherenceDefinition").queryAs(Label.class).getText())
                .isEqualTo(AdherenceViewModel.DEFINITION);
    }
}
