package io.floorwatch.history;

import io.floorwatch.domain.AuditEntry;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the audit log: pages (newest first), the chain's verification, and a CSV export. */
public final class AuditHistory {
    private static final String COLUMNS = "seq, at, actor, action, target, before, after, outcome, latency_ms, "
            + "prev_hash, hash";

    private final HistoryDatabase database;

    public AuditHistory(HistoryDatabase database) {
        this.database = database;
    }

    /** An entry as stored, with its place in the chain. */
    public record Row(long seq, AuditEntry entry, String previousHash, String hash) {
    }

    /**
     * What verifying the chain found.
     *
     * @param firstBroken the first seq whose hash or link does not hold, or -1 when the chain is whole
     */
    public record Verification(long rows, long firstBroken, String problem) {
        public boolean intact() {
            return firstBroken < 0;
        }
    }

    /**
     * One page, newest first, of entries older than {@code beforeSeq} (0 for the newest).
     *
     * @param text part of the actor, action or target, any case; empty for all
     */
    public List<Row> page(String text, long beforeSeq, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entries WHERE 1=1");
        List<Object> values = new ArrayList<>();
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (!needle.isEmpty()) {
            sql.append(" AND (LOWER(actor) LIKE ? ESCAPE '\\' OR LOWER(action) LIKE ? ESCAPE '\\' "
                    + "OR LOWER(target) LIKE ? ESCAPE '\\')");
            String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            values.add(like);
            values.add(like);
            values.add(like);
        }
        if (beforeSeq > 0) {
            sql.append(" AND seq < ?");
            values.add(beforeSeq);
        }
        sql.append(" ORDER BY seq DESC FETCH FIRST ? ROWS ONLY");
        values.add(size);
        return select(sql.toString(), values);
    }

    /** Walks the whole chain in order and checks every link and hash. */
    public Verification verify() {
        long rows = 0;
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM audit_entries ORDER BY seq");
                ResultSet r = select.executeQuery()) {
            while (r.next()) {
                Row row = row(r);
                rows++;
                if (row.seq() != expectedSeq) {
                    return new Verification(rows, row.seq(), "entry " + expectedSeq + " is missing");
                }
                if (!row.previousHash().equals(previous)) {
                    return new Verification(rows, row.seq(), "entry " + row.seq() + " does not follow entry "
                            + (row.seq() - 1));
                }
                if (!AuditChain.hash(previous, row.seq(), row.entry()).equals(row.hash())) {
                    return new Verification(rows, row.seq(), "entry " + row.seq() + " was changed after it was "
                            + "written");
                }
                previous = row.hash();
                expectedSeq++;
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading the audit log failed: " + e.getMessage(), e);
        }
        return new Verification(rows, -1, "");
    }

    public long count() {
        try (Connection connection = database.connection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_entries");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("Counting audit entries failed: " + e.getMessage(), e);
        }
    }

    /** Every entry, oldest first, as CSV (through a .part file). */
    public long exportCsv(File target) {
        return CsvExport.write(target, "seq,at,actor,action,target,before,after,outcome,latency_ms,prev_hash,hash",
                out -> {
                    long rows = 0;
                    long after = 0;
                    while (true) {
                        List<Row> page = select("SELECT " + COLUMNS + " FROM audit_entries WHERE seq > ? ORDER BY "
                                + "seq FETCH FIRST 5000 ROWS ONLY", List.of(after));
                        if (page.isEmpty()) {
                            return rows;
                        }
                        for (Row row : page) {
                            AuditEntry e = row.entry();
                            out.write(Csv.line(Long.toString(row.seq()), e.at().toString(), e.actor(), e.action(),
                                    e.target(), e.before(), e.after(), e.outcome(), Long.toString(e.latencyMillis()),
                                    row.previousHash(), row.hash()));
                            rows++;
                            after = row.seq();
                        }
                    }
                });
    }

    private List<Row> select(String sql, List<Object> values) {
        return Queries.select(database, "the audit log", sql, values, AuditHistory::row);
    }

    private static Row row(ResultSet r) throws SQLException {
        AuditEntry entry = new AuditEntry(Instant.ofEpochMilli(r.getLong(2)), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getLong(9));
        return new Row(r.getLong(1), entry, r.getString(10), r.getString(11));
    }
}
