package io.floorwatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Deletes what is older than the retention allows, table by table, in slices. */
final class Retention {
    /** Each table with the column its age is read from. */
    private static final String[] DELETES = {
        "DELETE FROM agent_state_events WHERE ts < ? FETCH FIRST 50000 ROWS ONLY",
        "DELETE FROM queue_samples WHERE ts < ? FETCH FIRST 50000 ROWS ONLY",
        "DELETE FROM rejected_messages WHERE received < ? FETCH FIRST 50000 ROWS ONLY"};

    private Retention() {
    }

    /** In slices with a commit each, so a first prune of months of rows does not hold one giant transaction. */
    static long prune(Connection connection, Instant cutoff) throws SQLException {
        long deleted = 0;
        for (String sql : DELETES) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, cutoff.toEpochMilli());
                int slice;
                do {
                    slice = delete.executeUpdate();
                    connection.commit();
                    deleted += slice;
                } while (slice > 0);
            }
        }
        return deleted;
    }
}
