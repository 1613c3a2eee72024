package io.floorwatch.history;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The share of scheduled time agents kept to their schedule, from stored adherence records: each record holds from
 * when it was heard to the agent's next, time outside a shift counts for nothing, the record open when the span
 * starts counts from its start, and a record heard twice is stored once.
 */
class AdherenceHistoryTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private void heard(String agent, int minute, ActivityCategory scheduled, ActivityCategory actual,
            AdherenceState state, int changedMinute) {
        history.writer().offer(new Adherence(agent, "mu", scheduled, "c", actual, state, AdherenceImpact.NEUTRAL,
                at(changedMinute), false), at(minute));
    }

    @Test
    void outOfAdherenceTimeCountsAgainstScheduledTimeOnly() {
        // a1: in for 60 min, out 15 min (late back), in 45 min; then off shift (not scheduled) for 60 min.
        heard("a1", 0, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK,
                AdherenceState.IN_ADHERENCE, 0);
        heard("a1", 60, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.BREAK, AdherenceState.OUT_OF_ADHERENCE, 60);
        heard("a1", 75, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK,
                AdherenceState.IN_ADHERENCE, 75);
        heard("a1", 120, ActivityCategory.UNSCHEDULED, ActivityCategory.UNAVAILABLE, AdherenceState.IN_ADHERENCE,
                120);
        // a2: out the whole first hour, then in; heard twice (a re-read after a reconnect): stored once.
        heard("a2", 0, ActivityCategory.MEETING, ActivityCategory.ON_QUEUE_WORK, AdherenceState.OUT_OF_ADHERENCE, 0);
        heard("a2", 30, ActivityCategory.MEETING, ActivityCategory.ON_QUEUE_WORK, AdherenceState.OUT_OF_ADHERENCE, 0);
        heard("a2", 60, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK, AdherenceState.IN_ADHERENCE,
                60);
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        assertThat(history.adherence().count()).isEqualTo(6);

        AdherenceHistory.Report report = history.adherence().report(at(0), at(180));
        AdherenceHistory.Share a1 = report.agents().get("a1");
        assertThat(a1.scheduledSeconds()).isEqualTo(120 * 60);
        assertThat(a1.outSeconds()).isEqualTo(15 * 60);
        assertThat(a1.adherence()).isCloseTo(105 / 120.0, offset(1e-9));
        AdherenceHistory.Share a2 = report.agents().get("a2");
        assertThat(a2.scheduledSeconds()).isEqualTo(180 * 60);
        assertThat(a2.outSeconds()).isEqualTo(60 * 60);

        AdherenceHistory.Share floor = report.sum("Floor", List.of("a1", "a2", "nobody"));
        assertThat(floor.scheduledSeconds()).isEqualTo(300 * 60);
        assertThat(floor.outSeconds()).isEqualTo(75 * 60);
        assertThat(floor.adherence()).isCloseTo(0.75, offset(1e-9));
    }

    @Test
    void theRecordOpenWhenTheSpanStartsCountsFromItsStart() {
        heard("a1", 0, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.BREAK, AdherenceState.OUT_OF_ADHERENCE, 0);
        heard("a1", 90, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK, AdherenceState.IN_ADHERENCE,
                90);
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();

        AdherenceHistory.Share share = history.adherence().report(at(60), at(120)).agents().get("a1");
        assertThat(share.scheduledSeconds()).isEqualTo(60 * 60);
        assertThat(share.outSeconds()).isEqualTo(30 * 60);
        assertThat(history.adherence().report(at(200), at(260)).agents().get("a1").outSeconds()).isZero();
    }

    @Test
    void theExportListsEachRecordNewestFirst() throws Exception {
        heard("a1", 0, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.ON_QUEUE_WORK, AdherenceState.IN_ADHERENCE,
                0);
        heard("a1", 10, ActivityCategory.ON_QUEUE_WORK, ActivityCategory.OFF_QUEUE_WORK,
                AdherenceState.OUT_OF_ADHERENCE, 10);
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        Path csv = dir.resolve("adherence.csv");

        assertThat(history.adherence().exportCsv(null, null, csv.toFile())).isEqualTo(2);
        assertThat(Files.readAllLines(csv)).containsExactly(
                "time,agent_id,management_unit_id,scheduled,actual,adherence,impact,adherence_changed_time",
                "2026-12-07T09:10:00Z,a1,mu,OnQueueWork,OffQueueWork,OutOfAdherence,Neutral,2026-12-07T09:10:00Z",
                "2026-12-07T09:00:00Z,a1,mu,OnQueueWork,OnQueueWork,InAdherence,Neutral,2026-12-07T09:00:00Z");
    }
}
