package io.floorwatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Deletes what is older than the retention allows, table by table, in slices. */
final class Retention {
    /** Each table with the column its age is read from. */
    private static final String[] DELETES = {
        "DELETE FROM agent_state_events WHERE ts < ? FETCH FIRST 50000 ROWS ONLY",
        "DELETE FROM interaction_events WHERE ts < ? FETCH FIRST 50000 ROWS ONLY",
        "DELETE FROM adherence_events WHERE seen_at < ? FETCH FIRST 50000 ROWS ONLY",
        "DELETE FROM rejected_messages WHERE received < ? FETCH FIRST 50000 ROWS ONLY",
        "DELETE FROM alerts WHERE raised < ? AND status = 'CLEARED' FETCH FIRST 50000 ROWS ONLY"};
    /** Queue samples, queue by queue through their key (migration V3): a range of the primary key each. */
    private static final String DELETE_SAMPLES =
            "DELETE FROM queue_samples WHERE sample_key >= ? AND sample_key < ? FETCH FIRST 50000 ROWS ONLY";

    private Retention() {
    }

    /** In slices with a commit each, so a first prune of months of rows does not hold one giant transaction. */
    static long prune(Connection connection, Instant cutoff) throws SQLException {
        long deleted = pruneSamples(connection, cutoff);
        for (String sql : DELETES) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, cutoff.toEpochMilli());
                deleted += inSlices(connection, delete);
            }
        }
        return deleted;
    }

    /** Runs a sliced delete until it deletes nothing, committing each slice. */
    private static long inSlices(Connection connection, PreparedStatement delete) throws SQLException {
        long deleted = 0;
        int slice;
        do {
            slice = delete.executeUpdate();
            connection.commit();
            deleted += slice;
        } while (slice > 0);
        return deleted;
    }

    private static long pruneSamples(Connection connection, Instant cutoff) throws SQLException {
        List<Integer> queues = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT queue_no FROM queues");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                queues.add(result.getInt(1));
            }
        }
        long deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(DELETE_SAMPLES)) {
            for (int queue : queues) {
                delete.setLong(1, SampleKeys.from(queue, 0));
                delete.setLong(2, SampleKeys.from(queue, cutoff.toEpochMilli()));
                deleted += inSlices(connection, delete);
            }
        }
        return deleted;
    }
}
