package io.floorwatch.history;

import io.floorwatch.domain.Occupancy;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Occupancy and utilisation over a span, from the stored history. For an agent: how long they were logged in
 * (any presence but Offline), On Queue, and interacting (routing status Interacting while On Queue, which includes
 * after-call work); occupancy is interacting over On Queue, utilisation On Queue over logged in. A queue's figures
 * add up those of its members, and beside them the handle time of the interactions that came through the queue
 * itself (connected to ended, from the interaction history).
 *
 * <p>Each agent's state when the span opens is their latest event before it (two index look-ups per agent, on the
 * (agent, time) key); the changes inside the span come from one range read on the time index.
 */
public final class OccupancyHistory {
    private static final String BEFORE = "SELECT state FROM agent_state_events WHERE agent_no = ? AND kind = ? "
            + "AND ts <= ? ORDER BY agent_no, ts DESC, kind DESC FETCH FIRST 1 ROWS ONLY";
    private static final String INSIDE = "SELECT agent_no, ts, kind, state FROM agent_state_events "
            + "WHERE ts > ? AND ts <= ? ORDER BY ts DESC, agent_no DESC, kind DESC";
    private static final String HANDLED = "SELECT agent_no, conversation_id, queue_no, phase, ts, connected_at "
            + "FROM interaction_events WHERE ts >= ? AND ts <= ? ORDER BY ts DESC";

    private final HistoryDatabase database;
    private final Numbers agents = Numbers.agents();
    private final Numbers queues = Numbers.queues();

    public OccupancyHistory(HistoryDatabase database) {
        this.database = database;
    }

    /** The figures of a span: one per agent asked for, one per queue their memberships name. */
    public record Report(Instant from, Instant to, List<Occupancy> agents, List<Occupancy> queues) {
        public Report {
            agents = List.copyOf(agents);
            queues = List.copyOf(queues);
        }
    }

