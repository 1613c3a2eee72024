package io.floorwatch.history;

import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RejectedMessage;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer's statements, one per table, and how each kind of item becomes a row. Used on the writer thread
 * only.
 */
final class Tables {
    private static final String INSERT_STATE = "INSERT INTO agent_state_events (agent_no, ts, kind, state, "
            + "definition_id, received) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SAMPLE = "INSERT INTO queue_samples (sample_key, skill_id, "
            + "wait_seconds, longest_wait_seconds, agents_available, abandoned_rate, waiting, on_queue, idle, "
            + "interacting, service_level, score, wait_term, availability_term, abandon_term, received) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_INTERACTION = "INSERT INTO interaction_events (agent_no, ts, "
            + "conversation_id, phase, media, queue_no, connected_at, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ADHERENCE = "INSERT INTO adherence_events (agent_no, seen_at, changed_at, "
            + "unit_id, scheduled, actual, state, impact, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_REJECTED =
            "INSERT INTO rejected_messages (received, source, reason, payload) VALUES (?, ?, ?, ?)";

    /** Alerts are rewritten as they change: the row holds the latest version. */
    private static final String MERGE_ALERT = "MERGE INTO alerts (" + AlertHistory.COLUMNS + ") KEY (alert_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_AUDIT = "INSERT INTO audit_entries (seq, at, actor, action, target, before, "
            + "after, outcome, latency_ms, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Numbers agents = Numbers.agents();
    private final SameMillisecond ties = new SameMillisecond();
    private final Numbers queues = Numbers.queues();
    private PreparedStatement states;
    private PreparedStatement interactions;
    private int pendingInteractions;
    private PreparedStatement adherence;
    private int pendingAdherence;
    private PreparedStatement samples;
    private PreparedStatement rejected;
    private PreparedStatement alerts;
    private int pendingAlerts;
    private PreparedStatement audit;
    private PreparedStatement auditHead;
    private int pendingAudit;
    /**
     * The audit chain's head (last seq and hash) within the transaction being written; -1 until read from
     * {@code audit_head} (which locks it until the commit), and again once the transaction's entries are written.
     */
    private long auditSeq = -1;
    private String auditHash = AuditChain.GENESIS;
    private int pendingStates;
    private int pendingSamples;
    private int pendingRejected;

    void prepare(Connection connection) throws SQLException {
        states = connection.prepareStatement(INSERT_STATE);
        interactions = connection.prepareStatement(INSERT_INTERACTION);
        adherence = connection.prepareStatement(INSERT_ADHERENCE);
        samples = connection.prepareStatement(INSERT_SAMPLE);
        rejected = connection.prepareStatement(INSERT_REJECTED);
        alerts = connection.prepareStatement(MERGE_ALERT);
        audit = connection.prepareStatement(INSERT_AUDIT);
        auditHead = connection.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1");
    }

    /** Numbers the batch's first-seen agents together (see {@link Numbers#numberAll}) before its rows are added. */
    void numberAgents(Connection connection, List<Object> batch) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (Object item : batch) {
            if (item instanceof AgentStateEvent event) {
                ids.add(event.agentId());
            } else if (item instanceof InteractionEvent event) {
                ids.add(event.agentId());
            } else if (item instanceof AdherenceRow row) {
                ids.add(row.adherence().userId());
            }
        }
        agents.numberAll(connection, ids);
    }

    /** Adds the item to its table's batch; false for items that are not rows (commands). */
    boolean add(Connection connection, Object item, long received) throws SQLException {
        if (item instanceof AgentStateEvent event) {
            int agentNo = agents.numberOf(connection, event.agentId());
            states.setInt(1, agentNo);
            states.setLong(2, ties.storedTime(agentNo, event.kind().ordinal(), event.at().toEpochMilli(),
                    event.state()));
            states.setInt(3, event.kind().ordinal());
            states.setString(4, event.state());
            setText(states, 5, event.definitionId());
            states.setLong(6, received);
            states.addBatch();
            pendingStates++;
            return true;
        }
        if (item instanceof InteractionEvent event) {
            Interaction i = event.interaction();
            interactions.setInt(1, agents.numberOf(connection, event.agentId()));
            interactions.setLong(2, event.at().toEpochMilli());
            interactions.setString(3, truncate(i.conversationId(), 64));
            interactions.setInt(4, InteractionPhases.code(event));
            interactions.setInt(5, i.media().ordinal());
            if (i.queueId() == null) {
                interactions.setNull(6, Types.INTEGER);
            } else {
                interactions.setInt(6, queues.numberOf(connection, i.queueId()));
            }
            interactions.setLong(7, i.connectedAt().toEpochMilli());
            interactions.setLong(8, received);
            interactions.addBatch();
            pendingInteractions++;
            return true;
        }
        if (item instanceof AdherenceRow row) {
            Adherence a = row.adherence();
            adherence.setInt(1, agents.numberOf(connection, a.userId()));
            adherence.setLong(2, row.seenAt().toEpochMilli());
            adherence.setLong(3, a.changedAt().toEpochMilli());
            adherence.setString(4, truncate(a.managementUnitId(), 64));
            adherence.setInt(5, a.scheduled().ordinal());
            adherence.setInt(6, a.actual().ordinal());
            adherence.setInt(7, a.state().ordinal());
            adherence.setInt(8, a.impact().ordinal());
            adherence.setLong(9, received);
            adherence.addBatch();
            pendingAdherence++;
            return true;
        }
        if (item instanceof QueueSample sample) {
            try {
                bindSample(connection, sample, received);
            } catch (IllegalArgumentException e) {
                // A value the schema cannot hold (an unknown source, a time before 1970): refuse this row alone.
                throw new SQLException("queue sample refused: " + e.getMessage(), "22000", e);
            }
            samples.addBatch();
            pendingSamples++;
            return true;
        }
        if (item instanceof RejectedMessage message) {
            rejected.setLong(1, message.received().toEpochMilli());
            rejected.setString(2, truncate(message.source(), 64));
            rejected.setString(3, truncate(message.reason(), 1000));
            rejected.setString(4, message.payload());
            rejected.addBatch();
            pendingRejected++;
            return true;
        }
        if (item instanceof AuditEntry entry) {
            bindAudit(connection, entry);
            audit.addBatch();
            pendingAudit++;
            return true;
        }
        if (item instanceof Alert alert) {
            bindAlert(alert);
            alerts.addBatch();
            pendingAlerts++;
            return true;
        }
        return false;
    }

    /** Chains the entry onto the last one written (seq + 1, its hash over the previous hash). */
    private void bindAudit(Connection connection, AuditEntry entry) throws SQLException {
        if (auditSeq < 0) {
            // Read fresh in every transaction and locked till its commit: another process may share the file.
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                    ResultSet result = head.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("the audit chain's head row is missing (migration V7)");
                }
                auditSeq = result.getLong(1);
                auditHash = result.getString(2);
            }
        }
        long seq = auditSeq + 1;
        String hash = AuditChain.hash(auditHash, seq, entry);
        audit.setLong(1, seq);
        audit.setLong(2, entry.at().toEpochMilli());
        audit.setString(3, truncate(entry.actor(), 200));
        audit.setString(4, truncate(entry.action(), 64));
        audit.setString(5, truncate(entry.target(), 300));
        audit.setString(6, entry.before());
        audit.setString(7, entry.after());
        audit.setString(8, truncate(entry.outcome(), 1000));
        audit.setLong(9, entry.latencyMillis());
        audit.setString(10, auditHash);
        audit.setString(11, hash);
        auditSeq = seq;
        auditHash = hash;
    }

    private void bindAlert(Alert a) throws SQLException {
        alerts.setString(1, a.id());
        alerts.setString(2, a.agentId());
        alerts.setString(3, truncate(a.agentName(), 200));
        alerts.setString(4, truncate(a.team(), 200));
        alerts.setString(5, truncate(a.ruleName(), 200));
        alerts.setString(6, a.condition().name());
        alerts.setLong(7, a.thresholdSeconds());
        alerts.setLong(8, a.stateSince().toEpochMilli());
        alerts.setLong(9, a.raisedAt().toEpochMilli());
        alerts.setString(10, a.status().name());
        alerts.setString(11, truncate(a.acknowledgedBy(), 200));
        setMillis(alerts, 12, a.acknowledgedAt());
        alerts.setString(13, truncate(a.note(), 2000));
        setMillis(alerts, 14, a.snoozedUntil());
        setMillis(alerts, 15, a.clearedAt());
        alerts.setInt(16, a.reopened());
        alerts.setLong(17, a.updatedAt().toEpochMilli());
    }

    private static void setMillis(PreparedStatement statement, int index, Instant value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    private void bindSample(Connection connection, QueueSample sample, long received) throws SQLException {
        QueueSnapshot s = sample.snapshot();
        samples.setLong(1, SampleKeys.of(queues.numberOf(connection, s.queueId()), s.at().toEpochMilli(),
                SampleSources.code(s.source())));
        setText(samples, 2, s.skillId());
        samples.setDouble(3, s.waitTimeSeconds());
        setNumber(samples, 4, s.longestWaitSeconds());
        samples.setInt(5, s.agentsAvailable());
        setNumber(samples, 6, s.abandonedRate());
        setNumber(samples, 7, s.waiting());
        setNumber(samples, 8, s.onQueue());
        setNumber(samples, 9, s.idle());
        setNumber(samples, 10, s.interacting());
        setNumber(samples, 11, s.serviceLevel());
        samples.setDouble(12, sample.score().score());
        samples.setDouble(13, sample.score().waitTerm());
        samples.setDouble(14, sample.score().availabilityTerm());
        samples.setDouble(15, sample.score().abandonTerm());
        samples.setLong(16, received);
    }

    /**
     * Runs every pending batch; returns how many rows were skipped as already stored.
     *
     * @throws BatchUpdateException when a row failed for another reason (every batch is cleared)
     */
    int executeAll() throws SQLException {
        int skipped = 0;
        try {
            skipped += execute(states, pendingStates);
            skipped += execute(interactions, pendingInteractions);
            skipped += execute(adherence, pendingAdherence);
            skipped += execute(samples, pendingSamples);
            skipped += execute(rejected, pendingRejected);
            skipped += execute(alerts, pendingAlerts);
            skipped += execute(audit, pendingAudit);
            if (pendingAudit > 0) {
                moveAuditHead();
            }
        } catch (SQLException e) {
            clearBatches();
            throw e;
        } finally {
            pendingStates = 0;
            pendingInteractions = 0;
            pendingAdherence = 0;
            pendingSamples = 0;
            pendingRejected = 0;
            pendingAlerts = 0;
            pendingAudit = 0;
        }
        return skipped;
    }

    /** Drops whatever was added and not yet executed. */
    void clearBatches() throws SQLException {
        states.clearBatch();
        interactions.clearBatch();
        pendingInteractions = 0;
        adherence.clearBatch();
        pendingAdherence = 0;
        samples.clearBatch();
        rejected.clearBatch();
        alerts.clearBatch();
        audit.clearBatch();
        pendingAudit = 0;
        pendingStates = 0;
        pendingSamples = 0;
        pendingRejected = 0;
        pendingAlerts = 0;
    }

    private static int execute(PreparedStatement statement, int pending) throws SQLException {
        if (pending == 0) {
            return 0;
        }
        try {
            statement.executeBatch();
            return 0;
        } catch (BatchUpdateException e) {
            int duplicates = HistoryWriter.onlyDuplicates(e);
            if (duplicates < 0) {
                throw e;
            }
            return duplicates;
        }
    }

    /** Moves the chain's head to the last entry bound; the next transaction reads it again. */
    private void moveAuditHead() throws SQLException {
        auditHead.setLong(1, auditSeq);
        auditHead.setString(2, auditHash);
        auditHead.executeUpdate();
        auditSeq = -1;
    }

    /** After a rollback, numbers made in it may not exist. */
    void forgetNumbers() {
        agents.clear();
        queues.clear();
        auditSeq = -1;
    }

    void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {states, interactions, adherence, samples, rejected,
            alerts, audit, auditHead}) {
            if (statement != null) {
                statement.close();
            }
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setNumber(PreparedStatement statement, int index, Number value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else {
            statement.setDouble(index, value.doubleValue());
        }
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
