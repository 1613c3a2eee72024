package io.floorwatch.history;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the adherence history: each agent's records as they changed, for export, and how much of a span each
 * agent spent out of adherence while scheduled. A record is in effect from when it was heard to the agent's next
 * one; the span's opening record is the latest heard up to a day before it (a record older than that is not looked
 * for: adherence changes at every scheduled activity).
 */
public final class AdherenceHistory {
    private static final String ROWS = "SELECT agent_no, seen_at, changed_at, unit_id, scheduled, actual, state, "
            + "impact FROM adherence_events WHERE seen_at >= ? AND seen_at < ?";
    /** How far before a span its opening record is looked for. */
    static final Duration LOOK_BACK = Duration.ofDays(1);

    private final HistoryDatabase database;
    private final Numbers agents = Numbers.agents();

    public AdherenceHistory(HistoryDatabase database) {
        this.database = database;
    }

    /**
     * One agent's time in a span: scheduled (an activity of a shift, judged in, out, explained or ignored) and of
     * that, out of adherence.
     */
    public record Share(String agentId, long scheduledSeconds, long outSeconds) {
        /** The share of scheduled time in adherence, 0 to 1; 1 when nothing was scheduled. */
        public double adherence() {
            return scheduledSeconds == 0 ? 1.0 : (scheduledSeconds - outSeconds) / (double) scheduledSeconds;
        }
    }

    /**
     * Each agent's share of a span, and sums over groups of them (a team, the floor).
     *
     * @param firstHeard the first record heard inside the span, null when none: the figures say nothing of the time
     *                   before it unless a record from before the span was open then
     */
    public record Report(Instant from, Instant to, Map<String, Share> agents, Instant firstHeard) {
        public Report {
            agents = Map.copyOf(agents);
        }

        /** The agents' times added up; agents with no records count nothing. */
        public Share sum(String name, Collection<String> agentIds) {
            long scheduled = 0;
            long out = 0;
            for (String id : agentIds) {
                Share share = agents.get(id);
                if (share != null) {
                    scheduled += share.scheduledSeconds();
                    out += share.outSeconds();
                }
            }
            return new Share(name, scheduled, out);
        }

        /** Whether no agent had a record in the span (adherence not followed then). */
        public boolean isEmpty() {
            return agents.isEmpty();
        }
    }

    /** Every agent's share of {@code [from, to)}; {@code to} is usually now. */
    public Report report(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the span must end after it starts");
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, Row> current = new LinkedHashMap<>();
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        long[] first = {Long.MAX_VALUE};
        forEach(from.minus(LOOK_BACK), to, true, row -> {
            if (row.seenAt >= start) {
                first[0] = Math.min(first[0], row.seenAt);
            }
            Row before = current.put(row.agentId, row);
            if (before != null) {
                add(times, before, Math.max(start, before.seenAt), Math.min(end, row.seenAt));
            }
        });
        current.values().forEach(last -> add(times, last, Math.max(start, last.seenAt), end));
        Map<String, Share> shares = new LinkedHashMap<>();
        times.forEach((id, t) -> shares.put(id, new Share(id, t[0] / 1000, t[1] / 1000)));
        return new Report(from, to, shares, first[0] == Long.MAX_VALUE ? null : Instant.ofEpochMilli(first[0]));
    }

    /**
     * Writes a report as CSV: a line for the floor, one per team, one per agent ({@code level} says which).
     *
     * @param names agent id to name
     * @param teams agent id to team name ("" when none)
     */
    public static long exportCsv(Report report, Map<String, String> names, Map<String, String> teams, File target) {
        return CsvExport.write(target, "level,id,name,team,from,to,scheduled_seconds,out_of_adherence_seconds,"
                + "adherence", out -> {
                    long rows = 0;
                    out.write(line("floor", report.sum("Floor", report.agents().keySet()), "", "", report));
                    rows++;
                    Map<String, List<String>> byTeam = new TreeMap<>();
                    report.agents().keySet().forEach(id -> byTeam.computeIfAbsent(teams.getOrDefault(id, ""),
                            k -> new ArrayList<>()).add(id));
                    for (Map.Entry<String, List<String>> team : byTeam.entrySet()) {
                        out.write(line("team", report.sum(team.getKey(), team.getValue()), team.getKey(), "", report));
                        rows++;
                    }
                    for (Share share : report.agents().values()) {
                        out.write(line("agent", share, names.getOrDefault(share.agentId(), share.agentId()),
                                teams.getOrDefault(share.agentId(), ""), report));
                        rows++;
                    }
                    return rows;
                });
    }

