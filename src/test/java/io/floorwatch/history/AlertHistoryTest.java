package io.floorwatch.history;

import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertHistoryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;
    private HistoryDatabase database;
    private HistoryWriter writer;
    private AlertHistory alerts;

    @BeforeEach
    void open() {
        database = HistoryDatabase.open(dir.resolve("history"));
        writer = HistoryWriter.standard(database, Clock.systemUTC()).start();
        alerts = new AlertHistory(database);
    }

    @AfterEach
    void close() {
        writer.close();
        database.close();
    }

    private static Alert raised(int n, String name, AlertCondition condition) {
        Instant at = T0.plusSeconds(n * 60L);
        return new Alert("alert-" + n, "u-" + n, name, "Team Aurora", condition.label(), condition, 300,
                at.minusSeconds(300), at, AlertStatus.RAISED, "", null, "", null, null, 0, at);
    }

    @Test
    void eachAlertKeepsItsLatestVersion() {
        Alert alert = raised(1, "Ada Lovelace", AlertCondition.BREAK);
        Alert acknowledged = alert.acknowledged("sup1", "gone to the nurse", T0.plusSeconds(120));
        writer.offer(alert);
        writer.offer(acknowledged);
        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();

        assertThat(alerts.count()).isEqualTo(1);
        assertThat(alerts.find("alert-1")).contains(acknowledged);
        assertThat(alerts.open()).containsExactly(acknowledged);

        Alert cleared = acknowledged.cleared(T0.plusSeconds(600));
        writer.offer(cleared);
        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(alerts.find("alert-1")).contains(cleared);
        assertThat(alerts.open()).isEmpty();
    }

    @Test
    void pagesRunNewestFirstAndFilter() {
        for (int i = 0; i < 25; i++) {
            writer.offer(raised(i, i % 2 == 0 ? "Ada Lovelace " + i : "Grace Hopper " + i,
                    i % 5 == 0 ? AlertCondition.NOT_RESPONDING : AlertCondition.BREAK));
        }
        writer.offer(raised(30, "Ada Lovelace 30", AlertCondition.MEAL).cleared(T0.plusSeconds(3600)));
        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();

        List<String> seen = new ArrayList<>();
        AlertPage.Cursor cursor = null;
        do {
            AlertPage page = alerts.page(AlertQuery.all(), cursor, 10);
            page.alerts().forEach(a -> seen.add(a.id()));
            cursor = page.next().orElse(null);
        } while (cursor != null);
        assertThat(seen).hasSize(26).startsWith("alert-30", "alert-24", "alert-23").endsWith("alert-0");

        assertThat(alerts.page(new AlertQuery("grace", null, null, null, null), null, 100).alerts())
                .hasSize(12).allSatisfy(a -> assertThat(a.agentName()).startsWith("Grace Hopper"));
        assertThat(alerts.page(new AlertQuery(null, null, AlertCondition.NOT_RESPONDING, null, null), null, 100)
                .alerts()).extracting(Alert::id).containsExactly("alert-20", "alert-15", "alert-10", "alert-5",
                        "alert-0");
        assertThat(alerts.page(new AlertQuery(null, AlertStatus.CLEARED, null, null, null), null, 100).alerts())
                .extracting(Alert::id).containsExactly("alert-30");
        assertThat(alerts.page(new AlertQuery(null, null, null, T0.plusSeconds(600), T0.plusSeconds(900)), null,
                100).alerts()).extracting(Alert::id).containsExactly("alert-14", "alert-13", "alert-12",
                        "alert-11", "alert-10");
        assertThat(alerts.page(new AlertQuery("100%_", null, null, null, null), null, 10).alerts()).isEmpty();
    }

    @Test
    void exportWritesEveryMatchingAlert() throws Exception {
        writer.offer(raised(1, "Ada, \"the\" Countess", AlertCondition.AWAY).acknowledged("sup1", "note, with comma",
                T0.plusSeconds(90)));
        writer.offer(raised(2, "Grace Hopper", AlertCondition.BUSY));
        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();
        Path csv = dir.resolve("alerts.csv");

        assertThat(alerts.exportCsv(AlertQuery.all(), csv.toFile())).isEqualTo(2);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("alert_id,agent_id,agent_name");
        assertThat(lines.get(2)).contains("\"Ada, \"\"the\"\" Countess\"", "ACKNOWLEDGED", "sup1",
                "\"note, with comma\"");
    }

    @Test
    void retentionPrunesOldClearedAlertsOnly() {
        writer.offer(raised(1, "Old and cleared", AlertCondition.AWAY).cleared(T0.plusSeconds(200)));
        writer.offer(raised(2, "Old but still open", AlertCondition.AWAY));
        writer.offer(raised(500, "Recent", AlertCondition.AWAY).cleared(T0.plusSeconds(40_000)));
        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();

        writer.prune(T0.plusSeconds(3600), Duration.ofSeconds(10));
        assertThat(alerts.page(AlertQuery.all(), null, 10).alerts()).extracting(Alert::agentName)
                .containsExactly("Recent", "Old but still open");
    }
}
