package io.floorwatch.history;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.ScoreWeights;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueueHistoryTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore store;

    @BeforeEach
    void open() {
        store = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static QueueSample sample(String queue, int second, double wait, Integer waiting) {
        QueueSnapshot snapshot = new QueueSnapshot(queue, null, T0.plusSeconds(second), wait, null, 2, 0.05,
                waiting, 10, 2, 8, null, "kafka");
        return new QueueSample(snapshot, QueueScore.of(snapshot, ScoreWeights.defaults(), 20));
    }

    @Test
    void samplesAreStoredWithTheirScoreOnceEachAndReadBackAsATrend() {
        List<QueueSample> written = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            written.add(sample("q1", i * 10, i, i % 3 == 0 ? null : i));
            written.add(sample("q2", i * 10, 100, 5));
        }
        written.forEach(store.writer()::offer);
        // Kafka redelivers after a restart: the same samples again change nothing.
        written.subList(0, 20).forEach(store.writer()::offer);
        assertThat(store.writer().flush(Duration.ofSeconds(10))).isTrue();

        List<QueueSample> trend = store.queues().trend("q1", T0.plusSeconds(50), T0.plusSeconds(150));

        assertThat(store.queues().count()).isEqualTo(60);
        assertThat(store.writer().duplicates()).isEqualTo(20);
        assertThat(trend).extracting(s -> s.snapshot().waitTimeSeconds())
                .containsExactly(5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0);
        assertThat(trend.get(0)).isEqualTo(written.get(10));
        assertThat(trend.get(1).snapshot().waiting()).isNull();
        assertThat(store.queues().trend("nowhere", T0, T0.plusSeconds(999))).isEmpty();
    }

    @Test
    void everySampleInTheRangeIsExportedQueueByQueueOldestFirst() throws Exception {
        for (int i = 0; i < 5; i++) {
            store.writer().offer(sample("q2", i * 60, 100 + i, 5));
            store.writer().offer(sample("q1", i * 60, i, i == 2 ? null : i));
        }
        store.writer().flush(Duration.ofSeconds(10));
        Path csv = dir.resolve("metrics.csv");

        long rows = store.queues().exportCsv(null, T0.plusSeconds(60), T0.plusSeconds(240), csv.toFile());

        List<String> lines = Files.readAllLines(csv);
        assertThat(rows).isEqualTo(6);
        assertThat(lines.get(0)).startsWith("queue_id,sample_time,source,skill_id,waiting,longest_wait_seconds,"
                + "estimated_wait_seconds,");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(",", 3)))
                .containsExactly("q1,2026-11-21T08:01:00Z", "q1,2026-11-21T08:02:00Z", "q1,2026-11-21T08:03:00Z",
                        "q2,2026-11-21T08:01:00Z", "q2,2026-11-21T08:02:00Z", "q2,2026-11-21T08:03:00Z");
        // A number the source did not send stays empty, not 0: waiting of q1 at 08:02.
        assertThat(lines.get(2)).startsWith("q1,2026-11-21T08:02:00Z,kafka,,,,2.0,2,10,2,8,,0.05,");

        assertThat(store.queues().exportCsv("q2", null, null, csv.toFile())).isEqualTo(5);
        assertThat(store.queues().exportCsv("nowhere", null, null, csv.toFile())).isZero();
    }

    @Test
    void rejectedMessagesAreReadNewestFirstAndExportedWithTheirPayload() throws Exception {
        store.writer().reject(new RejectedMessage(T0, "kafka-agent-state", "not JSON", "garbage"));
        store.writer().reject(new RejectedMessage(T0.plusSeconds(60), "genesys-notifications",
                "no eventBody in v2.users.x.activity", "{\"topicName\": \"v2.users.x.activity\",\n \"x\": 1}"));
        store.writer().flush(Duration.ofSeconds(10));
        Path csv = dir.resolve("rejected.csv");

        assertThat(store.rejected().count()).isEqualTo(2);
        assertThat(store.rejected().newest(null, null, 10)).extracting(RejectedMessage::source)
                .containsExactly("genesys-notifications", "kafka-agent-state");
        assertThat(store.rejected().newest(T0, T0.plusSeconds(60), 10)).extracting(RejectedMessage::reason)
                .containsExactly("not JSON");
        assertThat(store.rejected().exportCsv(null, null, csv.toFile())).isEqualTo(2);
        assertThat(Files.readString(csv)).isEqualTo("received_time,source,reason,payload\n"
                + "2026-11-21T08:01:00Z,genesys-notifications,no eventBody in v2.users.x.activity,"
                + "\"{\"\"topicName\"\": \"\"v2.users.x.activity\"\",\n \"\"x\"\": 1}\"\n"
                + "2026-11-21T08:00:00Z,kafka-agent-state,not JSON,garbage\n");
    }

    @Test
    void retentionPrunesSamplesQueueByQueue() {
        for (String queue : List.of("q1", "q2", "q3")) {
            store.writer().offer(sample(queue, 0, 1, 1));
            store.writer().offer(sample(queue, 3599, 1, 1));
            store.writer().offer(sample(queue, 7200, 1, 1));
        }
        store.writer().flush(Duration.ofSeconds(10));

        assertThat(store.writer().prune(T0.plusSeconds(3600), Duration.ofSeconds(10))).isEqualTo(6);
        assertThat(store.queues().count()).isEqualTo(3);
        for (String queue : List.of("q1", "q2", "q3")) {
            assertThat(store.queues().trend(queue, T0, T0.plusSeconds(9999))).extracting(s -> s.snapshot().at())
                    .containsExactly(T0.plusSeconds(7200));
        }
    }

    @Test
    void aSampleTimeHistoryCannotKeyIsRefusedAlone() {
        QueueSnapshot ancient = new QueueSnapshot("q1", null, Instant.parse("1969-12-31T23:59:59Z"), 1, null, 2,
                null, 1, 3, 2, 1, null, "kafka");
        store.writer().offer(new QueueSample(ancient, QueueScore.of(ancient, ScoreWeights.defaults(), 20)));
        store.writer().offer(sample("q1", 1, 1, 1));

        assertThat(store.writer().flush(Duration.ofSeconds(10))).isFalse();
        assertThat(store.queues().count()).isEqualTo(1);
        assertThat(store.writer().lastProblem()).isNotEmpty();
    }

    @Test
    void samplesStoredBeforeTheKeyedTableAreCarriedOver() throws Exception {
        // A history as the previous release left it: migrated to V2, with a sample in the old table.
        Path old = dir.resolve("old");
        String url = "jdbc:h2:file:" + old.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "floorwatch", "").locations("classpath:db/history")
                .target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "floorwatch", "");
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO queues (queue_id) VALUES ('q-old')");
            st.executeUpdate("INSERT INTO queue_samples (queue_no, ts, source, skill_id, wait_seconds, "
                    + "agents_available, abandoned_rate, waiting, score, wait_term, availability_term, abandon_term, "
                    + "received) SELECT queue_no, " + T0.toEpochMilli() + ", 1, 'sk', 12.5, 3, 0.1, 4, 0.6, 0.5, "
                    + "0.25, 0.1, 0 FROM queues WHERE queue_id = 'q-old'");
            st.execute("SHUTDOWN");
        }

        try (HistoryStore reopened = HistoryStore.openOrFail(old, Duration.ofDays(3650), Clock.systemUTC())) {
            List<QueueSample> trend = reopened.queues().trend("q-old", T0, T0.plusSeconds(1));
            assertThat(trend).singleElement().satisfies(s -> {
                assertThat(s.snapshot().at()).isEqualTo(T0);
                assertThat(s.snapshot().source()).isEqualTo("genesys");
                assertThat(s.snapshot().skillId()).isEqualTo("sk");
                assertThat(s.snapshot().waitTimeSeconds()).isEqualTo(12.5);
                assertThat(s.snapshot().waiting()).isEqualTo(4);
                assertThat(s.score().score()).isEqualTo(0.6);
            });
        }
    }

    @Test
    void aSampleFromAnUnknownSourceIsRefusedAloneAndObservationSamplesAreKeptApartFromKafkas() {
        QueueSnapshot odd = new QueueSnapshot("q1", null, T0, 1, null, 2, null, 1, 3, 2, 1, null, "mystery");
        QueueSnapshot observed = new QueueSnapshot("q1", null, T0, 1, null, 2, null, 1, 3, 2, 1, null, "genesys");
        store.writer().offer(sample("q1", 0, 1, 1));
        store.writer().offer(new QueueSample(odd, QueueScore.of(odd, ScoreWeights.defaults(), 20)));
        store.writer().offer(new QueueSample(observed, QueueScore.of(observed, ScoreWeights.defaults(), 20)));

        assertThat(store.writer().flush(Duration.ofSeconds(10))).isFalse();
        assertThat(store.queues().count()).isEqualTo(2);
        assertThat(store.queues().trend("q1", T0, T0.plusSeconds(1))).extracting(s -> s.snapshot().source())
                .containsExactlyInAnyOrder("kafka", "genesys");
        // The writer goes on after the refusal.
        store.writer().offer(sample("q1", 5, 1, 1));
        assertThat(store.writer().flush(Duration.ofSeconds(10))).isTrue();
        assertThat(store.queues().count()).isEqualTo(3);
    }
}
