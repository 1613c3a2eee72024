package io.floorwatch.history;

import io.floorwatch.domain.MediaType;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the interaction history: every change of an agent's interactions (connected, on hold, after-call work,
 * ended), newest first on the time index, for export; and which agents handled which queue's work in a span (what
 * a queue's occupancy adds up when no live floor says who its members are).
 */
public final class InteractionHistory {
    private static final String COLUMNS = "SELECT e.agent_no, e.ts, e.conversation_id, e.phase, e.media, e.queue_no,"
            + " e.connected_at FROM interaction_events e WHERE e.ts >= ? AND e.ts < ?";

    private final HistoryDatabase database;
    private final Numbers agents = Numbers.agents();
    private final Numbers queues = Numbers.queues();

    public InteractionHistory(HistoryDatabase database) {
        this.database = database;
    }

    /** Writes the changes in {@code [from, to)} (either null for open), newest first; returns how many. */
    public long exportCsv(Instant from, Instant to, File target) {
        return CsvExport.write(target, "time,agent_id,conversation_id,media,phase,queue_id,connected_time", out -> {
            long[] rows = {0};
            forEach(from, to, (row, agentId, queueId) -> {
                out.write(Csv.line(Instant.ofEpochMilli(row.getLong(2)).toString(), agentId, row.getString(3),
                        MediaType.values()[row.getInt(5)].wireName(), InteractionPhases.label(row.getInt(4)),
                        queueId == null ? "" : queueId, Instant.ofEpochMilli(row.getLong(7)).toString()));
                rows[0]++;
            });
            return rows[0];
        });
    }

    /** How many changes are stored. */
    public long count() {
        return Queries.select(database, "the interaction history", "SELECT COUNT(*) FROM interaction_events",
                List.of(), row -> row.getLong(1)).get(0);
    }

    /** Per queue id, the agents who handled any of its interactions in the span. */
    public Map<String, List<String>> handlers(Instant from, Instant to) {
        Map<String, Set<String>> byQueue = new HashMap<>();
        forEach(from, to, (row, agentId, queueId) -> {
            if (queueId != null) {
                byQueue.computeIfAbsent(queueId, k -> new LinkedHashSet<>()).add(agentId);
            }
        });
        Map<String, List<String>> handlers = new HashMap<>();
        byQueue.forEach((queue, ids) -> handlers.put(queue, List.copyOf(ids)));
        return handlers;
    }

    /** One stored change, with its agent's id and its queue's (null when it came through none). */
    @FunctionalInterface
    private interface RowHandler<E extends Exception> {
        void handle(ResultSet row, String agentId, String queueId) throws SQLException, E;
    }

    /** Each change in {@code [from, to)} (either null for open), newest first on the time index. */
    private <E extends Exception> void forEach(Instant from, Instant to, RowHandler<E> handler) throws E {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(COLUMNS + " ORDER BY e.ts DESC")) {
            select.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
            select.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int agentNo = result.getInt(1);
                    int queueNo = result.getInt(6);
                    String queueId = result.wasNull() ? null
                            : queues.idOf(connection, queueNo).orElse(Integer.toString(queueNo));
                    handler.handle(result, agents.idOf(connection, agentNo).orElse(Integer.toString(agentNo)),
                            queueId);
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading the interaction history failed: " + e.getMessage(), e);
        }
    }
}