    /**
     * @param members queue id to the ids of the agents who work it (the live floor's membership)
     * @param names   agent and queue ids to the names shown
     */
    public Report report(Instant from, Instant to, Map<String, List<String>> members, Map<String, String> names) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the span must end after it starts");
        }
        List<String> agentIds = members.values().stream().flatMap(List::stream).distinct().sorted().toList();
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, Long> handledByQueue = new HashMap<>();
        try (Connection connection = database.connection()) {
            Map<Integer, String> byNumber = new HashMap<>();
            Map<String, StateClock> clocks = new HashMap<>();
            for (String id : agentIds) {
                Integer number = agents.lookup(connection, id).orElse(null);
                if (number == null) {
                    times.put(id, new long[3]);
                    continue;
                }
                byNumber.put(number, id);
                clocks.put(id, new StateClock(stateAt(connection, number, StateKind.PRESENCE, from),
                        stateAt(connection, number, StateKind.ROUTING, from), from.toEpochMilli()));
            }
            // The changes inside the span, oldest first per agent (read newest first on the index, then reversed).
            Map<String, List<Change>> changes = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(INSIDE)) {
                statement.setLong(1, from.toEpochMilli());
                statement.setLong(2, to.toEpochMilli());
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        String id = byNumber.get(result.getInt(1));
                        if (id != null) {
                            changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Change(result.getLong(2),
                                    result.getInt(3), result.getString(4)));
                        }
                    }
                }
            }
            for (Map.Entry<String, StateClock> entry : clocks.entrySet()) {
                StateClock clock = entry.getValue();
                List<Change> mine = changes.getOrDefault(entry.getKey(), List.of());
                for (int i = mine.size() - 1; i >= 0; i--) {
                    clock.advanceTo(mine.get(i).ts());
                    clock.set(mine.get(i).kind(), mine.get(i).state());
                }
                clock.advanceTo(to.toEpochMilli());
                times.put(entry.getKey(), clock.totals);
            }
            handled(connection, from, to, handledByQueue);
        } catch (SQLException e) {
            throw new HistoryException("Reading occupancy failed: " + e.getMessage(), e);
        }
        List<Occupancy> agentRows = new ArrayList<>();
        times.forEach((id, t) -> agentRows.add(occupancy(id, names.getOrDefault(id, id), t, 0)));
        agentRows.sort(Comparator.comparing(Occupancy::name, String.CASE_INSENSITIVE_ORDER));
        List<Occupancy> queueRows = new ArrayList<>();
        new TreeMap<>(members).forEach((queueId, ids) -> {
            long[] sum = new long[3];
            for (String id : ids) {
                long[] t = times.getOrDefault(id, new long[3]);
                for (int i = 0; i < 3; i++) {
                    sum[i] += t[i];
                }
            }
            queueRows.add(occupancy(queueId, names.getOrDefault(queueId, queueId), sum,
                    handledByQueue.getOrDefault(queueId, 0L)));
        });
        queueRows.sort(Comparator.comparing(Occupancy::name, String.CASE_INSENSITIVE_ORDER));
        return new Report(from, to, agentRows, queueRows);
    }

    private static Occupancy occupancy(String id, String name, long[] t, long handledMillis) {
        return new Occupancy(id, name, Duration.ofMillis(t[0]), Duration.ofMillis(t[1]), Duration.ofMillis(t[2]),
                Duration.ofMillis(handledMillis));
    }

    private static String stateAt(Connection connection, int agentNo, StateKind kind, Instant at)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BEFORE)) {
            statement.setInt(1, agentNo);
            statement.setInt(2, kind.ordinal());
            statement.setLong(3, at.toEpochMilli());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** Per queue, the time its interactions were handled inside the span (connected or in after-call work). */
    private void handled(Connection connection, Instant from, Instant to, Map<String, Long> byQueue)
            throws SQLException {
        Map<String, long[]> spans = new HashMap<>(); // conversation/agent -> [queue_no, start, end]
        try (PreparedStatement statement = connection.prepareStatement(HANDLED)) {
            statement.setLong(1, from.toEpochMilli());
            statement.setLong(2, to.toEpochMilli());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    int queueNo = result.getInt(3);
                    if (result.wasNull()) {
                        continue;
                    }
                    String key = result.getInt(1) + "/" + result.getString(2);
                    long ts = result.getLong(5);
                    long connected = Math.max(from.toEpochMilli(), result.getLong(6));
                    long[] span = spans.computeIfAbsent(key, k -> new long[] {queueNo, connected, -1});
                    if (result.getInt(4) == InteractionPhases.ENDED) {
                        span[2] = span[2] < 0 ? ts : Math.min(span[2], ts);
                    }
                }
            }
        }
        for (long[] span : spans.values()) {
            long end = span[2] < 0 ? to.toEpochMilli() : Math.min(span[2], to.toEpochMilli());
            byQueue.merge(queues.idOf(connection, (int) span[0]).orElse(""), Math.max(0, end - span[1]), Long::sum);
        }
    }

    /** Writes a report as CSV: one row per queue, then one per agent. Returns the rows written. */
    public static long exportCsv(Report report, File target) {
        return CsvExport.write(target, "kind,id,name,from,to,logged_in_seconds,on_queue_seconds,interacting_seconds,"
                + "handled_here_seconds,occupancy,utilisation", out -> {
                    long rows = 0;
                    for (Occupancy o : report.queues()) {
                        out.write(line("queue", o, report));
                        rows++;
                    }
                    for (Occupancy o : report.agents()) {
                        out.write(line("agent", o, report));
                        rows++;
                    }
                    return rows;
                });
    }

    private static String line(String kind, Occupancy o, Report report) {
        return Csv.line(kind, o.id(), o.name(), report.from().toString(), report.to().toString(),
                Long.toString(o.loggedIn().toSeconds()), Long.toString(o.onQueue().toSeconds()),
                Long.toString(o.interacting().toSeconds()), Long.toString(o.handledHere().toSeconds()),
                o.occupancy().map(OccupancyHistory::ratio).orElse(""),
                o.utilisation().map(OccupancyHistory::ratio).orElse(""));
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** One stored change of an agent's presence or routing status. */
    private record Change(long ts, int kind, String state) {
    }

    /** Adds up one agent's time per state as their changes come, oldest first. */
    private static final class StateClock {
        /** logged in, On Queue, interacting (milliseconds). */
        final long[] totals = new long[3];
        String presence;
        String routing;
        long at;

        StateClock(String presence, String routing, long at) {
            this.presence = presence;
            this.routing = routing;
            this.at = at;
        }

        void advanceTo(long ts) {
            long span = Math.max(0, ts - at);
            if (presence != null && !presence.equals(SystemPresence.OFFLINE.name())) {
                totals[0] += span;
            }
            boolean onQueue = SystemPresence.ON_QUEUE.name().equals(presence);
            if (onQueue) {
                totals[1] += span;
                if (RoutingStatus.INTERACTING.name().equals(routing)) {
                    totals[2] += span;
                }
            }
            at = Math.max(at, ts);
        }

        void set(int kind, String state) {
            if (kind == StateKind.PRESENCE.ordinal()) {
                presence = state;
            } else {
                routing = state;
            }
        }
    }
}
