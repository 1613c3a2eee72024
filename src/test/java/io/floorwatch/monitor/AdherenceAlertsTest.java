package io.floorwatch.monitor;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adherence in the alerts, stepped with the test clock: "out of adherence for N minutes" per scheduled activity,
 * cleared when the agent is back; and the state rules holding back while the state is what the schedule says, so a
 * scheduled break is not a long break until it runs past its end.
 */
class AdherenceAlertsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;
    private final LiveState live = new LiveState();

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        live.reset(List.of(new AgentSnapshot(new Agent("u-1", "Ada Lovelace", "", "Team Aurora", "Agent"),
                new AgentState("u-1", SystemPresence.ON_QUEUE, null, T0, RoutingStatus.IDLE, T0))));
        // On queue 09:00-10:00, a break 10:00-10:15, on queue again until 13:00.
        live.adherence().putSchedules(List.of(new AgentSchedule("u-1", List.of(
                block(0, 60, ActivityCategory.ON_QUEUE_WORK), block(60, 15, ActivityCategory.BREAK),
                block(75, 165, ActivityCategory.ON_QUEUE_WORK)))));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static ScheduledActivity block(int fromMinute, int minutes, ActivityCategory category) {
        return new ScheduledActivity(at(fromMinute), Duration.ofMinutes(minutes), category.name(), category, "");
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private AlertMonitor monitor(List<AlertRule> rules) {
        return new AlertMonitor(live, List::of, history.writer(), history.alerts(),
                AlertSettings.defaults().withRules(rules), Clock.fixed(T0, ZoneOffset.UTC), Duration.ofHours(1));
    }

    private void adherence(ActivityCategory scheduled, ActivityCategory actual, AdherenceState state, int since) {
        AdherenceImpact impact = state != AdherenceState.OUT_OF_ADHERENCE ? AdherenceImpact.NEUTRAL
                : scheduled.onQueue() ? AdherenceImpact.NEGATIVE : AdherenceImpact.POSITIVE;
        live.adherence().apply(new Adherence("u-1", "mu", scheduled, scheduled.name(), actual, state, impact,
                at(since), false));
    }

    private void presence(SystemPresence presence, int minute) {
        live.apply(AgentStateEvent.presence("u-1", presence, null, at(minute)));
    }

    @Test
    void outOfAdherenceRaisesPerScheduledActivityAndClearsWhenBack() {
        AlertRule onQueue = new AlertRule("Out of adherence, on-queue time", AlertCondition.OUT_OF_ADHERENCE, 300,
                List.of(), List.of(), List.of(), true, false, List.of(), List.of(ActivityCategory.ON_QUEUE_WORK));
        AlertRule meetings = new AlertRule("Missed meeting", AlertCondition.OUT_OF_ADHERENCE, 60, List.of(),
                List.of(), List.of(), true, false, List.of(), List.of(ActivityCategory.MEETING));
        try (AlertMonitor monitor = monitor(List.of(meetings, onQueue))) {
            // Back from the break ten minutes late: out of adherence since the break's scheduled end.
            presence(SystemPresence.BREAK, 60);
            adherence(ActivityCategory.ON_QUEUE_WORK, ActivityCategory.BREAK, AdherenceState.OUT_OF_ADHERENCE, 75);
            monitor.tick(at(79));
            assertThat(monitor.active()).as("four minutes out is not five").isEmpty();
            monitor.tick(at(81));
            assertThat(monitor.active()).singleElement().satisfies(alert -> {
                assertThat(alert.condition()).isEqualTo(AlertCondition.OUT_OF_ADHERENCE);
                assertThat(alert.ruleName()).isEqualTo("Out of adherence, on-queue time");
                assertThat(alert.stateSince()).isEqualTo(at(75));
            });
            String raised = monitor.active().get(0).id();

            presence(SystemPresence.ON_QUEUE, 85);
            adherence(ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK, AdherenceState.IN_ADHERENCE,
                    85);
            monitor.tick(at(86));
            assertThat(monitor.active()).isEmpty();
            assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
            assertThat(history.alerts().find(raised)).get().extracting(Alert::status)
                    .isEqualTo(AlertStatus.CLEARED);
        }
    }

    @Test
    void anActivityNoRuleWatchesRaisesNothing() {
        AlertRule onQueue = new AlertRule("Out of adherence, on-queue time", AlertCondition.OUT_OF_ADHERENCE, 300,
                List.of(), List.of(), List.of(), true, false, List.of(), List.of(ActivityCategory.ON_QUEUE_WORK));
        try (AlertMonitor monitor = monitor(List.of(onQueue))) {
            // On queue through the scheduled break: out, but of a break, which no rule here watches.
            adherence(ActivityCategory.BREAK, ActivityCategory.ON_QUEUE_WORK, AdherenceState.OUT_OF_ADHERENCE, 60);
            monitor.tick(at(74));
            assertThat(monitor.active()).isEmpty();
        }
    }

    @Test
    void aScheduledBreakIsNotALongBreakUntilItRunsPastItsEnd() {
        AlertRule longBreak = AlertRule.of("Long break", AlertCondition.BREAK, Duration.ofMinutes(10));
        try (AlertMonitor monitor = monitor(List.of(longBreak))) {
            presence(SystemPresence.BREAK, 60);
            adherence(ActivityCategory.BREAK, ActivityCategory.BREAK, AdherenceState.IN_ADHERENCE, 60);
            monitor.tick(at(71));
            assertThat(monitor.active()).as("eleven minutes into a fifteen-minute scheduled break").isEmpty();
            monitor.tick(at(75));
            assertThat(monitor.active()).as("past the scheduled end").singleElement()
                    .satisfies(alert -> {
                        assertThat(alert.condition()).isEqualTo(AlertCondition.BREAK);
                        assertThat(alert.stateSince()).isEqualTo(at(60));
                    });
        }
    }

    @Test
    void anUnscheduledBreakIsALongBreakAtTheRulesThreshold() {
        AlertRule longBreak = AlertRule.of("Long break", AlertCondition.BREAK, Duration.ofMinutes(10));
        try (AlertMonitor monitor = monitor(List.of(longBreak))) {
            presence(SystemPresence.BREAK, 20);
            adherence(ActivityCategory.ON_QUEUE_WORK, ActivityCategory.BREAK, AdherenceState.OUT_OF_ADHERENCE, 20);
            monitor.tick(at(29));
            assertThat(monitor.active()).isEmpty();
            monitor.tick(at(31));
            assertThat(monitor.active()).extracting(Alert::condition).containsExactly(AlertCondition.BREAK);
        }
    }
}
