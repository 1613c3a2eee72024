package io.floorwatch.history;

import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads stored alerts: pages of past alerts (keyset, newest first), those left open, and a CSV export. */
public final class AlertHistory {
    static final String COLUMNS = "alert_id, agent_id, agent_name, team, rule_name, condition_name, "
            + "threshold_seconds, state_since, raised, status, acknowledged_by, acknowledged_at, note, snoozed_until, "
            + "cleared, reopened, updated";

    private final HistoryDatabase database;

    public AlertHistory(HistoryDatabase database) {
        this.database = database;
    }

    /** One page, newest raised first, starting after {@code after} (null for the first page). */
    public AlertPage page(AlertQuery query, AlertPage.Cursor after, int size) {
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException("page size must be 1 to 10000, not " + size);
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alerts WHERE 1=1");
        List<Object> values = new ArrayList<>();
        if (!query.agent().isEmpty()) {
            sql.append(" AND (LOWER(agent_name) LIKE ? ESCAPE '\\' OR agent_id = ?)");
            values.add("%" + like(query.agent().toLowerCase(Locale.ROOT)) + "%");
            values.add(query.agent());
        }
        if (query.status() != null) {
            sql.append(" AND status = ?");
            values.add(query.status().name());
        }
        if (query.condition() != null) {
            sql.append(" AND condition_name = ?");
            values.add(query.condition().name());
        }
        if (query.from() != null) {
            sql.append(" AND raised >= ?");
            values.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            sql.append(" AND raised < ?");
            values.add(query.to().toEpochMilli());
        }
        if (after != null) {
            sql.append(" AND (raised < ? OR raised = ? AND alert_id < ?)");
            values.add(after.raised());
            values.add(after.raised());
            values.add(after.alertId());
        }
        sql.append(" ORDER BY raised DESC, alert_id DESC FETCH FIRST ? ROWS ONLY");
        values.add(size + 1);
        List<Alert> alerts = select(sql.toString(), values);
        Optional<AlertPage.Cursor> next = Optional.empty();
        if (alerts.size() > size) {
            alerts = alerts.subList(0, size);
            Alert last = alerts.get(size - 1);
            next = Optional.of(new AlertPage.Cursor(last.raisedAt().toEpochMilli(), last.id()));
        }
        return new AlertPage(alerts, next);
    }

    /** Alerts not cleared: at start, the ones an earlier run left open. */
    public List<Alert> open() {
        return select("SELECT " + COLUMNS + " FROM alerts WHERE status <> 'CLEARED' ORDER BY raised", List.of());
    }

    public Optional<Alert> find(String alertId) {
        List<Alert> found = select("SELECT " + COLUMNS + " FROM alerts WHERE alert_id = ?", List.of(alertId));
        return found.stream().findFirst();
    }

    public long count() {
        try (Connection connection = database.connection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM alerts");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("Counting alerts failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes every matching alert as CSV (newest first) to {@code target}, through a temporary file that
     * replaces the target only when complete. Returns the number of rows.
     */
    public long exportCsv(AlertQuery query, File target) {
        return CsvExport.write(target, "alert_id,agent_id,agent_name,team,rule,condition,threshold_seconds,"
                + "state_since,raised,status,acknowledged_by,acknowledged_at,note,snoozed_until,cleared,reopened",
                out -> {
                    long rows = 0;
                    AlertPage.Cursor cursor = null;
                    do {
                        AlertPage page = page(query, cursor, 5_000);
                        for (Alert a : page.alerts()) {
                            out.write(Csv.line(a.id(), a.agentId(), a.agentName(), a.team(), a.ruleName(),
                                    a.condition().name(), String.valueOf(a.thresholdSeconds()), text(a.stateSince()),
                                    text(a.raisedAt()), a.status().name(), a.acknowledgedBy(),
                                    text(a.acknowledgedAt()), a.note(), text(a.snoozedUntil()), text(a.clearedAt()),
                                    String.valueOf(a.reopened())));
                            rows++;
                        }
                        cursor = page.next().orElse(null);
                    } while (cursor != null);
                    return rows;
                });
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<Alert> select(String sql, List<Object> values) {
        return Queries.select(database, "alerts", sql, values, AlertHistory::alert);
    }

    private static Alert alert(ResultSet r) throws SQLException {
        return new Alert(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                AlertCondition.valueOf(r.getString(6)), r.getLong(7), instant(r, 8), instant(r, 9),
                AlertStatus.valueOf(r.getString(10)), r.getString(11), instant(r, 12), r.getString(13),
                instant(r, 14), instant(r, 15), r.getInt(16), instant(r, 17));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        long millis = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
