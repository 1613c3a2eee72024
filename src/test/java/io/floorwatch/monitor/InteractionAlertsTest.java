package io.floorwatch.monitor;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.AlertQuery;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interaction rules over a real live state, stepped by hand with the test clock: a long call, a long hold and
 * long after-call work each raise when their own threshold passes and clear when the spell ends; over capacity
 * raises against the agent's utilisation; a rule for some media leaves the others alone.
 */
class InteractionAlertsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;
    private final LiveState live = new LiveState();

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        live.reset(List.of(new AgentSnapshot(new Agent("u-1", "Ada Lovelace", "", "Team Aurora", "Agent"),
                new AgentState("u-1", SystemPresence.ON_QUEUE, null, T0, RoutingStatus.INTERACTING, T0))));
        live.setOrgUtilization(new Utilization(Map.of("call", new MediaUtilization(1, List.of(), false),
                "chat", new MediaUtilization(2, List.of(), false)), false));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private AlertMonitor monitor(List<AlertRule> rules) {
        return new AlertMonitor(live, List::of, history.writer(), history.alerts(),
                AlertSettings.defaults().withRules(rules), Clock.fixed(T0, ZoneOffset.UTC), Duration.ofHours(1));
    }

    private void interaction(String id, MediaType media, Instant connected, Instant held, Instant acw, Instant at) {
        live.apply(new InteractionEvent("u-1", new Interaction(id, media, "q-1", connected, held, acw, at), false,
                at));
    }

    private void ended(String id, MediaType media, Instant at) {
        live.apply(new InteractionEvent("u-1", new Interaction(id, media, "q-1", T0, null, null, at), true, at));
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aLongCallALongHoldAndLongAfterCallWorkRaiseAtTheirThresholdsAndClearWhenTheyEnd() {
        interaction("c-1", MediaType.CALL, T0, null, null, T0);
        try (AlertMonitor monitor = monitor(AlertRule.interactionDefaults())) {
            monitor.tick(at(14));
            assertThat(monitor.active()).as("a call of 14 minutes is not long yet").isEmpty();

            interaction("c-1", MediaType.CALL, T0, at(14), null, at(14));
            monitor.tick(at(16));
            assertThat(monitor.active()).extracting(Alert::condition).containsExactly(
                    AlertCondition.LONG_INTERACTION);
            assertThat(monitor.active().get(0).ruleName()).isEqualTo("Long call");

            monitor.tick(at(20));
            assertThat(monitor.active()).extracting(Alert::condition).containsExactlyInAnyOrder(
                    AlertCondition.LONG_INTERACTION, AlertCondition.LONG_HOLD);
            assertThat(monitor.active()).filteredOn(a -> a.condition() == AlertCondition.LONG_HOLD).singleElement()
                    .satisfies(a -> assertThat(a.stateSince()).isEqualTo(at(14)));

            // The customer hangs up: the call and its hold are over, after-call work begins.
            interaction("c-1", MediaType.CALL, T0, null, at(21), at(21));
            monitor.tick(at(21));
            assertThat(monitor.active()).as("the call's alerts cleared").isEmpty();
            monitor.tick(at(27));
            assertThat(monitor.active()).extracting(Alert::condition).containsExactly(AlertCondition.LONG_ACW);

            ended("c-1", MediaType.CALL, at(28));
            monitor.tick(at(28));
            assertThat(monitor.active()).isEmpty();
        }
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.alerts().page(new AlertQuery(null, AlertStatus.CLEARED, null,
                null, null), null, 20).alerts()).extracting(Alert::condition).containsExactlyInAnyOrder(
                AlertCondition.LONG_INTERACTION, AlertCondition.LONG_HOLD, AlertCondition.LONG_ACW);
    }

    @Test
    void overCapacityRaisesAtOnceAgainstTheAgentsOwnSettingOnceKnown() {
        try (AlertMonitor monitor = monitor(AlertRule.interactionDefaults())) {
            interaction("c-1", MediaType.CHAT, T0, null, null, T0);
            interaction("c-2", MediaType.CHAT, at(1), null, null, at(1));
            monitor.tick(at(2));
            assertThat(monitor.active()).as("two chats of two").isEmpty();

            interaction("c-3", MediaType.CHAT, at(3), null, null, at(3));
            monitor.tick(at(3).plusSeconds(10));
            assertThat(monitor.active()).singleElement().satisfies(a -> {
                assertThat(a.condition()).isEqualTo(AlertCondition.OVER_CAPACITY);
                assertThat(a.stateSince()).isEqualTo(at(3));
            });

            // Her own setting allows three chats: not over capacity after all.
            live.setAgentUtilization("u-1", new Utilization(Map.of("chat", new MediaUtilization(3, List.of(),
                    false)), true));
            monitor.tick(at(4));
            assertThat(monitor.active()).isEmpty();
        }
    }

    @Test
    void aRuleForCallsLeavesALongEmailAlone() {
        AlertRule calls = new AlertRule("Long call", AlertCondition.LONG_INTERACTION, 600, List.of(), List.of(),
                List.of(), true, false, List.of(MediaType.CALL));
        interaction("c-9", MediaType.EMAIL, T0, null, null, T0);
        try (AlertMonitor monitor = monitor(List.of(calls))) {
            monitor.tick(at(90));
            assertThat(monitor.active()).isEmpty();
        }
    }
}
