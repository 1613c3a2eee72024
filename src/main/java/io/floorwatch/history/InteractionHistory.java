package io.floorwatch.history;

import io.floorwatch.domain.Interaction;
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
            long rows = 0;
            try (Connection connection = database.connection();
                    PreparedStatement select = range(connection, from, to)) {
                Map<Integer, String> agentIds = new HashMap<>();
                Map<Integer, String> queueIds = new HashMap<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        Interaction.Phase phase = InteractionPhases.phase(result.getInt(4));
                        int queueNo = result.getInt(6);
                        String queueId = result.wasNull() ? "" : id(connection, queues, queueIds, queueNo);
                        out.write(Csv.line(Instant.ofEpochMilli(result.getLong(2)).toString(),
                                id(connection, agents, agentIds, result.getInt(1)), result.getString(3),
                                MediaType.values()[result.getInt(5)].wireName(),
                                phase == null ? "ENDED" : phase.name(), queueId,
                                Instant.ofEpochMilli(result.getLong(7)).toString()));
                        rows++;
                    }
                }
            } catch (SQLException e) {
                throw new HistoryException("Reading the interaction history failed: " + e.getMessage(), e);
            }
            return rows;
        });
    }

    /** How many changes are stored. */
    public long count() {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM interaction_events");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("Counting the interaction history failed: " + e.getMessage(), e);
        }
    }

    /** Per queue id, the agents who handled any of its interactions in the span. */
    public Map<String, List<String>> handlers(Instant from, Instant to) {
        Map<String, Set<String>> byQueue = new HashMap<>();
        try (Connection connection = database.connection();
                PreparedStatement select = range(connection, from, to)) {
            Map<Integer, String> agentIds = new HashMap<>();
            Map<Integer, String> queueIds = new HashMap<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int queueNo = result.getInt(6);
                    if (!result.wasNull()) {
                        byQueue.computeIfAbsent(id(connection, queues, queueIds, queueNo), k -> new LinkedHashSet<>())
                                .add(id(connection, agents, agentIds, result.getInt(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading the interaction history failed: " + e.getMessage(), e);
        }
        Map<String, List<String>> handlers = new HashMap<>();
        byQueue.forEach((queue, ids) -> handlers.put(queue, List.copyOf(ids)));
        return handlers;
    }

    private static PreparedStatement range(Connection connection, Instant from, Instant to) throws SQLException {
        PreparedStatement select = connection.prepareStatement(COLUMNS + " ORDER BY e.ts DESC");
        select.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
        select.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
        return select;
    }

    private static String id(Connection connection, Numbers numbers, Map<Integer, String> cache, int number)
            throws SQLException {
        String known = cache.get(number);
        if (known == null) {
            known = numbers.idOf(connection, number).orElse(Integer.toString(number));
            cache.put(number, known);
        }
        return known;
    }
}
