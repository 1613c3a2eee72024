package io.floorwatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Time-boxes in history: added with the check that no agent is in two boxes whose windows overlap (in the same
 * transaction as the insert), read, rewritten only from the version last read, and leased to one runner at a time.
 * The desktop and the commands share the history file (through {@link HistoryServer}), so the lease is what keeps
 * a desktop and a {@code schedule run} on the same history from both carrying out one box.
 */
public final class TimeBoxStore {
    /** States that still hold their agents: a new box may not overlap them. */
    private static final String LIVE_STATES = "('SCHEDULED', 'RUNNING')";
    private static final String COLUMNS = "id, title, org, created_by, created_at, starts_at, ends_at, state, plan, "
            + "revert_plan, results, projection, report, note, applied_at, ended_at, lease_owner, lease_until, version";

    private final HistoryDatabase database;

    public TimeBoxStore(HistoryDatabase database) {
        this.database = database;
    }

    /** Another box holding one of the agents over an overlapping window: why a new box is refused. */
    public record Overlap(String boxId, String title, String agentId, Instant startsAt, Instant endsAt) {
    }

    /**
     * Adds the box unless one of its agents is in a live box of the same connection whose window overlaps it (a
     * box of another org, or of an earlier demo, holds nobody here); returns those overlaps
     * (and adds nothing) when there are any. The check and the insert are one transaction.
     */
    public List<Overlap> add(TimeBoxRow box) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                // Serialises adders: the check below must not race another add of an overlapping box.
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT id FROM time_box_lock WHERE id = 1 FOR UPDATE")) {
                    lock.executeQuery().close();
                }
                List<Overlap> overlaps = overlaps(connection, box);
                if (!overlaps.isEmpty()) {
                    connection.rollback();
                    return overlaps;
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO time_boxes (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    bind(insert, box);
                    insert.executeUpdate();
                }
                try (PreparedStatement agent = connection.prepareStatement(
                        "INSERT INTO time_box_agents (box_id, agent_id) VALUES (?, ?)")) {
                    for (String agentId : box.agentIds()) {
                        agent.setString(1, box.id());
                        agent.setString(2, agentId);
                        agent.addBatch();
                    }
                    agent.executeBatch();
                }
                connection.commit();
                return List.of();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new HistoryException("Saving time-box '" + box.title() + "' failed: " + e.getMessage(), e);
        }
    }

    private static List<Overlap> overlaps(Connection connection, TimeBoxRow box) throws SQLException {
        List<Overlap> overlaps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT b.id, b.title, a.agent_id, b.starts_at, "
                + "b.ends_at FROM time_boxes b JOIN time_box_agents a ON a.box_id = b.id WHERE b.state IN "
                + LIVE_STATES + " AND b.org = ? AND b.starts_at < ? AND b.ends_at > ? AND a.agent_id = ? "
                + "ORDER BY b.starts_at")) {
            for (String agentId : box.agentIds()) {
                select.setString(1, box.org());
                select.setLong(2, box.endsAt().toEpochMilli());
                select.setLong(3, box.startsAt().toEpochMilli());
                select.setString(4, agentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        overlaps.add(new Overlap(rows.getString(1), rows.getString(2), rows.getString(3),
                                Instant.ofEpochMilli(rows.getLong(4)), Instant.ofEpochMilli(rows.getLong(5))));
                    }
                }
            }
        }
        return overlaps;
    }

    /** The newest {@code limit} boxes, newest window first. */
    public List<TimeBoxRow> recent(int limit) {
        return read("the time-boxes", "ORDER BY starts_at DESC, created_at DESC FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", List.of());
    }

    /** The boxes that still have a step to carry out (scheduled or running), soonest first. */
    public List<TimeBoxRow> live() {
        return read("the live time-boxes", "WHERE state IN " + LIVE_STATES + " ORDER BY starts_at, id", List.of());
    }

    public Optional<TimeBoxRow> find(String id) {
        return read("time-box " + id, "WHERE id = ?", List.of(id)).stream().findFirst();
    }

    private List<TimeBoxRow> read(String what, String where, List<Object> values) {
        List<TimeBoxRow> boxes = Queries.select(database, what, "SELECT " + COLUMNS + " FROM time_boxes " + where,
                values, TimeBoxStore::row);
        if (boxes.isEmpty()) {
            return boxes;
        }
        Map<String, List<String>> agents = new LinkedHashMap<>();
        boxes.forEach(b -> agents.put(b.id(), new ArrayList<>()));
        Object[] boxIds = agents.keySet().toArray();
        Queries.select(database, what + "' agents", "SELECT box_id, agent_id FROM time_box_agents WHERE box_id = "
                + "ANY(?) ORDER BY box_id, agent_id", List.of((Object) boxIds), r -> new String[] {r.getString(1), r.getString(2)})
                .forEach(pair -> {
                    List<String> ids = agents.get(pair[0]);
                    if (ids != null) {
                        ids.add(pair[1]);
                    }
                });
        return boxes.stream().map(b -> withAgents(b, agents.get(b.id()))).toList();
    }

    /**
     * Writes the box's changeable fields if history still holds the version this copy was read at; returns the box
     * as written (version + 1), or empty when someone else wrote it meanwhile (read it again).
     */
    public Optional<TimeBoxRow> update(TimeBoxRow box) {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("UPDATE time_boxes SET state = ?, "
                        + "ends_at = ?, revert_plan = ?, results = ?, report = ?, note = ?, applied_at = ?, "
                        + "ended_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            update.setString(1, box.state());
            update.setLong(2, box.endsAt().toEpochMilli());
            update.setString(3, box.revertPlan());
            update.setString(4, box.results());
            update.setString(5, box.report());
            update.setString(6, truncate(box.note(), 4000));
            setInstant(update, 7, box.appliedAt());
            setInstant(update, 8, box.endedAt());
            update.setString(9, box.id());
            update.setInt(10, box.version());
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new HistoryException("Saving time-box " + box.id() + " failed: " + e.getMessage(), e);
        }
        return Optional.of(new TimeBoxRow(box.id(), box.title(), box.org(), box.createdBy(), box.createdAt(), box.startsAt(),
                box.endsAt(), box.state(), box.agentIds(), box.plan(), box.revertPlan(), box.results(),
                box.projection(), box.report(), box.note(), box.appliedAt(), box.endedAt(), box.leaseOwner(),
                box.leaseUntil(), box.version() + 1));
    }

    /**
     * Takes (or renews) the box's lease for {@code owner} until {@code until}, if it is free, expired at
     * {@code now}, or already the owner's; false when another runner holds it.
     */
    public boolean lease(String id, String owner, Instant now, Instant until) {
        return execute("The lease of time-box " + id, "UPDATE time_boxes SET lease_owner = ?, lease_until = ? WHERE "
                + "id = ? AND (lease_owner IS NULL OR lease_until < ? OR lease_owner = ?)", owner, until.toEpochMilli(),
                id, now.toEpochMilli(), owner) == 1;
    }

    /** Gives the lease back, if the owner holds it. */
    public void release(String id, String owner) {
        execute("The lease of time-box " + id, "UPDATE time_boxes SET lease_owner = NULL, lease_until = NULL WHERE "
                + "id = ? AND lease_owner = ?", id, owner);
    }

    /** Runs one update with its values bound in order; returns the rows it changed. */
    private int execute(String what, String sql, Object... values) {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException(what + " could not be written: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement insert, TimeBoxRow box) throws SQLException {
        insert.setString(1, box.id());
        insert.setString(2, truncate(box.title(), 200));
        insert.setString(3, truncate(box.org(), 400));
        insert.setString(4, truncate(box.createdBy(), 400));
        insert.setLong(5, box.createdAt().toEpochMilli());
        insert.setLong(6, box.startsAt().toEpochMilli());
        insert.setLong(7, box.endsAt().toEpochMilli());
        insert.setString(8, box.state());
        insert.setString(9, box.plan());
        insert.setString(10, box.revertPlan());
        insert.setString(11, box.results());
        insert.setString(12, box.projection());
        insert.setString(13, box.report());
        insert.setString(14, truncate(box.note(), 4000));
        setInstant(insert, 15, box.appliedAt());
        setInstant(insert, 16, box.endedAt());
        insert.setString(17, box.leaseOwner());
        setInstant(insert, 18, box.leaseUntil());
        insert.setInt(19, box.version());
    }

    private static TimeBoxRow row(ResultSet r) throws SQLException {
        return new TimeBoxRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                Instant.ofEpochMilli(r.getLong(5)), Instant.ofEpochMilli(r.getLong(6)),
                Instant.ofEpochMilli(r.getLong(7)), r.getString(8), List.of(), r.getString(9), r.getString(10),
                r.getString(11), r.getString(12), r.getString(13), r.getString(14), instant(r, 15), instant(r, 16),
                r.getString(17), instant(r, 18), r.getInt(19));
    }

    private static TimeBoxRow withAgents(TimeBoxRow b, List<String> agentIds) {
        return new TimeBoxRow(b.id(), b.title(), b.org(), b.createdBy(), b.createdAt(), b.startsAt(), b.endsAt(),
                b.state(), agentIds, b.plan(), b.revertPlan(), b.results(), b.projection(), b.report(), b.note(), b.appliedAt(),
                b.endedAt(), b.leaseOwner(), b.leaseUntil(), b.version());
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        long millis = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, at.toEpochMilli());
        }
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
