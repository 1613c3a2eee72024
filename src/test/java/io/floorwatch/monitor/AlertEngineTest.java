package io.floorwatch.monitor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertEngineTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration DWELL = Duration.ofSeconds(5);
    private static final Duration REOPEN = Duration.ofMinutes(2);
    private static final Agent ADA = new Agent("u-ada", "Ada Lovelace", "", "Team Aurora", "Agent");
    private static final Agent SAM = new Agent("u-sam", "Sam Boss", "", "Team Aurora", "Supervisor");
    private static final List<String> QUEUES = List.of("Sales", "Billing");

    private final List<AlertEvent> events = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AlertEngine engine = new AlertEngine(AlertRule.defaults(), DWELL, REOPEN,
            () -> "alert-" + ids.incrementAndGet(), events::add, T0);

    private List<AlertEvent.Kind> kinds() {
        return events.stream().map(AlertEvent::kind).toList();
    }

    @ParameterizedTest(name = "{0} rises after {1} s")
    @CsvSource({
        "AVAILABLE, 300, 'Available, not on queue'",
        "NOT_RESPONDING, 5, Not responding",
        "BREAK, 900, Long break",
        "MEAL, 1800, Long meal",
        "AWAY, 1200, Away too long",
        "BUSY, 1200, Busy too long",
        "IDLE, 600, Idle while work waits"})
    void everyDefaultRuleRisesAtItsThresholdAndClearsWhenTheStateEnds(Activity activity, long seconds, String rule) {
        Set<String> waiting = Set.of("Billing");
        engine.observe(ADA, QUEUES, activity, T0, T0);
        Instant threshold = T0.plusSeconds(seconds);

        engine.advance(threshold.minusMillis(1), waiting);
        assertThat(events).isEmpty();
        engine.advance(threshold, waiting);

        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED);
        Alert raised = events.get(0).alert();
        assertThat(raised.ruleName()).isEqualTo(rule);
        assertThat(raised.agentName()).isEqualTo("Ada Lovelace");
        assertThat(raised.stateSince()).isEqualTo(T0);
        assertThat(raised.raisedAt()).isEqualTo(threshold);
        assertThat(engine.active()).containsExactly(raised);

        Instant left = threshold.plusSeconds(42);
        engine.observe(ADA, QUEUES, Activity.INTERACTING, left, left.plusMillis(300));
        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED, AlertEvent.Kind.CLEARED);
        Alert cleared = events.get(1).alert();
        assertThat(cleared.id()).isEqualTo(raised.id());
        assertThat(cleared.status()).isEqualTo(AlertStatus.CLEARED);
        assertThat(cleared.clearedAt()).isEqualTo(left);
        assertThat(engine.active()).isEmpty();
    }

    @Test
    void aStateReportedLateThatBeganAfterTheStartRisesOnTheNextTick() {
        engine.observe(ADA, QUEUES, Activity.AVAILABLE, T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(8)));
        engine.advance(T0.plus(Duration.ofMinutes(8)), Set.of());
        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED);
    }

    @Test
    void aStateWhoseThresholdPassedBeforeTheStartRaisesNothingForThatSpell() {
        engine.observe(ADA, QUEUES, Activity.AVAILABLE, T0.minus(Duration.ofMinutes(7)), T0);
        engine.observe(SAM, QUEUES, Activity.NOT_RESPONDING, T0.minus(Duration.ofMinutes(1)), T0);
        engine.advance(T0, Set.of());
        engine.advance(T0.plus(Duration.ofHours(2)), Set.of());
        assertThat(events).as("both were past their thresholds when the engine started").isEmpty();

        engine.observe(ADA, QUEUES, Activity.BUSY, T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(2)));
        engine.observe(ADA, QUEUES, Activity.AVAILABLE, T0.plus(Duration.ofMinutes(121)),
                T0.plus(Duration.ofMinutes(121)));
        engine.advance(T0.plus(Duration.ofMinutes(126)), Set.of());
        assertThat(kinds()).as("a new spell after the start alerts as usual").containsExactly(AlertEvent.Kind.RAISED);
    }

    @Test
    void aStateUnderWayAtTheStartRisesWhenItsThresholdPassesAfterIt() {
        engine.observe(ADA, QUEUES, Activity.BREAK, T0.minus(Duration.ofMinutes(10)), T0);
        engine.observe(SAM, QUEUES, Activity.BREAK, T0.minus(Duration.ofMinutes(20)), T0);
        engine.advance(T0.plus(Duration.ofMinutes(4)), Set.of());
        assertThat(events).isEmpty();

        engine.advance(T0.plus(Duration.ofMinutes(5)), Set.of());
        assertThat(events).extracting(e -> e.alert().agentName()).containsExactly("Ada Lovelace");
        engine.advance(T0.plus(Duration.ofMinutes(40)), Set.of());
        assertThat(events).extracting(e -> e.alert().ruleName())
                .as("the supervisors' 60 min rule passes 40 min after the start")
                .containsExactly("Long break", "Long break (supervisors)");
    }

    @Test
    void aQuietRulesAlertsAreMarkedQuietThroughASnoozesReRaise() {
        AlertEngine quietBreaks = new AlertEngine(List.of(new AlertRule("Break", AlertCondition.BREAK, 60, null,
                null, null, true, true), AlertRule.of("Meal", AlertCondition.MEAL, Duration.ofMinutes(1))), DWELL,
                REOPEN, () -> "a" + ids.incrementAndGet(), events::add, T0);
        quietBreaks.observe(ADA, QUEUES, Activity.BREAK, T0, T0);
        quietBreaks.observe(SAM, QUEUES, Activity.MEAL, T0, T0);
        quietBreaks.advance(T0.plusSeconds(60), Set.of());
        Alert onBreak = events.stream().filter(e -> e.alert().agentId().equals("u-ada")).findFirst().orElseThrow()
                .alert();
        quietBreaks.snooze(onBreak.id(), T0.plusSeconds(120), "sup", "", T0.plusSeconds(61));
        quietBreaks.advance(T0.plusSeconds(120), Set.of());

        assertThat(events).extracting(e -> e.alert().agentName() + " " + e.kind() + " " + e.popsUp())
                .containsExactlyInAnyOrder("Ada Lovelace RAISED false", "Sam Boss RAISED true",
                        "Ada Lovelace SNOOZED false", "Ada Lovelace RE_RAISED false");
        assertThat(events).filteredOn(e -> e.alert().agentId().equals("u-ada")).allMatch(AlertEvent::quiet)
                .allSatisfy(e -> assertThat(e.calls() || e.kind() == AlertEvent.Kind.SNOOZED).isTrue());
    }

    @Test
    void idleWhileWorkWaitsNeedsBothHalves() {
        engine.observe(ADA, QUEUES, Activity.IDLE, T0, T0);
        engine.advance(T0.plus(Duration.ofMinutes(9)), Set.of("Billing"));
        assertThat(events).as("idle 9 min while work waits").isEmpty();

        engine.advance(T0.plus(Duration.ofMinutes(10)), Set.of());
        assertThat(events).as("idle 10 min, no queue waiting").isEmpty();
        engine.advance(T0.plus(Duration.ofMinutes(11)), Set.of("Support"));
        assertThat(events).as("idle 11 min, someone else's queue waiting").isEmpty();

        Instant queueFills = T0.plus(Duration.ofMinutes(12));
        engine.advance(queueFills, Set.of("Sales"));
        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED);
        assertThat(events.get(0).alert().condition()).isEqualTo(AlertCondition.IDLE_WHILE_WORK_WAITS);
        assertThat(events.get(0).alert().raisedAt()).isEqualTo(queueFills);
    }

    @Test
    void flappingShorterThanTheDwellNeverAlerts() {
        Instant t = T0;
        for (int i = 0; i < 20; i++) {
            engine.observe(ADA, QUEUES, Activity.NOT_RESPONDING, t, t);
            t = t.plusSeconds(3);
            engine.advance(t, Set.of());
            engine.observe(ADA, QUEUES, Activity.IDLE, t, t);
            t = t.plusSeconds(1);
            engine.advance(t, Set.of());
        }
        assertThat(events).isEmpty();
    }

    @Test
    void flappingBackIntoTheStateReopensTheSameAlertQuietly() {
        Instant t = T0;
        for (int i = 0; i < 5; i++) {
            engine.observe(ADA, QUEUES, Activity.NOT_RESPONDING, t, t);
            t = t.plusSeconds(8);
            engine.advance(t, Set.of());
            engine.observe(ADA, QUEUES, Activity.IDLE, t, t);
            t = t.plusSeconds(20);
            engine.advance(t, Set.of());
        }
        assertThat(events.stream().filter(AlertEvent::calls)).hasSize(1);
        assertThat(events.stream().map(e -> e.alert().id()).distinct()).containsExactly("alert-1");
        assertThat(events.stream().filter(e -> e.kind() == AlertEvent.Kind.REOPENED)).hasSize(4);
        assertThat(events.get(events.size() - 1).alert().reopened()).isEqualTo(4);
    }

    @Test
    void afterTheReopenWindowTheStateRaisesANewAlert() {
        engine.observe(ADA, QUEUES, Activity.NOT_RESPONDING, T0, T0);
        engine.advance(T0.plusSeconds(6), Set.of());
        Instant back = T0.plusSeconds(10);
        engine.observe(ADA, QUEUES, Activity.IDLE, back, back);
        Instant again = back.plus(REOPEN).plusSeconds(1);
        engine.observe(ADA, QUEUES, Activity.NOT_RESPONDING, again, again);
        engine.advance(again.plus(DWELL), Set.of());

        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED, AlertEvent.Kind.CLEARED,
                AlertEvent.Kind.RAISED);
        assertThat(events.get(2).alert().id()).isNotEqualTo(events.get(0).alert().id());
    }

    @Test
    void aSnoozeRaisesAgainWhenItEndsIfTheStateStillHolds() {
        engine.observe(ADA, QUEUES, Activity.BREAK, T0, T0);
        Instant raised = T0.plus(Duration.ofMinutes(15));
        engine.advance(raised, Set.of());
        String id = events.get(0).alert().id();

        Alert snoozed = engine.snooze(id, raised.plus(Duration.ofMinutes(10)), "sup1", "called her", raised);
        assertThat(snoozed.status()).isEqualTo(AlertStatus.SNOOZED);
        assertThat(snoozed.note()).isEqualTo("called her");
        engine.advance(raised.plus(Duration.ofMinutes(10)).minusMillis(1), Set.of());
        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED, AlertEvent.Kind.SNOOZED);

        engine.advance(raised.plus(Duration.ofMinutes(10)), Set.of());
        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED, AlertEvent.Kind.SNOOZED,
                AlertEvent.Kind.RE_RAISED);
        Alert again = events.get(2).alert();
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.status()).isEqualTo(AlertStatus.RAISED);
        assertThat(again.note()).isEqualTo("called her");
    }

    @Test
    void aSnoozedAlertWhoseStateEndsClearsAndNeverRisesAgain() {
        engine.observe(ADA, QUEUES, Activity.BREAK, T0, T0);
        Instant raised = T0.plus(Duration.ofMinutes(15));
        engine.advance(raised, Set.of());
        engine.snooze(events.get(0).alert().id(), raised.plus(Duration.ofMinutes(10)), "sup1", "", raised);
        engine.observe(ADA, QUEUES, Activity.IDLE, raised.plusSeconds(60), raised.plusSeconds(60));
        engine.advance(raised.plus(Duration.ofMinutes(30)), Set.of());

        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED, AlertEvent.Kind.SNOOZED,
                AlertEvent.Kind.CLEARED);
    }

    @Test
    void anAcknowledgedAlertKeepsWhoAndTheNoteAndDoesNotRiseAgain() {
        engine.observe(ADA, QUEUES, Activity.AWAY, T0, T0);
        Instant raised = T0.plus(Duration.ofMinutes(20));
        engine.advance(raised, Set.of());
        Alert acknowledged = engine.acknowledge(events.get(0).alert().id(), "sup1", "at the doctor's", raised);
        engine.advance(raised.plus(Duration.ofHours(2)), Set.of());

        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED, AlertEvent.Kind.ACKNOWLEDGED);
        assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("sup1");
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(raised);
        assertThat(acknowledged.note()).isEqualTo("at the doctor's");
        assertThat(engine.active()).containsExactly(acknowledged);
    }

    @Test
    void actingOnAnAlertThatClearedSaysSo() {
        engine.observe(ADA, QUEUES, Activity.AWAY, T0, T0);
        engine.advance(T0.plus(Duration.ofMinutes(20)), Set.of());
        String id = events.get(0).alert().id();
        engine.observe(ADA, QUEUES, Activity.IDLE, T0.plus(Duration.ofMinutes(21)), T0.plus(Duration.ofMinutes(21)));

        assertThatThrownBy(() -> engine.acknowledge(id, "sup1", "", T0.plus(Duration.ofMinutes(22))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no longer active");
    }

    @Test
    void groupThresholdsApplyToTheirGroupOnly() {
        engine.observe(ADA, QUEUES, Activity.BREAK, T0, T0);
        engine.observe(SAM, QUEUES, Activity.BREAK, T0, T0);

        engine.advance(T0.plus(Duration.ofMinutes(15)), Set.of());
        assertThat(events).extracting(e -> e.alert().agentName()).containsExactly("Ada Lovelace");
        engine.advance(T0.plus(Duration.ofMinutes(59)), Set.of());
        assertThat(events).hasSize(1);
        engine.advance(T0.plus(Duration.ofMinutes(60)), Set.of());
        assertThat(events).extracting(e -> e.alert().agentName()).containsExactly("Ada Lovelace", "Sam Boss");
        assertThat(events.get(1).alert().ruleName()).isEqualTo("Long break (supervisors)");
    }

    @Test
    void rulesScopedToTeamsOrQueuesTakeOnlyThoseAgents() {
        AlertEngine scoped = new AlertEngine(List.of(
                new AlertRule("Billing idle", AlertCondition.IDLE_ON_QUEUE, 60, List.of(), List.of("billing"),
                        List.of(), true, false),
                new AlertRule("Beacon away", AlertCondition.AWAY, 60, List.of("Team Beacon"), List.of(), List.of(),
                        true, false)), DWELL, REOPEN, () -> "a" + ids.incrementAndGet(), events::add, T0);
        scoped.observe(ADA, QUEUES, Activity.IDLE, T0, T0);
        scoped.observe(SAM, List.of("Sales"), Activity.IDLE, T0, T0);
        scoped.observe(new Agent("u-bo", "Bo", "", "Team Beacon", ""), List.of(), Activity.AWAY, T0, T0);
        scoped.observe(new Agent("u-cy", "Cy", "", "Team Aurora", ""), List.of(), Activity.AWAY, T0, T0);
        scoped.advance(T0.plusSeconds(61), Set.of());

        assertThat(events).extracting(e -> e.alert().agentName()).containsExactlyInAnyOrder("Ada Lovelace", "Bo");
    }

    @Test
    void disabledRulesDoNothing() {
        AlertEngine none = new AlertEngine(List.of(new AlertRule("off", AlertCondition.AWAY, 0, null, null, null,
                false, false)), DWELL, REOPEN, () -> "x", events::add, T0);
        none.observe(ADA, QUEUES, Activity.AWAY, T0, T0);
        none.advance(T0.plus(Duration.ofHours(3)), Set.of());
        assertThat(events).isEmpty();
    }

    @Test
    void newRulesMoveTheDeadlinesOfAgentsAlreadyInTheState() {
        engine.observe(ADA, QUEUES, Activity.AWAY, T0, T0);
        engine.advance(T0.plus(Duration.ofMinutes(5)), Set.of());
        engine.reconfigure(List.of(AlertRule.of("Away 8", AlertCondition.AWAY, Duration.ofMinutes(8))), DWELL,
                REOPEN, T0.plus(Duration.ofMinutes(5)));
        engine.advance(T0.plus(Duration.ofMinutes(8)).minusMillis(1), Set.of());
        assertThat(events).isEmpty();
        engine.advance(T0.plus(Duration.ofMinutes(8)), Set.of());
        assertThat(events).extracting(e -> e.alert().ruleName()).containsExactly("Away 8");
    }

    @Test
    void anAgentWhoLeavesTheFloorHasItsAlertCleared() {
        engine.observe(ADA, QUEUES, Activity.NOT_RESPONDING, T0, T0);
        engine.advance(T0.plusSeconds(5), Set.of());
        engine.forget(ADA.id(), T0.plusSeconds(9));
        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED, AlertEvent.Kind.CLEARED);
        assertThat(engine.trackedAgents()).isZero();
        assertThat(engine.pendingDeadlines()).isZero();
    }

    @Test
    void aQueueChangeDuringTheSpellKeepsItsStartButRecomputesTheRules() {
        AlertEngine scoped = new AlertEngine(List.of(new AlertRule("Billing idle", AlertCondition.IDLE_ON_QUEUE, 60,
                List.of(), List.of("Billing"), List.of(), true, false)), DWELL, REOPEN, () -> "q", events::add, T0);
        scoped.observe(ADA, List.of("Sales"), Activity.IDLE, T0, T0);
        scoped.advance(T0.plusSeconds(30), Set.of());
        scoped.observe(ADA, List.of("Sales", "Billing"), Activity.IDLE, T0, T0.plusSeconds(30));
        scoped.advance(T0.plusSeconds(60), Set.of());
        assertThat(kinds()).containsExactly(AlertEvent.Kind.RAISED);
        assertThat(events.get(0).alert().stateSince()).isEqualTo(T0);
    }
}