    private static String line(String level, Share share, String name, String team, Report report) {
        return Csv.line(level, share.agentId(), name, team, report.from().toString(), report.to().toString(),
                Long.toString(share.scheduledSeconds()), Long.toString(share.outSeconds()),
                share.scheduledSeconds() == 0 ? "" : String.format(Locale.ROOT, "%.4f", share.adherence()));
    }

    private static void add(Map<String, long[]> times, Row row, long from, long to) {
        if (to <= from || row.scheduled == ActivityCategory.UNSCHEDULED || !judged(row.state)) {
            times.computeIfAbsent(row.agentId, k -> new long[2]);
            return;
        }
        long[] t = times.computeIfAbsent(row.agentId, k -> new long[2]);
        t[0] += to - from;
        if (row.state == AdherenceState.OUT_OF_ADHERENCE) {
            t[1] += to - from;
        }
    }

    /** Whether the state says anything of adherence (unscheduled and unknown do not). */
    private static boolean judged(AdherenceState state) {
        return state == AdherenceState.IN_ADHERENCE || state == AdherenceState.OUT_OF_ADHERENCE
                || state == AdherenceState.EXPLAINED || state == AdherenceState.IGNORED;
    }

    /** Writes the records heard in {@code [from, to)} (either null for open), newest first; returns how many. */
    public long exportCsv(Instant from, Instant to, File target) {
        return CsvExport.write(target, "time,agent_id,management_unit_id,scheduled,actual,adherence,impact,"
                + "adherence_changed_time", out -> {
                    long[] rows = {0};
                    forEach(from, to, false, row -> {
                        out.write(Csv.line(Instant.ofEpochMilli(row.seenAt).toString(), row.agentId, row.unitId,
                                row.scheduled.wireName(), row.actual.wireName(), row.state.wireName(),
                                row.impact.wireName(), Instant.ofEpochMilli(row.changedAt).toString()));
                        rows[0]++;
                    });
                    return rows[0];
                });
    }

    /** How many records are stored. */
    public long count() {
        return Queries.select(database, "the adherence history", "SELECT COUNT(*) FROM adherence_events",
                List.of(), row -> row.getLong(1)).get(0);
    }

    private record Row(String agentId, long seenAt, long changedAt, String unitId, ActivityCategory scheduled,
            ActivityCategory actual, AdherenceState state, AdherenceImpact impact) {
    }

    @FunctionalInterface
    private interface RowHandler<E extends Exception> {
        void handle(Row row) throws E;
    }

    private <E extends Exception> void forEach(Instant from, Instant to, boolean oldestFirst, RowHandler<E> handler)
            throws E {
        String order = oldestFirst ? " ORDER BY seen_at ASC" : " ORDER BY seen_at DESC";
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(ROWS + order)) {
            select.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
            select.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int agentNo = result.getInt(1);
                    handler.handle(new Row(agents.idOf(connection, agentNo).orElse(Integer.toString(agentNo)),
                            result.getLong(2), result.getLong(3), result.getString(4),
                            ActivityCategory.values()[result.getInt(5)], ActivityCategory.values()[result.getInt(6)],
                            AdherenceState.values()[result.getInt(7)], AdherenceImpact.values()[result.getInt(8)]));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading the adherence history failed: " + e.getMessage(), e);
        }
    }
}
