package io.floorwatch.history;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads queue metric samples: one queue's trend over a time range, oldest first, and CSV export of them all. */
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

    /**
     * Every sample taken in [{@code from}, {@code to}) as CSV, queue by queue and oldest first; {@code queueId}
     * null for every queue. Returns the rows.
     */
    public long exportCsv(String queueId, Instant from, Instant to, File target) {
        long start = from == null ? 0 : from.toEpochMilli();
        long end = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        return CsvExport.write(target, "queue_id,sample_time,source,skill_id,waiting,longest_wait_seconds,"
                + "estimated_wait_seconds,agents_available,on_queue,idle,interacting,service_level,abandoned_rate,"
                + "score,wait_term,availability_term,abandon_term", out -> {
                    long rows = 0;
                    try (Connection connection = database.connection()) {
                        for (Map.Entry<String, Integer> queue : numbers(connection, queueId).entrySet()) {
                            // One range of the primary key per queue, as trend() reads it.
                            try (PreparedStatement select = connection.prepareStatement(COLUMNS
                                    + " WHERE sample_key >= ? AND sample_key < ? ORDER BY sample_key")) {
                                select.setLong(1, SampleKeys.from(queue.getValue(), start));
                                select.setLong(2, SampleKeys.from(queue.getValue(), end));
                                try (ResultSet result = select.executeQuery()) {
                                    while (result.next()) {
                                        out.write(line(sample(queue.getKey(), result)));
                                        rows++;
                                    }
                                }
                            }
                        }
                    } catch (SQLException e) {
                        throw new HistoryException("Reading queue samples failed: " + e.getMessage(), e);
                    }
                    return rows;
                });
    }

    /** The queues' numbers by id, in id order: the one asked for, or all. */
    private Map<String, Integer> numbers(Connection connection, String queueId) throws SQLException {
        Map<String, Integer> numbers = new TreeMap<>();
        if (queueId != null) {
            queues.lookup(connection, queueId).ifPresent(number -> numbers.put(queueId, number));
            return numbers;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT queue_id, queue_no FROM queues");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                numbers.put(result.getString(1), result.getInt(2));
            }
        }
        return numbers;
    }

    private static String line(QueueSample sample) {
        QueueSnapshot s = sample.snapshot();
        QueueScore score = sample.score();
        return Csv.line(s.queueId(), s.at().toString(), s.source(), s.skillId(), text(s.waiting()),
                text(s.longestWaitSeconds()), text(s.waitTimeSeconds()), text(s.agentsAvailable()), text(s.onQueue()),
                text(s.idle()), text(s.interacting()), text(s.serviceLevel()), text(s.abandonedRate()),
                text(score.score()), text(score.waitTerm()), text(score.availabilityTerm()),
                text(score.abandonTerm()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
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
