package io.floorwatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One read: a statement with its values bound, each row mapped; a failure says what was being read. */
final class Queries {
    /** Maps the current row of a result. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Queries() {
    }

    static <T> List<T> select(HistoryDatabase database, String what, String sql, List<Object> values,
            RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Reading " + what + " failed: " + e.getMessage(), e);
        }
        return rows;
    }
}
