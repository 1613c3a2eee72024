package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.StateKind;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the agent-state history: keyset-paged pages (no OFFSET, so the last page costs what the first does),
 * one agent's timeline and CSV export. Every query names the full index prefix in its
 * ORDER BY, because H2 2.3 only reads an index in order when it does (see DESIGN section 6).
 */
public final class StateHistory {
    // No join with agents: H2 may then drive the query from the agents table and read every event. Agent ids
    // are resolved afterwards, from a cache.
    private static final String COLUMNS = "SELECT e.agent_no, e.ts, e.kind, e.state, e.definition_id, e.received "
            + "FROM agent_state_events e";
    private static final String AGENT_ORDER = " ORDER BY e.agent_no, e.ts DESC, e.kind DESC";

    private final Numbers agents = Numbers.agents();
    private final HistoryDatabase database;

    public StateHistory(HistoryDatabase database) {
        this.database = database;
    }

    /** One page, newest first, starting after {@code after} (null for the first page). */
    public StatePage page(StateQuery query, StateCursor after, int size) {
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException("page size must be 1 to 10000, not " + size);
        }
        List<StateRow> rows = new ArrayList<>(size + 1);
        try (Connection connection = database.connection()) {
            Optional<Sql> sql = select(connection, query, after);
            if (sql.isEmpty()) {
                return new StatePage(List.of(), Optional.empty());
            }
            sql.get().text.append(" FETCH FIRST ").append(size + 1).append(" ROWS ONLY");
            try (PreparedStatement statement = sql.get().prepare(connection);
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row(connection, result));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading the state history failed: " + e.getMessage(), e);
        }
        if (rows.size() > size) {
            rows.remove(size);
            return new StatePage(List.copyOf(rows), Optional.of(rows.get(size - 1).cursor()));
        }
        return new StatePage(List.copyOf(rows), Optional.empty());
    }

    /** The plan H2 picks for a page query (tests check that it reads an index in order). */
    String plan(StateQuery query, StateCursor after) {
        try (Connection connection = database.connection()) {
            Sql sql = select(connection, query, after).orElseThrow(() ->
                    new IllegalArgumentException("no such agent: " + query.agentId()));
            sql.text.insert(0, "EXPLAIN ");
            try (PreparedStatement statement = sql.prepare(connection);
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new HistoryException("EXPLAIN failed: " + e.getMessage(), e);
        }
    }

    /**
     * One agent's events from {@code from} to {@code to}, oldest first, headed by the last presence and routing
     * event before {@code from} (the states the agent was already in when the range began).
     */
    public List<AgentStateEvent> timeline(String agentId, Instant from, Instant to) {
        List<AgentStateEvent> events = new ArrayList<>();
        try (Connection connection = database.connection()) {
            Optional<Integer> number = agents.lookup(connection, agentId);
            if (number.isEmpty()) {
                return List.of();
            }
            for (StateKind kind : StateKind.values()) {
                try (PreparedStatement before = connection.prepareStatement(COLUMNS
                        + " WHERE e.agent_no = ? AND e.ts < ? AND e.kind = ?" + AGENT_ORDER
                        + " FETCH FIRST 1 ROWS ONLY")) {
                    before.setInt(1, number.get());
                    before.setLong(2, from.toEpochMilli());
                    before.setInt(3, kind.ordinal());
                    try (ResultSet result = before.executeQuery()) {
                        if (result.next()) {
                            events.add(row(connection, result).event());
                        }
                    }
                }
            }
            try (PreparedStatement within = connection.prepareStatement(COLUMNS
                    + " WHERE e.agent_no = ? AND e.ts >= ? AND e.ts < ?" + AGENT_ORDER)) {
                within.setInt(1, number.get());
                within.setLong(2, from.toEpochMilli());
                within.setLong(3, to.toEpochMilli());
                List<AgentStateEvent> newestFirst = new ArrayList<>();
                try (ResultSet result = within.executeQuery()) {
                    while (result.next()) {
                        newestFirst.add(row(connection, result).event());
                    }
                }
                Collections.reverse(newestFirst);
                events.addAll(newestFirst);
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading the timeline of " + agentId + " failed: " + e.getMessage(), e);
        }
        events.sort(Comparator.comparing(AgentStateEvent::at));
        return events;
    }

    /**
     * Writes every matching event as CSV (newest first) to {@code target}, through a temporary file that
     * replaces the target only when complete. Returns the number of rows.
     */
    public long exportCsv(StateQuery query, File target) {
        return CsvExport.write(target, "agent_id,kind,state,definition_id,event_time,received_time", out -> {
            long rows = 0;
            StateCursor cursor = null;
            do {
                StatePage page = page(query, cursor, 5_000);
                for (StateRow row : page.rows()) {
                    AgentStateEvent event = row.event();
                    out.write(Csv.line(event.agentId(), event.kind().name(), event.state(),
                            event.definitionId() == null ? "" : event.definitionId(), event.at().toString(),
                            row.received().toString()));
                    rows++;
                }
                cursor = page.next().orElse(null);
            } while (cursor != null);
            return rows;
        });
    }

    public long count() {
        return single("SELECT COUNT(*) FROM agent_state_events");
    }

    private long single(String sql) {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("Reading the history failed: " + e.getMessage(), e);
        }
    }

    /** The page query, or empty when the query names an agent the history has never seen. */
    private Optional<Sql> select(Connection connection, StateQuery query, StateCursor after)
            throws SQLException {
        Sql sql = new Sql(COLUMNS);
        List<String> where = new ArrayList<>();
        if (query.agentId() != null) {
            Optional<Integer> number = agents.lookup(connection, query.agentId());
            if (number.isEmpty()) {
                return Optional.empty();
            }
            where.add("e.agent_no = ?");
            sql.args.add(number.get());
        }
        if (query.from() != null) {
            where.add("e.ts >= ?");
            sql.args.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            where.add("e.ts < ?");
            sql.args.add(query.to().toEpochMilli());
        }
        if (!query.states().isEmpty()) {
            where.add("e.state IN (" + String.join(", ", Collections.nCopies(query.states().size(), "?"))
                    + ")");
            sql.args.addAll(query.states().stream().sorted().toList());
        }
        if (after != null) {
            // "ts <= ?" bounds the index range; the rest picks the rows after the cursor within its millisecond.
            where.add("e.ts <= ?");
            sql.args.add(after.ts());
            if (query.agentId() != null) {
                where.add("(e.ts < ? OR e.kind < ?)");
                sql.args.add(after.ts());
                sql.args.add(after.kind());
            } else {
                where.add("(e.ts < ? OR e.agent_no < ? OR (e.agent_no = ? AND e.kind < ?))");
                sql.args.add(after.ts());
                sql.args.add(after.agentNo());
                sql.args.add(after.agentNo());
                sql.args.add(after.kind());
            }
        }
        if (!where.isEmpty()) {
            sql.text.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.text.append(query.agentId() != null ? AGENT_ORDER : " ORDER BY e.ts DESC, e.agent_no DESC, e.kind DESC");
        return Optional.of(sql);
    }

    private StateRow row(Connection connection, ResultSet result) throws SQLException {
        int agentNo = result.getInt(1);
        long ts = result.getLong(2);
        int kind = result.getInt(3);
        AgentStateEvent event = new AgentStateEvent(agentId(connection, agentNo), StateKind.values()[kind],
                result.getString(4), result.getString(5), Instant.ofEpochMilli(ts));
        return new StateRow(event, Instant.ofEpochMilli(result.getLong(6)), new StateCursor(ts, agentNo, kind));
    }

    /** An agent's id by its number; numbers never change, so each is read once. */
    private String agentId(Connection connection, int agentNo) throws SQLException {
        return agents.idOf(connection, agentNo).orElse("#" + agentNo);
    }

    /** A statement being built: its text and its arguments in order. */
    private static final class Sql {
        final StringBuilder text;
        final List<Object> args = new ArrayList<>();

        Sql(String start) {
            text = new StringBuilder(start);
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text.toString());
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }
    }
}
