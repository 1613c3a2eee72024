package io.floorwatch.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drift baselines kept in history: named, timestamped snapshot texts. Saving a name again adds a version; the
 * newest version of a name is the baseline. The text is opaque here (the drift package owns its format).
 */
public final class BaselineStore {
    private final HistoryDatabase database;

    public BaselineStore(HistoryDatabase database) {
        this.database = database;
    }

    /** A saved baseline's newest version. */
    public record Saved(String name, Instant savedAt, String savedBy) {
    }

    public void save(String name, String snapshot, String savedBy, Instant at) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new IllegalArgumentException("a baseline needs a name of 1 to 200 characters");
        }
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO drift_baselines (name, saved_at, saved_by, snapshot) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, trimmed);
            insert.setLong(2, at.toEpochMilli());
            insert.setString(3, savedBy == null ? "" : savedBy);
            insert.setString(4, snapshot);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("Saving baseline '" + trimmed + "' failed: " + e.getMessage(), e);
        }
    }

    /** Every name with its newest version, newest first. */
    public List<Saved> list() {
        return Queries.select(database, "the drift baselines", "SELECT b.name, b.saved_at, b.saved_by FROM "
                + "drift_baselines b WHERE b.id = (SELECT MAX(id) FROM drift_baselines n WHERE n.name = b.name) "
                + "ORDER BY b.saved_at DESC, b.name", List.of(),
                r -> new Saved(r.getString(1), Instant.ofEpochMilli(r.getLong(2)), r.getString(3)));
    }

    /** The newest version's snapshot text of the name, if it was ever saved. */
    public Optional<String> load(String name) {
        return Queries.select(database, "baseline '" + name + "'", "SELECT snapshot FROM drift_baselines WHERE "
                + "name = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", List.of(name), r -> r.getString(1))
                .stream().findFirst();
    }
}
