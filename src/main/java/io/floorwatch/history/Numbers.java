package io.floorwatch.history;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for ids (agents, queues): rows refer to a 4-byte number instead of a 36-character id, which keeps the
 * indexes small enough for H2 to take tens of thousands of rows a second. The writer keeps a cache and creates
 * numbers for ids seen for the first time (in its own transaction); readers look numbers up.
 */
final class Numbers {
    private final String select;
    private final String insert;
    private final String reverse;
    private final String selectMany;
    private final Map<String, Integer> cache = new HashMap<>();
    /** Whether the last look-up found none of its ids stored: newcomers are then inserted without looking. */
    private boolean insertFirst;
    /** Ids by number, for readers on any thread: a number, once stored, always stands for the same id. */
    private final Map<Integer, String> ids = new ConcurrentHashMap<>();

    private Numbers(String table, String idColumn, String numberColumn) {
        this.select = "SELECT " + numberColumn + " FROM " + table + " WHERE " + idColumn + " = ?";
        this.insert = "INSERT INTO " + table + " (" + idColumn + ") VALUES (?)";
        this.reverse = "SELECT " + idColumn + " FROM " + table + " WHERE " + numberColumn + " = ?";
        this.selectMany = "SELECT " + idColumn + ", " + numberColumn + " FROM " + table + " WHERE " + idColumn
                + " = ANY(?)";
    }

    static Numbers agents() {
        return new Numbers("agents", "user_id", "agent_no");
    }

    static Numbers queues() {
        return new Numbers("queues", "queue_id", "queue_no");
    }

    /** The id's number, created when new; for the writer thread only (the cache is not shared). */
    int numberOf(Connection connection, String id) throws SQLException {
        Integer known = cache.get(id);
        if (known != null) {
            return known;
        }
        Optional<Integer> stored = lookup(connection, id);
        int number;
        if (stored.isPresent()) {
            number = stored.get();
        } else {
            try (PreparedStatement statement = connection.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, id);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    number = keys.getInt(1);
                }
            }
        }
        cache.put(id, number);
        return number;
    }

    /**
     * Numbers the ids not cached yet in one look-up, one batch insert of those still missing (which hands back
     * their numbers), instead of a look-up and an insert each: on a floor of 50,000 agents the first minutes bring
     * tens of thousands of first-seen agents, and one by one they cost the writer about a tenth of its time. Once
     * a look-up finds none of a batch's newcomers stored (a new history, a floor growing), the next batches insert
     * theirs without looking first, as a plain batch insert would; an insert that meets one already stored
     * (another writer of the file numbered it meanwhile) reads them all and goes back to looking first.
     * For the writer thread only, in its transaction (like {@link #numberOf}).
     */
    void numberAll(Connection connection, Collection<String> ids) throws SQLException {
        List<String> unknown = ids.stream().filter(id -> id != null && !cache.containsKey(id)).distinct().toList();
        if (unknown.size() < 2) {
            return; // numberOf does one as well
        }
        boolean insertingFirst = insertFirst;
        List<String> missing = unknown;
        if (!insertingFirst) {
            readInto(connection, unknown);
            missing = unknown.stream().filter(id -> !cache.containsKey(id)).toList();
            insertFirst = missing.size() == unknown.size();
            if (missing.isEmpty()) {
                return;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            for (String id : missing) {
                statement.setString(1, id);
                statement.addBatch();
            }
            try {
                statement.executeBatch();
            } catch (BatchUpdateException e) {
                if (!insertingFirst || HistoryWriter.onlyDuplicates(e) < 0) {
                    throw e;
                }
                // H2 inserted the others; the numbers of all of them are read, and the next batches look first.
                insertFirst = false;
                readInto(connection, missing);
                return;
            }
            if (takeKeys(statement, missing)) {
                return;
            }
        }
        readInto(connection, missing);
    }

    /**
     * Caches the numbers the batch insert generated, one per id in order; false (nothing cached) when the driver
     * gave back a different count, and the numbers are then read. Reading them back cost the writer as much as
     * inserting them.
     */
    private boolean takeKeys(PreparedStatement statement, List<String> inserted) throws SQLException {
        List<Integer> numbers = new ArrayList<>(inserted.size());
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next()) {
                numbers.add(keys.getInt(1));
            }
        }
        if (numbers.size() != inserted.size()) {
            return false;
        }
        for (int i = 0; i < numbers.size(); i++) {
            cache.put(inserted.get(i), numbers.get(i));
        }
        return true;
    }

    private void readInto(Connection connection, List<String> ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectMany)) {
            statement.setObject(1, ids.toArray(new String[0]));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    cache.put(result.getString(1), result.getInt(2));
                }
            }
        }
    }

    /** Forgets every number (after a rollback some may not exist); they are looked up again as needed. */
    void clear() {
        cache.clear();
        insertFirst = false;
    }

    /** The id a number stands for, if any; each is read once (for readers on any thread). */
    Optional<String> idOf(Connection connection, int number) throws SQLException {
        String known = ids.get(number);
        if (known != null) {
            return Optional.of(known);
        }
        try (PreparedStatement statement = connection.prepareStatement(reverse)) {
            statement.setInt(1, number);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                ids.put(number, result.getString(1));
                return Optional.of(result.getString(1));
            }
        }
    }

    /** The id's number if it has one (no cache: for readers on any thread). */
    Optional<Integer> lookup(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getInt(1)) : Optional.empty();
            }
        }
    }
}
