package io.floorwatch.history;

import io.floorwatch.domain.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHistoryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;

    private static AuditEntry entry(int n, String outcome) {
        return new AuditEntry(T0.plusSeconds(n), "sup1", "queue.create", "Queue " + n, "", "{\"name\":\"Queue " + n
                + "\"}", outcome, 40 + n);
    }

    private static void write(HistoryDatabase database, List<AuditEntry> entries) {
        HistoryWriter writer = HistoryWriter.standard(database, Clock.systemUTC()).start();
        entries.forEach(writer::offer);
        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();
        writer.close();
    }

    @Test
    void theChainHoldsAcrossRestartsAndPagesRunNewestFirst() {
        Path base = dir.resolve("history");
        try (HistoryDatabase database = HistoryDatabase.open(base)) {
            write(database, List.of(entry(1, "ok"), entry(2, "HTTP 400: name is required")));
        }
        try (HistoryDatabase database = HistoryDatabase.open(base)) {
            write(database, List.of(entry(3, "ok")));
            AuditHistory audit = new AuditHistory(database);
            assertThat(audit.verify()).satisfies(v -> {
                assertThat(v.intact()).isTrue();
                assertThat(v.rows()).isEqualTo(3);
            });
            assertThat(audit.page("", 0, 10)).extracting(AuditHistory.Row::seq).containsExactly(3L, 2L, 1L);
            assertThat(audit.page("", 3, 10)).extracting(AuditHistory.Row::seq).containsExactly(2L, 1L);
            assertThat(audit.page("queue 2", 0, 10)).singleElement().satisfies(r ->
                    assertThat(r.entry().outcome()).isEqualTo("HTTP 400: name is required"));
            assertThat(audit.page("", 0, 10).get(2).previousHash()).isEqualTo(AuditChain.GENESIS);
        }
    }

    @Test
    void editingOrRemovingARowBreaksTheChainThere() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("history"))) {
            write(database, List.of(entry(1, "ok"), entry(2, "ok"), entry(3, "ok"), entry(4, "ok")));
            AuditHistory audit = new AuditHistory(database);
            try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE audit_entries SET outcome = 'ok (edited)' WHERE seq = 3");
            }
            assertThat(audit.verify()).satisfies(v -> {
                assertThat(v.intact()).isFalse();
                assertThat(v.firstBroken()).isEqualTo(3);
                assertThat(v.problem()).isEqualTo("entry 3 was changed after it was written");
            });
            try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("DELETE FROM audit_entries WHERE seq = 2");
            }
            assertThat(audit.verify().problem()).isEqualTo("entry 2 is missing");
        }
    }

    @Test
    void exportWritesEveryEntryOldestFirst() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("history"))) {
            write(database, List.of(entry(1, "ok"), entry(2, "ok")));
            Path csv = dir.resolve("audit.csv");
            assertThat(new AuditHistory(database).exportCsv(csv.toFile())).isEqualTo(2);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1)).startsWith("1,2026-12-01T08:00:01Z,sup1,queue.create,Queue 1,,");
        }
    }
}
