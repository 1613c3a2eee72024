package io.floorwatch.ui.wallboard;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.config.WallboardLayout;
import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.QueueGrade;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The wallboard's model without a toolkit: what it shows, how it pages and turns, and what it marks. */
class WallboardViewModelTest {
    private final Instant start = Instant.parse("2026-12-07T09:00:00Z");
    private final MovableClock clock = new MovableClock(start);
    private final List<LiveAgent> agents = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<QueueSample> samples = new ArrayList<>();
    private final Map<String, RoutingQueue> queues = new java.util.HashMap<>();
    private QueueThresholdSettings thresholds = QueueThresholdSettings.none();
    private Optional<Instant> stale = Optional.empty();

    private WallboardViewModel model(WallboardLayout layout) {
        return new WallboardViewModel(new WallboardSources(() -> agents, () -> queues, () -> samples, () -> alerts,
                () -> thresholds, InteractionSettings::defaults, () -> stale, () -> ""), layout, clock,
                ZoneOffset.UTC);
    }

    private void agent(String id, String team, RoutingStatus status, SystemPresence presence, int secondsAgo,
            List<Interaction> interactions) {
        Instant since = start.minusSeconds(secondsAgo);
        agents.add(new LiveAgent(new Agent(id, "Agent " + id, id + "@example.com", team, null),
                new AgentState(id, presence, null, since, status, since), List.of("Billing"), List.of(),
                interactions, Map.of(), 0));
    }

    private void idle(String id, String team, int secondsAgo) {
        agent(id, team, RoutingStatus.IDLE, SystemPresence.ON_QUEUE, secondsAgo, List.of());
    }

    private static List<String> cardIds(WallboardViewModel model) {
        return model.slots().stream().filter(s -> !s.isHeading()).map(s -> s.card().agentId()).toList();
    }

    @Test
    void groupsByStateWithTheLongestInStateFirstAndCountsTheFloor() {
        idle("a", "North", 30);
        idle("b", "North", 300);
        agent("c", "South", RoutingStatus.NOT_RESPONDING, SystemPresence.ON_QUEUE, 20, List.of());
        agent("d", "South", RoutingStatus.OFF_QUEUE, SystemPresence.OFFLINE, 20, List.of());
        WallboardViewModel model = model(WallboardLayout.defaults());
        model.fit(4, 8, 4);

        assertThat(model.slots()).extracting(s -> s.isHeading() ? s.heading() : s.card().agentId())
                .containsExactly("Not responding  1", "c", "Idle  2", "b", "a");
        assertThat(model.countsProperty().get()).isEqualTo("Not responding 1   Idle 2");
        AgentCard c = model.slots().get(1).card();
        assertThat(c.mark()).isEqualTo(AgentCard.Mark.RED);
        assertThat(c.note()).isEqualTo("Not responding");
    }

    @Test
    void groupsByTeamWithMarkedCardsFirstAndShowsOnlyAttentionWhenAsked() {
        idle("a", "North", 30);
        agent("b", "North", RoutingStatus.INTERACTING, SystemPresence.ON_QUEUE, 60, List.of(new Interaction("conv-1",
                MediaType.CALL, "q1", start.minus(Duration.ofMinutes(25)), null, null, start)));
        idle("c", "South", 10);
        alerts.add(new Alert("alert-1", "c", "Agent c", "South", null, AlertCondition.IDLE_ON_QUEUE, 60,
                start.minusSeconds(10), start, AlertStatus.RAISED, null, null, null, null, null, 0, start));
        WallboardViewModel model = model(WallboardLayout.defaults().withGroupBy(WallboardLayout.GroupBy.TEAM));
        model.fit(4, 8, 4);

        assertThat(model.slots()).extracting(s -> s.isHeading() ? s.heading() : s.card().agentId())
                .containsExactly("North  2", "b", "a", "South  1", "c");
        assertThat(model.slots().get(1).card().note()).isEqualTo("Long voice");
        assertThat(model.slots().get(1).card().mark()).isEqualTo(AgentCard.Mark.AMBER);
        assertThat(model.slots().get(4).card().note()).isEqualTo("Alert: Idle on queue");
        assertThat(model.tickerProperty().get()).contains("Agent c: Idle on queue");
        assertThat(model.alertCountProperty().get()).isEqualTo(1);

        model.toggleCards();

        assertThat(cardIds(model)).containsExactly("b", "c");
    }

