package io.floorwatch.history;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads queue metric samples: one queue's trend over a time range, oldest first. */
public final class QueueHistory {
    private static final String COLUMNS = "SELECT sample_key, skill_id, wait_seconds, longest_wait_seconds, "
            + "agents_available, abandoned_rate, waiting, on_queue, idle, interacting, service_level, score, "
            + "wait_term, availability_term, abandon_term FROM queue_samples";

    private final HistoryDatabase database;
    private final Numbers queues = Numbers.queues();

    public QueueHistory(HistoryDatabase database) {
        this.database = database;
    }

    /** The queue's samples from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<QueueSample> trend(String queueId, Instant from, Instant to) {
        List<QueueSample> samples = new ArrayList<>();
        try (Connection connection = database.connection()) {
            Optional<Integer> number = queues.lookup(connection, queueId);
            if (number.isEmpty() || !from.isBefore(to)) {
                return List.of();
            }
            // One range of the primary key: the queue's samples in time order (migration V3).
            try (PreparedStatement select = connection.prepareStatement(COLUMNS + " WHERE sample_key >= ? "
                    + "AND sample_key < ? ORDER BY sample_key")) {
                select.setLong(1, SampleKeys.from(number.get(), from.toEpochMilli()));
                select.setLong(2, SampleKeys.from(number.get(), to.toEpochMilli()));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        samples.add(sample(queueId, result));
                    }
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading the samples of queue " + queueId + " failed: " + e.getMessage(), e);
        }
        return samples;
    }

    public long count() {
        try (Connection connection = database.connection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM queue_samples");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("Counting queue samples failed: " + e.getMessage(), e);
        }
    }

    private static QueueSample sample(String queueId, ResultSet r) throws SQLException {
        long key = r.getLong(1);
        QueueSnapshot snapshot = new QueueSnapshot(queueId, r.getString(2), Instant.ofEpochMilli(SampleKeys.ts(key)),
                r.getDouble(3), nullableDouble(r, 4), r.getInt(5), nullableDouble(r, 6), nullableInt(r, 7),
                nullableInt(r, 8), nullableInt(r, 9), nullableInt(r, 10), nullableDouble(r, 11),
                SampleSources.name(SampleKeys.source(key)));
        return new QueueSample(snapshot, new QueueScore(r.getDouble(12), r.getDouble(13), r.getDouble(14),
                r.getDouble(15)));
    }

    private static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }
}
