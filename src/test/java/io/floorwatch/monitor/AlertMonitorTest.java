package io.floorwatch.monitor;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.AlertQuery;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.Await;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monitor over a real live state and a real history file, stepped by hand. */
class AlertMonitorTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;
    private final LiveState live = new LiveState();
    private final List<QueueSample> samples = new ArrayList<>();

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        live.reset(List.of(new AgentSnapshot(new Agent("u-1", "Ada Lovelace", "", "Team Aurora", "Agent"),
                new AgentState("u-1", SystemPresence.ON_QUEUE, null, T0, RoutingStatus.IDLE, T0), List.of())));
        live.setQueueDirectory(List.of(new RoutingQueue("q-billing", QueueSettings.named("Billing"), 0, 0, T0)));
        live.setQueues(Map.of("u-1", List.of("Billing")));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private AlertMonitor monitor() {
        return new AlertMonitor(live, this::latest, history.writer(), history.alerts(), AlertSettings.defaults(),
                Clock.fixed(T0, ZoneOffset.UTC), Duration.ofHours(1));
    }

    private Collection<QueueSample> latest() {
        return List.copyOf(samples);
    }

    private void billingWaiting(int waiting) {
        samples.clear();
        samples.add(new QueueSample(new QueueSnapshot("q-billing", null, T0, waiting * 20.0, null, 0, null, waiting,
                null, null, null, null, "kafka"), new QueueScore(0.5, 0.2, 0.2, 0.1)));
    }

    @Test
    void idleWhileWorkWaitsReadsTheAgentsQueuesFromTheLatestSamples() {
        try (AlertMonitor monitor = monitor()) {
            billingWaiting(0);
            monitor.tick(T0.plus(Duration.ofMinutes(11)));
            assertThat(monitor.active()).isEmpty();

            billingWaiting(4);
            monitor.tick(T0.plus(Duration.ofMinutes(12)));
            assertThat(monitor.active()).singleElement().satisfies(a -> {
                assertThat(a.condition()).isEqualTo(AlertCondition.IDLE_WHILE_WORK_WAITS);
                assertThat(a.agentName()).isEqualTo("Ada Lovelace");
            });
        }
    }

    @Test
    void aFloorFrozenBySilenceRaisesNoIdleAlertUntilItsSourceIsBack() {
        try (AlertMonitor monitor = monitor()) {
            billingWaiting(4);
            // Ada went idle at 09:00 with work waiting; the collector fell silent at 09:02 (its last heartbeat).
            live.markStale(T0.plus(Duration.ofMinutes(2)));
            monitor.tick(T0.plus(Duration.ofMinutes(30)));
            assertThat(monitor.active()).as("half an hour of idle that only the silence shows").isEmpty();

            // The collector is back and Ada is still idle: now the rule has its say.
            live.markLive();
            monitor.tick(T0.plus(Duration.ofMinutes(31)));
            assertThat(monitor.active()).singleElement().satisfies(a -> assertThat(a.condition())
                    .isEqualTo(AlertCondition.IDLE_WHILE_WORK_WAITS));
        }
    }

    @Test
    void closingStoresTheActiveAlertsAsClearedAndTheNextRunClosesWhatACrashLeftOpen() throws Exception {
        billingWaiting(2);
        AlertMonitor first = monitor();
        first.tick(T0.plus(Duration.ofMinutes(10)));
        Alert raised = first.active().get(0);
        first.close();
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.alerts().find(raised.id()).orElseThrow().status()).isEqualTo(AlertStatus.CLEARED);

        // A crash: the alert stays RAISED in history; the next run closes it before it follows the floor.
        history.writer().offer(raised);
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.alerts().open()).hasSize(1);
        try (AlertMonitor next = monitor().start()) {
            Await.until("the left-open alert closed", Duration.ofSeconds(10), () -> {
                history.writer().flush(Duration.ofSeconds(1));
                return history.alerts().open().isEmpty();
            });
            assertThat(next.active()).isEmpty();
        }
    }

    @Test
    void actingOnAnUnknownAlertIsRefusedAndStoresNothing() {
        try (AlertMonitor monitor = monitor()) {
            assertThatThrownBy(() -> monitor.acknowledge("nope", "sup1", "")).isInstanceOf(
                    IllegalArgumentException.class).hasMessageContaining("no longer active");
            assertThatThrownBy(() -> monitor.snooze("nope", Duration.ZERO, "sup1", "")).isInstanceOf(
                    IllegalArgumentException.class).hasMessageContaining("more than 0 minutes");
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            assertThat(history.alerts().page(AlertQuery.all(), null, 10).alerts()).isEmpty();
        }
    }

    @Test
    void aPastAlertTakesANoteAsANewVersion() {
        try (AlertMonitor monitor = monitor()) {
            live.apply(AgentStateEvent.routing("u-1", RoutingStatus.NOT_RESPONDING, T0));
            monitor.tick(T0.plusSeconds(10));
            Alert raised = monitor.active().get(0);
            live.apply(AgentStateEvent.routing("u-1", RoutingStatus.IDLE, T0.plusSeconds(20)));
            monitor.tick(T0.plusSeconds(21));
            assertThat(monitor.active()).isEmpty();
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            Alert cleared = history.alerts().find(raised.id()).orElseThrow();

            monitor.note(cleared, "headset was unplugged");
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            assertThat(history.alerts().find(raised.id()).orElseThrow()).satisfies(a -> {
                assertThat(a.status()).isEqualTo(AlertStatus.CLEARED);
                assertThat(a.note()).isEqualTo("headset was unplugged");
            });
        }
    }

    @Test
    void anAlertRaisedElsewhereIsActedOnLikeTheOthersAndClearsWhenItsCauseIsGone() {
        MovableClock clock = new MovableClock(T0);
        List<AlertEvent> told = new ArrayList<>();
        try (AlertMonitor monitor = new AlertMonitor(live, this::latest, history.writer(), history.alerts(),
                AlertSettings.defaults(), clock, Duration.ofHours(1))) {
            monitor.subscribe(told::add);
            monitor.raise("drift:q", AlertCondition.CONFIG_DRIFT, "Queue Billing", "Configuration",
                    "description 'a' -> 'b'");
            monitor.raise("drift:q", AlertCondition.CONFIG_DRIFT, "Queue Billing", "Configuration", "again");

            Alert raised = monitor.active().stream().filter(a -> a.condition() == AlertCondition.CONFIG_DRIFT)
                    .findFirst().orElseThrow();
            assertThat(raised.headline(T0)).isEqualTo("Queue Billing: description 'a' -> 'b'");
            assertThat(told).extracting(AlertEvent::kind).containsExactly(AlertEvent.Kind.RAISED);

            monitor.snooze(raised.id(), Duration.ofMinutes(15), "sup.one", "looking");
            clock.advance(Duration.ofMinutes(16));
            monitor.tick(clock.instant());
            monitor.acknowledge(raised.id(), "sup.one", "known change");
            monitor.clearRaised(AlertCondition.CONFIG_DRIFT, Set.of("drift:other"));

            assertThat(told).extracting(AlertEvent::kind).containsExactly(AlertEvent.Kind.RAISED,
                    AlertEvent.Kind.SNOOZED, AlertEvent.Kind.RE_RAISED, AlertEvent.Kind.ACKNOWLEDGED,
                    AlertEvent.Kind.CLEARED);
            assertThat(monitor.active()).noneMatch(a -> a.condition() == AlertCondition.CONFIG_DRIFT);
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            assertThat(history.alerts().open()).noneMatch(a -> a.id().equals(raised.id()));
        }
    }
}
