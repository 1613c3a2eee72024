package io.floorwatch.ui.queues;

import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.ui.common.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The queues ViewModel without a toolkit: rows and scores from the live snapshots, the trend from history. */
class QueuesViewModelTest {
    @TempDir
    Path dir;

    private final List<QueueSample> latest = new CopyOnWriteArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final AtomicReference<QueueThresholdSettings> thresholds =
            new AtomicReference<>(QueueThresholdSettings.none());
    private HistoryStore history;
    private QueuesViewModel model;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        Map<String, RoutingQueue> directory = Map.of("q-billing", queue("q-billing", "Billing"),
                "q-sales", queue("q-sales", "Sales"), "q-claims", queue("q-claims", "Claims"));
        model = new QueuesViewModel(() -> (Collection<QueueSample>) latest, () -> directory,
                () -> new QueueFeedHealth("Kafka test", true, latest.size(), latest.size(), 0, 0, ""),
                thresholds::get, history.queues(), new CurrentThreadTasks(), Clock.systemUTC(), opened::add);
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static RoutingQueue queue(String id, String name) {
        return new RoutingQueue(id, new QueueSettings(name, null, null, null, null, null,
                Map.of("call", new MediaSettings(8, 0.8, 20_000L))), 0, 0, Instant.EPOCH);
    }

    /** A queue in trouble (people waiting long, nobody idle) when {@code waiting} is above 0, else a calm one. */
    private static QueueSample sample(String queueId, int waiting, double score) {
        boolean hot = waiting > 0;
        return new QueueSample(new QueueSnapshot(queueId, null, Instant.now(), hot ? 60 : 0, hot ? 95.0 : 0.0,
                hot ? 0 : 3, hot ? 0.12 : 0.0, waiting, 3, hot ? 0 : 3, hot ? 3 : 0, hot ? 0.55 : 0.97, "kafka"),
                new QueueScore(score, score / 2, score / 4, score / 4));
    }

    @Test
    void rowsAndScoresComeFromTheLatestSnapshotsWorstFirst() {
        model.pull();
        assertThat(model.rows()).extracting(QueueRow::name).containsExactly("Billing", "Claims", "Sales");
        assertThat(model.rows()).allMatch(row -> row.score() == -1);
        assertThat(model.messageProperty().get()).startsWith("Waiting for the first queue metrics");

        latest.add(sample("q-sales", 0, 0.1));
        latest.add(sample("q-billing", 7, 0.9));
        model.pull();

        assertThat(model.rows()).extracting(QueueRow::name).containsExactly("Billing", "Sales", "Claims");
        assertThat(model.rows()).extracting(QueueRow::score).containsExactly(0.9, 0.1, -1.0);
        assertThat(model.rows().get(0).level()).isNotEqualTo(Level.OK);
        assertThat(model.totalProperty().get()).isEqualTo(3);
        assertThat(model.needingAttentionProperty().get()).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEmpty();

        model.attentionOnlyProperty().set(true);
        assertThat(model.rows()).extracting(QueueRow::name).containsExactly("Billing");
        model.attentionOnlyProperty().set(false);
        model.textProperty().set("sal");
        assertThat(model.rows()).extracting(QueueRow::name).containsExactly("Sales");
    }

    @Test
    void theSelectedQueueStaysSelectedAcrossPullsAndItsTrendIsReadOnceThenExtended() {
        latest.add(sample("q-billing", 7, 0.9));
        model.pull();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.trendMessageProperty().get()).isEqualTo("No samples of Billing in the last "
                + model.rangeProperty().get().label() + ".");

        latest.set(0, sample("q-billing", 9, 0.95));
        model.pull();

        assertThat(model.selectedProperty().get().name()).isEqualTo("Billing");
        assertThat(model.selectedProperty().get().score()).isEqualTo(0.95);
        assertThat(model.trend()).as("the newest sample is added, not the trend read again").hasSize(1);
        model.openSelectedOnFloor();
        assertThat(opened).containsExactly("Billing");
    }

    /** A calm-looking queue: 4 waiting, the longest for {@code longestWait} s, 85 % answered in target, staff idle. */
    private static QueueSample steady(String queueId, double longestWait) {
        return new QueueSample(new QueueSnapshot(queueId, null, Instant.now(), longestWait, longestWait, 2, 0.0, 4,
                5, 2, 3, 0.85, "kafka"), new QueueScore(0.1, 0.05, 0.03, 0.02));
    }

    private QueueRow rowOf(String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aQueuesOwnThresholdsChangeItsLevelsAtTheNextPullAndLeaveTheOtherQueuesAlone() {
        latest.add(steady("q-billing", 15));
        latest.add(steady("q-sales", 15));
        model.pull();
        assertThat(rowOf("Billing").level()).as("within Genesys' 80/20 and the built-in 5 waiting")
                .isEqualTo(Level.OK);

        thresholds.set(QueueThresholdSettings.none().with("billing",
                new QueueThresholds(0.9, 0.86, 2, 4, 10L, 12L)));
        model.pull();

        QueueRow billing = rowOf("Billing");
        assertThat(billing.serviceLevelLevel()).as("85 % below its own red line of 86 %").isEqualTo(Level.ALERT);
        assertThat(billing.waitingLevel()).as("4 waiting at its own red of 4").isEqualTo(Level.ALERT);
        assertThat(billing.longestWaitLevel()).as("15 s past its own red of 12 s").isEqualTo(Level.ALERT);
        assertThat(billing.level()).isEqualTo(Level.ALERT);
        assertThat(rowOf("Sales").level()).as("no thresholds of its own").isEqualTo(Level.OK);
        assertThat(model.needingAttentionProperty().get()).isEqualTo(1);
    }

    @Test
    void theDefaultsForEveryQueueGradeBetweenTheQueuesOwnAndItsGenesysServiceLevel() {
        latest.add(steady("q-billing", 15));
        latest.add(steady("q-sales", 15));
        thresholds.set(new QueueThresholdSettings(new QueueThresholds(null, null, 3, null, 10L, null),
                Map.of("Sales", new QueueThresholds(null, null, 5, null, null, null))));
        model.pull();

        assertThat(rowOf("Billing").waitingLevel()).as("4 waiting from the defaults' amber of 3")
                .isEqualTo(Level.WARN);
        assertThat(rowOf("Billing").longestWaitLevel()).as("15 s past the defaults' 10 s, before Genesys' 40 s red")
                .isEqualTo(Level.WARN);
        assertThat(rowOf("Sales").waitingLevel()).as("its own amber of 5 over the defaults").isEqualTo(Level.OK);
    }
}
