package io.floorwatch.history;

import io.floorwatch.domain.RejectedMessage;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the messages the feeds could not use (a malformed notification, a Kafka record that does not decode),
 * newest first, each with its source, reason and payload: what the status bar only counts.
 */
public final class RejectedHistory {
    private static final String COLUMNS = "SELECT received, source, reason, payload FROM rejected_messages";

    private final HistoryDatabase database;

    public RejectedHistory(HistoryDatabase database) {
        this.database = database;
    }

    public long count() {
        try (Connection connection = database.connection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM rejected_messages");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("Counting rejected messages failed: " + e.getMessage(), e);
        }
    }

    /** The newest {@code limit} rejected messages received in [{@code from}, {@code to}); null for open ends. */
    public List<RejectedMessage> newest(Instant from, Instant to, int limit) {
        List<RejectedMessage> messages = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select = query(connection, from, to, " FETCH FIRST ? ROWS ONLY")) {
            select.setInt(3, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    messages.add(message(result));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading rejected messages failed: " + e.getMessage(), e);
        }
        return messages;
    }

    /** Every rejected message received in [{@code from}, {@code to}) as CSV, newest first; returns the rows. */
    public long exportCsv(Instant from, Instant to, File target) {
        return CsvExport.write(target, "received_time,source,reason,payload", out -> {
            long rows = 0;
            try (Connection connection = database.connection();
                    PreparedStatement select = query(connection, from, to, "")) {
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        RejectedMessage message = message(result);
                        out.write(Csv.line(message.received().toString(), message.source(), message.reason(),
                                message.payload()));
                        rows++;
                    }
                }
            } catch (SQLException e) {
                throw new HistoryException("Reading rejected messages failed: " + e.getMessage(), e);
            }
            return rows;
        });
    }

    /** Newest first along the index on {@code received} (migration V1); parameters 1 and 2 are the range. */
    private static PreparedStatement query(Connection connection, Instant from, Instant to, String tail)
            throws SQLException {
        PreparedStatement select = connection.prepareStatement(COLUMNS + " WHERE received >= ? AND received < ?"
                + " ORDER BY received DESC" + tail);
        select.setLong(1, from == null ? Long.MIN_VALUE : from.toEpochMilli());
        select.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
        return select;
    }

    private static RejectedMessage message(ResultSet result) throws SQLException {
        return new RejectedMessage(Instant.ofEpochMilli(result.getLong(1)), result.getString(2), result.getString(3),
                result.getString(4));
    }
}
