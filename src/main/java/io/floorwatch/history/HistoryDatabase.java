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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The H2 history file: opened (and migrated) once, handing out pooled connections; closed with
 * {@code SHUTDOWN COMPACT}, because heavy indexed inserts leave the file several times larger than its data.
 *
 * <p>The window and the commands use one file at the same time: the first to open it holds it in-process and
 * serves it on a loopback port ({@link HistoryServer}); the others connect there, and when the first closes, the
 * next writer to need it takes the file over.
 */
public final class HistoryDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryDatabase.class);

    /** H2's error code when another process has the file open. */
    private static final int ALREADY_OPEN = 90020;

    static {
        // H2 binds its servers to every address unless told otherwise; the history is nobody's business off this
        // machine. Read once, when H2 first loads, so it is set before any H2 class is used.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /**
     * The database once it is open: its file (or memory name), URL, pool, why it is not the file asked for, and
     * the server sharing it when this process holds the file (null when memory, or a guest of another process).
     */
    private record Opened(Path file, String url, JdbcConnectionPool pool, Optional<String> problem,
            HistoryServer server) {
        boolean guest() {
            return server == null && url.startsWith("jdbc:h2:tcp:");
        }

        Opened servedBy(HistoryServer sharing) {
            return new Opened(file, url, pool, problem, sharing);
        }
    }

    private final CompletableFuture<Opened> opened;
    /** The database after a take-over (the process that served the file closed); null before. */
    private volatile Opened taken;
    private boolean closed;

    private HistoryDatabase(CompletableFuture<Opened> opened) {
        this.opened = opened;
    }

    /**
     * Opens (creating if needed) the database whose file is {@code base + ".mv.db"} and brings its schema up to
     * date, or fails with the reason. WRITE_DELAY=0 makes every commit reach the file at once, so killing the
     * process loses at most the batch being written; closing is ours to do (DB_CLOSE_ON_EXIT=FALSE), so it can
     * compact. When another Floorwatch of this user holds the file, this one uses it through that one's server; a
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

    /** Holds the file and serves it; or, when another Floorwatch of this user holds it, connects to that one. */
    private static Opened openFile(Path base) {
        Path absolute = base.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new HistoryException("Cannot create the history folder " + absolute.getParent() + ": "
                    + e.getMessage(), e);
        }
        Optional<HistoryServer.Address> served = HistoryServer.find(absolute);
        if (served.isPresent()) {
            try {
                return guestOf(absolute, served.get());
            } catch (HistoryException e) {
                // The process that wrote the note is gone (killed, say): the file is free to hold.
                LOG.info("history {}.mv.db is no longer served ({}); opening it here", absolute, e.getMessage());
            }
        }
        Opened held;
        try {
            held = connect("jdbc:h2:file:" + absolute + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                    absolute, Optional.empty());
        } catch (HistoryException e) {
            if (!(e.getCause() instanceof SQLException sql && sql.getErrorCode() == ALREADY_OPEN)) {
                throw e;
            }
            // Another process opened it a moment ago and may be writing its note now.
            return guestOf(absolute, HistoryServer.find(absolute).orElseThrow(() -> new HistoryException(
                    "The history at " + absolute + ".mv.db is held by another program that does not share it (an "
                            + "older Floorwatch?); close that one or pick another file (--db).", e)));
        }
        try {
            return held.servedBy(HistoryServer.start(absolute));
        } catch (SQLException | IOException e) {
            // Still usable here; only the commands cannot use it while this process holds it.
            LOG.warn("history {}.mv.db cannot be shared with other Floorwatch processes: {}", absolute,
                    e.getMessage());
            return held;
        }
    }

    private static Opened guestOf(Path absolute, HistoryServer.Address address) {
        Opened guest = connect(address.url(), absolute, Optional.empty());
        LOG.info("history {}.mv.db is held by another Floorwatch; using it through 127.0.0.1:{}", absolute,
                address.port());
        return guest;
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
        return new Opened(absolute, url, pool, problem, null);
    }

    private static String describeOpenFailure(Path file, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return "The history at " + file + ".mv.db cannot be opened: " + message;
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
     * A connection of its own for the writer, outside the pool (a pooled one would come back as the same broken
     * session). When the Floorwatch that served the file has closed, this process takes the file over first.
     */
    Connection writerConnection() throws SQLException {
        Opened now = ready();
        try {
            return DriverManager.getConnection(now.url(), "floorwatch", "");
        } catch (SQLException e) {
            if (!now.guest() || !HistoryWriter.connectionLost(e)) {
                throw e;
            }
            return DriverManager.getConnection(takeOver(now).url(), "floorwatch", "");
        }
    }

    /** Opens the file again (holding it now, or reaching whoever took it over first) in place of {@code gone}. */
    private synchronized Opened takeOver(Opened gone) {
        if (taken != null && taken != gone) {
            return taken;
        }
        if (closed) {
            throw new HistoryException("The history is closed", null);
        }
        Opened next = openFile(gone.file());
        taken = next;
        gone.pool().dispose();
        LOG.info("history {}.mv.db taken over from the Floorwatch that served it", gone.file());
        return next;
    }

    /** A pooled connection; waits for the database to be open. */
    Connection connection() throws SQLException {
        return ready().pool().getConnection();
    }

    private Opened ready() {
        Opened now = taken;
        if (now != null) {
            return now;
        }
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
            database = ready(); // one still opening is closed once it is open, not left holding the file
        } catch (HistoryException e) {
            return; // it never opened: nothing to close
        }
        JdbcConnectionPool pool = database.pool();
        // The pool goes first: a pooled connection rolls back when returned, which fails once the database is shut.
        pool.dispose();
        if (database.guest()) {
            return; // the file is the serving process's to close
        }
        if (database.server() != null) {
            database.server().close(); // the guests' writers take the file over once it is closed here
        }
        try (Connection connection = DriverManager.getConnection(database.url(), "floorwatch", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("history could not be compacted on close: {}", e.getMessage());
        }
    }
}
