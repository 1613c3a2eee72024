package io.floorwatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The writer's map from agent id to the agent's number in the {@code agents} table, creating numbers for
 * agents seen for the first time (in the writer's own transaction). Used only on the writer thread.
 */
final class AgentNumbers {
    private final Map<String, Integer> numbers = new HashMap<>();

    int numberOf(Connection connection, String agentId) throws SQLException {
        Integer known = numbers.get(agentId);
        if (known != null) {
            return known;
        }
        Optional<Integer> stored = lookup(connection, agentId);
        int number;
        if (stored.isPresent()) {
            number = stored.get();
        } else {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agents (user_id) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, agentId);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    number = keys.getInt(1);
                }
            }
        }
        numbers.put(agentId, number);
        return number;
    }

    /** Forgets every number (after a rollback some may not exist); they are looked up again as needed. */
    void clear() {
        numbers.clear();
    }

    static Optional<Integer> lookup(Connection connection, String agentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT agent_no FROM agents WHERE user_id = ?")) {
            select.setString(1, agentId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getInt(1)) : Optional.empty();
            }
        }
    }
}
