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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The H2 history file: opened (and migrated) once, handing out pooled connections; closed with
 * {@code SHUTDOWN COMPACT}, because heavy indexed inserts leave the file several times larger than its data.
 *
 * <p>The window and the commands use one file at the same time through H2's automatic mixed mode: the first to open
 * it holds it in-process and serves it on a loopback port, whose address and a 128-bit key H2 writes into the
 * lock file next to it (only this user can read it); the others connect there, and when the first closes, one of
 * them takes the file over.
 */
public final class HistoryDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryDatabase.class);

    static {
        // H2 serves the file on the machine's network address unless told otherwise; the history is nobody's
        // business off this machine. Read once, when H2 first loads, so it is set before any H2 class is used.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** The database once it is open: its file (or memory name), URL, pool, and why it is not the file asked for. */
    private record Opened(Path file, String url, JdbcConnectionPool pool, Optional<String> problem) {
    }

    private final CompletableFuture<Opened> opened;
    private boolean closed;

    private HistoryDatabase(CompletableFuture<Opened> opened) {
        this.opened = opened;
    }

    /**
     * Opens (creating if needed) the database whose file is {@code base + ".mv.db"} and brings its schema up to
     * date, or fails with the reason. WRITE_DELAY=0 makes every commit reach the file at once, so killing the
     * process loses at most the batch being written. AUTO_SERVER shares the file with another Floorwatch that has
     * it open (and needs H2's own close at exit, which only closes: compacting is ours, in {@link #close()}); a
     * writer waits up to 10 s for a row the other holds (the audit chain's head).
     */
    public static HistoryDatabase open(Path base) {
        return new HistoryDatabase(CompletableFuture.completedFuture(openFile(base)));
    }

    /**
     * Opens the file on a thread of its own and returns at once, so the window's first live frame need not wait
     * for H2 and the schema migration (two seconds of a cold start); whoever asks for a connection before then
     * waits for it. A file that cannot be used (another Floorwatch holds it, the disk refuses) is replaced by a
     * history in memory, and {@link #opened()} says why.
     */
    public static HistoryDatabase openInBackground(Path base) {
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(openFile(base));
            } catch (HistoryException e) {
                LOG.warn("{}; keeping history in memory for this run", e.getMessage());
                opening.complete(memory(Optional.of(e.getMessage()
                        + " History is kept in memory until Floorwatch closes.")));
            } catch (RuntimeException | Error e) {
                LOG.error("the history could not be opened, not even in memory", e);
                opening.completeExceptionally(e);
            }
        }, "history-open");
        thread.setDaemon(true); // it ends once the file is open; closing waits for that through the future
        thread.start();
        return new HistoryDatabase(opening);
    }

    private static Opened openFile(Path base) {
        Path absolute = base.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new HistoryException("Cannot create the history folder " + absolute.getParent() + ": "
                    + e.getMessage(), e);
        }
        return connect("jdbc:h2:file:" + absolute + ";WRITE_DELAY=0;AUTO_SERVER=TRUE;"
                + "LOCK_TIMEOUT=10000", absolute, Optional.empty());
    }

    /** A history that lives only as long as the process: the fallback when the file cannot be used. */
    private static Opened memory(Optional<String> problem) {
        String name = "floorwatch-" + UUID.randomUUID();
        return connect("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", Path.of("(memory)", name), problem);
    }

    private static Opened connect(String url, Path absolute, Optional<String> problem) {
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
        return new Opened(absolute, url, pool, problem);
    }

    private static String describeOpenFailure(Path file, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("Database may be already in use") || message.contains("locked")) {
            return "The history at " + file + ".mv.db is held by another program that does not share it (an older "
                    + "Floorwatch?); close that one or pick another file (--db).";
        }
        return "The history at " + file + ".mv.db cannot be opened: " + message;
    }

    /** Whether a session other than this statement's is open on the database (another process's, say). */
    private static boolean othersConnected(Statement statement) throws SQLException {
        try (ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return sessions.next() && sessions.getLong(1) > 1;
        }
    }

    /** The file, without H2's {@code .mv.db} suffix (waits for it to be open). */
    public Path file() {
        return ready().file();
    }

    /** Done when the database is open: with why it is kept in memory instead of the file, if it is. */
    public CompletionStage<Optional<String>> opened() {
        return opened.thenApply(Opened::problem);
    }

    /**
     * A connection of its own for the writer, outside the pool: when the Floorwatch serving a shared file closes,
     * the writer drops it and opens a fresh one (a pooled one would come back as the same broken session).
     */
    Connection writerConnection() throws SQLException {
        return DriverManager.getConnection(ready().url(), "floorwatch", "");
    }

    /** A pooled connection; waits for the database to be open. */
    Connection connection() throws SQLException {
        return ready().pool().getConnection();
    }

    private Opened ready() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            throw new HistoryException("The history could not be opened: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Compacts and closes. Any writer must be closed first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Opened database;
        try {
            database = opened.join(); // one still opening is closed once it is open, not left holding the file
        } catch (CompletionException e) {
            return; // it never opened: nothing to close
        }
        JdbcConnectionPool pool = database.pool();
        String url = database.url();
        // The pool goes first: a pooled connection rolls back when returned, which fails once the database is shut.
        pool.dispose();
        try (Connection connection = DriverManager.getConnection(url, "floorwatch", "");
                Statement statement = connection.createStatement()) {
            if (othersConnected(statement)) {
                // Shutting down would cut off the other Floorwatch using the file; the last one out compacts.
                LOG.info("history closed; another Floorwatch still uses {}.mv.db, so it is not compacted now",
                        database.file());
                return;
            }
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("history could not be compacted on close: {}", e.getMessage());
        }
    }
}