    @Test
    void pagesTurnWhenTheirTimeIsUpUnlessPausedAndByKey() {
        for (int i = 0; i < 10; i++) {
            idle("a" + i, "North", 100 + i);
        }
        WallboardViewModel model = model(WallboardLayout.defaults());
        model.fit(2, 3, 4); // a heading and two rows of two: 4 cards a page, 3 pages
        assertThat(model.pageCountProperty().get()).isEqualTo(3);
        List<String> first = cardIds(model);

        for (int i = 0; i < 14; i++) {
            model.tick();
        }
        assertThat(model.pageProperty().get()).isZero();
        model.tick();
        assertThat(model.pageProperty().get()).isEqualTo(1);
        assertThat(cardIds(model)).doesNotContainAnyElementsOf(first);

        model.togglePaused();
        for (int i = 0; i < 40; i++) {
            model.tick();
        }
        assertThat(model.pageProperty().get()).isEqualTo(1);

        model.next();
        model.next();
        assertThat(model.pageProperty().get()).isZero();
        model.previous();
        assertThat(model.pageProperty().get()).isEqualTo(2);
    }

    @Test
    void tilesAreGradedByEachQueuesOwnThresholdsRedFirst() {
        queues.put("q1", queue("q1", "Billing"));
        queues.put("q2", queue("q2", "Sales"));
        samples.add(sample("q1", 4, 30.0, 0.85));
        samples.add(sample("q2", 4, 30.0, 0.85));
        thresholds = QueueThresholdSettings.none().with("Sales", new QueueThresholds(0.9, 0.87, 3, 4, null, null));
        WallboardViewModel model = model(WallboardLayout.defaults());
        model.fit(4, 4, 4);

        assertThat(model.tiles()).extracting(QueueTile::name).containsExactly("Sales", "Billing");
        QueueTile sales = model.tiles().get(0);
        assertThat(sales.serviceLevelGrade()).isEqualTo(QueueGrade.RED);
        assertThat(sales.waitingGrade()).isEqualTo(QueueGrade.RED);
        QueueTile billing = model.tiles().get(1);
        // Billing has only the built-in thresholds: 5 waiting amber, 80 % target, 20 s longest wait amber.
        assertThat(billing.waitingGrade()).isEqualTo(QueueGrade.GREEN);
        assertThat(billing.serviceLevelGrade()).isEqualTo(QueueGrade.GREEN);
        assertThat(billing.longestWaitGrade()).isEqualTo(QueueGrade.AMBER);
    }

    @Test
    void tilesThatDoNotFitTurnWithThePagesAndALayoutPicksItsQueuesAndTeams() {
        for (int i = 0; i < 5; i++) {
            queues.put("q" + i, queue("q" + i, "Queue " + i));
        }
        idle("a", "North", 10);
        idle("b", "South", 10);
        WallboardViewModel model = model(WallboardLayout.defaults());
        model.fit(4, 8, 2);
        assertThat(model.tiles()).extracting(QueueTile::name).containsExactly("Queue 0", "Queue 1");
        assertThat(model.moreQueuesProperty().get()).isEqualTo("Queues 1-2 of 5");

        model.layoutProperty().set(new WallboardLayout("North", WallboardLayout.GroupBy.STATE,
                WallboardLayout.Cards.ALL, List.of("queue 3"), List.of("north"), false, 15, 1));
        assertThat(model.tiles()).extracting(QueueTile::name).containsExactly("Queue 3");
        assertThat(cardIds(model)).isEmpty(); // the agents are members of Billing only
    }

    @Test
    void aSilentSourceIsSaid() {
        idle("a", "North", 10);
        stale = Optional.of(start.minusSeconds(30));
        WallboardViewModel model = model(WallboardLayout.defaults());
        model.pull();
        assertThat(model.noteProperty().get()).isEqualTo("The floor as of 08:59:30: its source has gone silent, "
                + "times have stopped");
    }

    private static RoutingQueue queue(String id, String name) {
        return new RoutingQueue(id, QueueSettings.named(name), 10, 10, null);
    }

    private QueueSample sample(String id, int waiting, double longest, double serviceLevel) {
        QueueSnapshot snapshot = new QueueSnapshot(id, null, start, longest, longest, 2, 0.0, waiting, 10, 2, 6,
                serviceLevel, "test");
        return new QueueSample(snapshot, new QueueScore(0.5, 0, 0, 0));
    }
}
