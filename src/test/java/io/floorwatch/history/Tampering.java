package io.floorwatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What an attacker with the database file could do, for tests that show it is caught. */
public final class Tampering {
    private Tampering() {
    }

    /** Rewrites one audit entry's outcome behind the writer's back. */
    public static void editAuditOutcome(HistoryStore history, long seq, String outcome) throws SQLException {
        try (Connection connection = history.database().connection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE audit_entries SET outcome = ? WHERE seq = ?")) {
            update.setString(1, outcome);
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }
}
