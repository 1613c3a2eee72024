package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.CurrentThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The floor's ViewModel without a toolkit: rows come from the live state on pull and filter as chosen. */
class FloorViewModelTest {
    @TempDir
    Path dir;

    private final LiveState live = new LiveState();
    private HistoryStore history;
    private FloorViewModel model;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        Instant now = Instant.now();
        live.reset(List.of(
                agent("ana", "Ana Lima", "Team Aurora", SystemPresence.ON_QUEUE, RoutingStatus.IDLE, now),
                agent("bo", "Bo Berg", "Team Beacon", SystemPresence.BREAK, RoutingStatus.OFF_QUEUE, now),
                agent("cy", "Cy Chen", "Team Aurora", SystemPresence.ON_QUEUE, RoutingStatus.INTERACTING, now)));
        live.setQueues(Map.of("ana", List.of("Billing"), "bo", List.of("Sales"), "cy", List.of("Billing", "Sales")));
        model = new FloorViewModel(live, history.states(), new CurrentThreadTasks(), Clock.systemUTC(),
                ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static AgentSnapshot agent(String id, String name, String team, SystemPresence presence,
            RoutingStatus routing, Instant at) {
        return new AgentSnapshot(new Agent(id, name, id + "@example.com", team),
                new AgentState(id, presence, null, at, routing, at), List.of("Spanish"));
    }

    private List<String> shownIds() {
        return model.rows().stream().map(FloorRow::agentId).toList();
    }

    @Test
    void rowsAppearFromTheLiveStateAndFollowItsChanges() {
        model.pull();
        assertThat(shownIds()).containsExactly("ana", "bo", "cy");
        assertThat(model.totalProperty().get()).isEqualTo(3);
        assertThat(model.countProperty(Activity.IDLE).get()).isEqualTo(1);

        live.apply(AgentStateEvent.routing("ana", RoutingStatus.INTERACTING, Instant.now()));
        model.pull();
        assertThat(model.rows().get(0).activity()).isEqualTo(Activity.INTERACTING);
        assertThat(model.countProperty(Activity.INTERACTING).get()).isEqualTo(2);
        assertThat(model.countProperty(Activity.IDLE).get()).isZero();
    }

    @Test
    void rowsFilterByStateQueueAndSearch() {
        model.pull();
        model.activityProperty().set(Activity.BREAK);
        assertThat(shownIds()).containsExactly("bo");
        assertThat(model.countProperty(Activity.IDLE).get()).as("the other states keep their counts").isEqualTo(1);
        assertThat(model.countProperty(Activity.BREAK).get()).isEqualTo(1);

        model.clearFilters();
        model.queueProperty().set("Billing");
        assertThat(shownIds()).containsExactly("ana", "cy");
        assertThat(model.countProperty(Activity.BREAK).get()).as("other filters narrow the counts").isZero();

        model.textProperty().set("chen");
        assertThat(shownIds()).containsExactly("cy");
        assertThat(model.shownProperty().get()).isEqualTo(1);

        model.textProperty().set("nobody here");
        assertThat(shownIds()).isEmpty();
        assertThat(model.emptyTextProperty().get()).as("the filters hide everyone, the floor is not empty")
                .isEqualTo("No agent matches the filters (3 agents on the floor).");

        model.adherenceProperty().set(AdherenceFilter.OUT);
        model.clearFilters();
        assertThat(model.adherenceProperty().get()).as("every filter cleared, adherence too").isNull();
        assertThat(shownIds()).containsExactly("ana", "bo", "cy");
    }

    @Test
    void theSelectedAgentsDayIsReadFromHistory() {
        model.pull();
        model.selectedProperty().set(model.rows().get(1));
        assertThat(model.timelineMessageProperty().get()).isEqualTo("No history for today yet.");
        model.selectedProperty().set(null);
        assertThat(model.timelineMessageProperty().get()).isEmpty();
    }

    @Test
    void whileTheOrderIsHeldAChangedRowUpdatesInPlaceAndMovesWhenLetGo() {
        model.pull();
        model.sortBy(new FloorSort(List.of(new FloorSort.Key(FloorSort.Column.STATE, true))));
        assertThat(shownIds()).containsExactly("ana", "cy", "bo");

        model.orderHeldProperty().set(true);
        live.apply(AgentStateEvent.presence("ana", SystemPresence.MEAL, null, Instant.now()));
        model.pull();
        assertThat(shownIds()).as("held: nothing moves").containsExactly("ana", "cy", "bo");
        assertThat(model.rows().get(0).activity()).as("but the row shows the change").isEqualTo(Activity.MEAL);
        assertThat(model.orderPausedProperty().get()).isTrue();

        model.orderHeldProperty().set(false);
        assertThat(shownIds()).containsExactly("cy", "bo", "ana");
        assertThat(model.orderPausedProperty().get()).isFalse();
    }

    @Test
    void sortedRowsThatChangeAreMergedIntoTheOrderAFullSortWouldGive() {
        Random random = new Random(7);
        Instant start = Instant.now().minusSeconds(3600);
        List<AgentSnapshot> seed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Many agents share a start, so the name and id decide between them.
            seed.add(agent("a" + i, "Agent " + (i % 40), "Team " + (i % 3), SystemPresence.ON_QUEUE,
                    RoutingStatus.IDLE, start.plusSeconds(i % 7)));
        }
        live.reset(seed);
        model.pull();
        model.sortBy(new FloorSort(List.of(new FloorSort.Key(FloorSort.Column.TIME_IN_STATE, true))));
        model.teamProperty().set("Team 1");
        for (int round = 0; round < 20; round++) {
            for (int change = 0; change < 25; change++) {
                String id = "a" + random.nextInt(300);
                live.apply(random.nextBoolean()
                        ? AgentStateEvent.presence(id, SystemPresence.BREAK, null, start.plusSeconds(60 + round))
                        : AgentStateEvent.routing(id, RoutingStatus.INTERACTING, start.plusSeconds(60 + round)));
            }
            model.pull();
            List<FloorRow> expected = new ArrayList<>(model.rows());
            expected.sort(new FloorSort(List.of(new FloorSort.Key(FloorSort.Column.TIME_IN_STATE, true)))
                    .comparator());
            assertThat(model.rows()).as("round " + round).containsExactlyElementsOf(expected)
                    .allSatisfy(row -> assertThat(row.team()).isEqualTo("Team 1"));
            assertThat(model.rows()).extracting(FloorRow::agentId).doesNotHaveDuplicates();
            Activity narrowed = model.activityProperty().get();
            assertThat(model.rows()).hasSize((int) live.all().stream()
                    .filter(a -> a.agent().team().equals("Team 1") && (narrowed == null || a.activity() == narrowed))
                    .count());
            // The counts, kept row by row, are what counting the whole floor again gives.
            for (Activity activity : Activity.values()) {
                assertThat(model.countProperty(activity).get()).as("round " + round + ", " + activity)
                        .isEqualTo(live.all().stream().filter(a -> a.agent().team().equals("Team 1")
                                && a.activity() == activity).count());
            }
            if (round == 10) {
                // Narrowed to one state, the table shows it alone and the counts still cover every state.
                model.activityProperty().set(Activity.BREAK);
            }
            if (round >= 10) {
                assertThat(model.rows()).extracting(FloorRow::activity).containsOnly(Activity.BREAK);
            }
        }
    }
}
