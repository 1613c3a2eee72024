package io.floorwatch.monitor;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.feed.LiveState;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queue alerts over a real monitor and history, stepped by hand with a movable clock (and once on their own thread). */
class QueueAlertsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;
    private final LiveState live = new LiveState();
    private final List<QueueSample> samples = new CopyOnWriteArrayList<>();
    private final AtomicReference<QueueThresholdSettings> thresholds =
            new AtomicReference<>(QueueThresholdSettings.none());
    private final MovableClock clock = new MovableClock(T0);
    private final List<AlertEvent> told = new CopyOnWriteArrayList<>();
    private AlertMonitor monitor;
    private QueueAlerts queueAlerts;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        // Billing answers 80 % within 20 s in Genesys; Sales has no service level of its own.
        live.setQueueDirectory(List.of(new RoutingQueue("q-billing", new QueueSettings("Billing", null, null, null,
                null, null, Map.of("call", new MediaSettings(8, 0.8, 20_000L))), 0, 0, T0),
                new RoutingQueue("q-sales", QueueSettings.named("Sales"), 0, 0, T0)));
        monitor = new AlertMonitor(live, this::latest, history.writer(), history.alerts(), AlertSettings.defaults(),
                clock, Duration.ofHours(1));
        monitor.subscribe(told::add);
        queueAlerts = new QueueAlerts(monitor, this::latest, live::queues, thresholds::get, clock,
                QueueAlerts.DWELL);
    }

    @AfterEach
    void close() {
        queueAlerts.close();
        monitor.close();
        history.close();
    }

    private Collection<QueueSample> latest() {
        return List.copyOf(samples);
    }

    private void sample(String queueId, Integer waiting, Double longestWait, Double serviceLevel) {
        samples.removeIf(s -> s.snapshot().queueId().equals(queueId));
        samples.add(new QueueSample(new QueueSnapshot(queueId, null, clock.instant(), 0, longestWait, 1, 0.0,
                waiting, 4, 1, 3, serviceLevel, "kafka"), new QueueScore(0.2, 0.1, 0.05, 0.05)));
    }

    private void after(Duration step) {
        clock.advance(step);
        queueAlerts.check();
    }

    private List<Alert> queueAlertsActive() {
        return monitor.active().stream().filter(a -> a.condition().queue()).toList();
    }

    @Test
    void aServiceLevelBelowItsRedLineAlertsOnlyAfterTheDwellAndClearsWhenItIsBack() {
        sample("q-billing", 1, 5.0, 0.55);
        queueAlerts.check();
        after(Duration.ofSeconds(29));
        assertThat(queueAlertsActive()).as("red for 29 s, less than the dwell").isEmpty();

        after(Duration.ofSeconds(1));
        assertThat(queueAlertsActive()).singleElement().satisfies(alert -> {
            assertThat(alert.condition()).isEqualTo(AlertCondition.QUEUE_SERVICE_LEVEL);
            assertThat(alert.agentId()).isEqualTo("queue:q-billing:service-level");
            assertThat(alert.agentName()).isEqualTo("Billing");
            assertThat(alert.team()).isEqualTo("Queue");
            assertThat(alert.ruleName()).isEqualTo("service level 55 % below its red line 60 %");
            assertThat(alert.stateSince()).as("red since the first look").isEqualTo(T0);
            assertThat(alert.headline(clock.instant()))
                    .isEqualTo("Billing: service level 55 % below its red line 60 %, for 30 s");
        });

        after(Duration.ofSeconds(2));
        assertThat(told).extracting(AlertEvent::kind).as("raised once, not at every look")
                .containsExactly(AlertEvent.Kind.RAISED);

        sample("q-billing", 1, 5.0, 0.7);
        after(Duration.ofSeconds(2));
        assertThat(queueAlertsActive()).as("70 % is amber, no longer red").isEmpty();
        assertThat(told).extracting(AlertEvent::kind).containsExactly(AlertEvent.Kind.RAISED,
                AlertEvent.Kind.CLEARED);
    }

    @Test
    void aRedShorterThanTheDwellNeverAlertsAndTheNextSpellStartsAgain() {
        sample("q-billing", 20, 5.0, 0.9);
        queueAlerts.check();
        after(Duration.ofSeconds(20));
        sample("q-billing", 2, 5.0, 0.9);
        after(Duration.ofSeconds(2));
        sample("q-billing", 20, 5.0, 0.9);
        after(Duration.ofSeconds(2));
        after(Duration.ofSeconds(20));
        assertThat(queueAlertsActive()).as("22 s red, then 20 s red again").isEmpty();

        after(Duration.ofSeconds(10));
        assertThat(queueAlertsActive()).extracting(Alert::condition)
                .containsExactly(AlertCondition.QUEUE_WAITING);
        assertThat(queueAlertsActive().get(0).ruleName()).isEqualTo("20 waiting, at or over its red line 15");
    }

    @Test
    void aQueuesOwnThresholdOverridesTheDefaultsAndASaveAppliesAtTheNextLook() {
        thresholds.set(new QueueThresholdSettings(new QueueThresholds(null, null, null, 10, null, null),
                Map.of("BILLING", new QueueThresholds(null, null, null, 3, null, null))));
        sample("q-billing", 5, 5.0, 0.9);
        sample("q-sales", 5, 5.0, 0.9);
        queueAlerts.check();
        after(QueueAlerts.DWELL);

        assertThat(queueAlertsActive()).singleElement().satisfies(alert -> {
            assertThat(alert.agentId()).isEqualTo("queue:q-billing:waiting");
            assertThat(alert.ruleName()).isEqualTo("5 waiting, at or over its red line 3");
        });

        thresholds.set(thresholds.get().with("Billing", QueueThresholds.NONE));
        after(Duration.ofSeconds(2));
        assertThat(queueAlertsActive()).as("back on the defaults' red of 10").isEmpty();
    }

    @Test
    void theLongestWaitNamesTheWaitAndTheRedLineInMinutes() {
        thresholds.set(QueueThresholdSettings.none().with("Sales",
                new QueueThresholds(null, null, null, null, 60L, 120L)));
        sample("q-sales", 1, 190.0, null);
        queueAlerts.check();
        after(QueueAlerts.DWELL);

        assertThat(queueAlertsActive()).singleElement().satisfies(alert -> {
            assertThat(alert.condition()).isEqualTo(AlertCondition.QUEUE_LONGEST_WAIT);
            assertThat(alert.ruleName()).isEqualTo("longest wait 3 min 10 s over 2 min");
        });
        assertThat(QueueAlerts.duration(45)).isEqualTo("45 s");
        assertThat(QueueAlerts.duration(3900)).isEqualTo("1 h 5 min");
        assertThat(QueueAlerts.percent(0.705)).isEqualTo("70.5 %");
    }

    @Test
    void queueConditionsAreNoAgentRulesAndTheWebhookNamesTheQueue() {
        assertThat(AlertCondition.agentConditions()).doesNotContain(AlertCondition.QUEUE_SERVICE_LEVEL,
                AlertCondition.QUEUE_WAITING, AlertCondition.QUEUE_LONGEST_WAIT, AlertCondition.CONFIG_DRIFT);
        assertThat(AlertCondition.QUEUE_WAITING.aboutAnAgent()).isFalse();
        assertThat(AlertCondition.IDLE_ON_QUEUE.aboutAnAgent()).isTrue();
        assertThatThrownBy(() -> AlertRule.of("Busy queue", AlertCondition.QUEUE_WAITING, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queue's thresholds");

        sample("q-billing", 1, 5.0, 0.4);
        queueAlerts.check();
        after(QueueAlerts.DWELL);
        Alert alert = queueAlertsActive().get(0);
        try (WebhookNotifier webhook = WebhookNotifier.standard(() -> "")) {
            assertThat(webhook.payload(alert, clock.instant()))
                    .contains("Floorwatch alert: Billing: service level 40 % below its red line 60 %, for 30 s")
                    .contains("*Queue service level below its red line*\\nBilling: service level 40 %")
                    .doesNotContain("agent queue:");
        }
    }

    @Test
    void onItsOwnThreadARedQueueReachesTheMonitorsActiveAlertsAndHistory() throws Exception {
        try (QueueAlerts running = new QueueAlerts(monitor, this::latest, live::queues, thresholds::get, clock,
                Duration.ZERO).start(Duration.ofMillis(20))) {
            sample("q-sales", 40, 5.0, 0.9);
            Await.until("the queue alert is active", Duration.ofSeconds(5), () -> !queueAlertsActive().isEmpty());
        }
        Alert alert = queueAlertsActive().get(0);
        assertThat(alert.condition()).isEqualTo(AlertCondition.QUEUE_WAITING);
        assertThat(alert.status()).isEqualTo(AlertStatus.RAISED);
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.alerts().find(alert.id())).get().extracting(Alert::condition, Alert::agentName)
                .containsExactly(AlertCondition.QUEUE_WAITING, "Sales");
    }
}
