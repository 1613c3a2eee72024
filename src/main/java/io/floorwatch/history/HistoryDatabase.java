package io.floorwatch.history;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The H2 history file: opened (and migrated) once, handing out pooled connections; closed with
 * {@code SHUTDOWN COMPACT}, because heavy indexed inserts leave the file several times larger than its data.
 */
public final class HistoryDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryDatabase.class);

    private final Path file;
    private final String url;
    private final JdbcConnectionPool pool;
    private boolean closed;

    private HistoryDatabase(Path file, String url, JdbcConnectionPool pool) {
        this.file = file;
        this.url = url;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the database whose file is {@code base + ".mv.db"} and brings its schema up to
     * date. WRITE_DELAY=0 makes every commit reach the file at once, so killing the process loses at most the
     * batch being written; closing is ours to do (DB_CLOSE_ON_EXIT=FALSE), so it can compact.
     */
    public static HistoryDatabase open(Path base) {
        Path absolute = base.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new HistoryException("Cannot create the history folder " + absolute.getParent() + ": "
                    + e.getMessage(), e);
        }
        return connect("jdbc:h2:file:" + absolute + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", absolute);
    }

    /** A history that lives only as long as the process: the fallback when the file cannot be used. */
    public static HistoryDatabase inMemory() {
        String name = "floorwatch-" + UUID.randomUUID();
        return connect("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", Path.of("(memory)", name));
    }

    private static HistoryDatabase connect(String url, Path absolute) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "floorwatch", "");
        pool.setMaxConnections(16);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw new HistoryException(describeOpenFailure(absolute, e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/history").load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new HistoryException("The history at " + absolute + ".mv.db could not be migrated: "
                    + e.getMessage(), e);
        }
        LOG.info("history open at {}.mv.db", absolute);
        return new HistoryDatabase(absolute, url, pool);
    }

    private static String describeOpenFailure(Path file, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("Database may be already in use") || message.contains("locked")) {
            return "The history at " + file + ".mv.db is in use by another Floorwatch; close that one or pick "
                    + "another file (--db).";
        }
        return "The history at " + file + ".mv.db cannot be opened: " + message;
    }

    /** The file, without H2's {@code .mv.db} suffix. */
    public Path file() {
        return file;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Compacts and closes. Any writer must be closed first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // The pool goes first: a pooled connection rolls back when returned, which fails once the database is shut.
        pool.dispose();
        try (Connection connection = DriverManager.getConnection(url, "floorwatch", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("history could not be compacted on close: {}", e.getMessage());
        }
    }
}
