package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.RejectedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one thread that writes history. Feeds hand it state and interaction events, queue samples, alerts and rejected
 * messages through a
 * bounded queue; it writes them in JDBC batches (at {@code batchSize} rows or every {@code maxDelay}), one
 * transaction per batch. A replayed or re-seeded row hits its table's unique key and is skipped (H2 runs the
 * rest of a batch after a failed row, so the batch commits without it); plain INSERT keeps the common case as
 * fast as a raw batch. A full queue makes the producer wait (up to {@code offerTimeout}) rather than lose what
 * it holds; only then is an item counted as dropped.
 */
public final class HistoryWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);
    /** H2's SQLState for a unique-key violation: the row is already stored. */
    private static final String DUPLICATE_KEY = "23505";
    /**
     * H2's error codes for a connection whose database went away (connection broken, database closed, called at
     * shutdown, object closed): the other Floorwatch that served a shared file closed.
     */
    private static final Set<Integer> LOST_CONNECTION = Set.of(90067, 90098, 90121, 90007);
    /** Up to 15 s for another process to take the shared file over. */
    private static final int MAX_RECONNECTS = 30;
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(500);

    private final HistoryDatabase database;
    private final BlockingQueue<Object> queue;
    private final int batchSize;
    private final Duration maxDelay;
    private final Duration offerTimeout;
    private final Clock clock;
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final Tables tables = new Tables();
    private volatile boolean running = true;
    private volatile String lastProblem = "";
    /** Something offered since the last barrier was not stored (refused, or dropped on a full queue). */
    private volatile boolean lostSinceBarrier;

    /** A request for the writer thread itself: a flush barrier or a retention prune. */
    private sealed interface Command permits Barrier, Prune {
    }

    /** Completes with whether everything offered before it was stored. */
    private record Barrier(CompletableFuture<Boolean> stored) implements Command {
    }

    private record Prune(Instant cutoff, CountDownLatch done, long[] deleted) implements Command {
    }

    public HistoryWriter(HistoryDatabase database, int capacity, int batchSize, Duration maxDelay,
            Duration offerTimeout, Clock clock) {
        this.database = database;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.maxDelay = maxDelay;
        this.offerTimeout = offerTimeout;
        this.clock = clock;
        this.thread = new Thread(this::run, "history-writer");
        this.thread.setDaemon(true);
    }

    /**
     * The defaults: 200,000 items of headroom (seconds at the fastest floor), batches of 1,000 or 200 ms. H2 takes
     * a stream of inserts fastest in transactions of about a thousand rows: at 5,000 its undo log grew and the
     * ingest benchmark fell from about 75 % of a raw JDBC insert to about 60 %.
     */
    public static HistoryWriter standard(HistoryDatabase database, Clock clock) {
        return new HistoryWriter(database, 200_000, 1_000, Duration.ofMillis(200), Duration.ofSeconds(5), clock);
    }

    public HistoryWriter start() {
        thread.start();
        return this;
    }

    public boolean offer(AgentStateEvent event) {
        return enqueue(event);
    }

    public void offerAll(Collection<AgentStateEvent> events) {
        for (AgentStateEvent event : events) {
            enqueue(event);
        }
    }

    /** A change to an agent's interaction (for occupancy and the interaction history). */
    public boolean offer(InteractionEvent event) {
        return enqueue(event);
    }

    /** An agent's adherence record, heard at {@code seenAt}: in effect from then to the agent's next one. */
    public boolean offer(Adherence adherence, Instant seenAt) {
        return enqueue(new AdherenceRow(adherence, seenAt));
    }

    public boolean offer(QueueSample sample) {
        return enqueue(sample);
    }

    /** Appends an entry to the audit log (chained to the one before it on the writer thread). */
    public boolean offer(AuditEntry entry) {
        return enqueue(entry);
    }

    /** Stores this version of an alert (replacing the one stored before). */
    public boolean offer(Alert alert) {
        return enqueue(alert);
    }

    public boolean reject(RejectedMessage message) {
        return enqueue(message);
    }

    private boolean enqueue(Object item) {
        if (!running) {
            dropped.incrementAndGet();
            lostSinceBarrier = true;
            return false;
        }
        try {
            if (queue.offer(item, offerTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            // The producer is being stopped; what it still held is not stored, and counted as such.
            Thread.currentThread().interrupt();
            dropped.incrementAndGet();
            lostSinceBarrier = true;
            return false;
        }
        lostSinceBarrier = true;
        if (dropped.incrementAndGet() == 1) {
            LOG.warn("history queue full for {} ms; items are being dropped", offerTimeout.toMillis());
        }
        return false;
    }

    /**
     * Waits until everything offered before this call is written. True only if it all was stored (or already
     * was): false when the timeout passed, or when something since the previous flush was refused or dropped.
     * The Kafka consumer commits offsets on true only.
     */
    public boolean flush(Duration timeout) {
        try {
            return confirmation().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /**
     * A barrier that does not wait: it completes, once everything offered before this call is written, with true
     * if it all was stored and false if something since the previous barrier was refused or dropped. The Kafka
     * consumers keep reading while it is pending, and commit the offsets it covers when it completes true.
     */
    public CompletableFuture<Boolean> confirmation() {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        if (!enqueue(new Barrier(stored))) {
            stored.complete(false);
        }
        return stored;
    }

    /** Deletes rows older than {@code cutoff} from every table that keeps them, on the writer thread. */
    public long prune(Instant cutoff, Duration timeout) {
        CountDownLatch done = new CountDownLatch(1);
        long[] deleted = new long[1];
        if (!enqueue(new Prune(cutoff, done, deleted))) {
            return 0;
        }
        try {
            done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return deleted[0];
    }

    public int queueDepth() {
        return queue.size();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Rows skipped because they were already stored (replays, re-seeds, redelivery). */
    public long duplicates() {
        return duplicates.get();
    }

    /** The last write failure, or empty. */
    public String lastProblem() {
        return lastProblem;
    }

    private void run() {
        List<Object> batch = new ArrayList<>(batchSize);
        int reconnects = 0;
        while (true) {
            try (Connection connection = database.writerConnection()) {
                connection.setAutoCommit(false);
                tables.prepare(connection);
                try {
                    writeUntilClosed(connection, batch);
                    return;
                } finally {
                    tables.close();
                }
            } catch (SQLException e) {
                if (!connectionLost(e) || ++reconnects > MAX_RECONNECTS) {
                    lastProblem = "history writer stopped: " + e.getMessage();
                    LOG.error("history writer stopped", e);
                    return;
                }
                // The Floorwatch that served the shared file closed: the next connection takes the file over
                // (or reaches whoever did). The batch in hand is written again there.
                tables.forgetNumbers();
                LOG.warn("history connection lost ({}); reconnecting, {} items in hand", e.getMessage(),
                        batch.size());
                if (!pause(RECONNECT_PAUSE)) {
                    return;
                }
            }
        }
    }

    /** Writes batches until closed and drained; a lost connection is thrown with the batch in hand kept. */
    private void writeUntilClosed(Connection connection, List<Object> batch) throws SQLException {
        try {
            while (running || !queue.isEmpty() || !batch.isEmpty()) {
                if (batch.isEmpty()) {
                    Object first = queue.poll(maxDelay.toMillis(), TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    fill(batch, System.nanoTime() + maxDelay.toNanos());
                }
                try {
                    write(connection, batch);
                } catch (SQLException e) {
                    if (connectionLost(e)) {
                        throw e;
                    }
                    lostSinceBarrier = true;
                    lastProblem = "a history batch could not be written: " + e.getMessage();
                    LOG.error("history batch of {} items could not be written", batch.size(), e);
                    connection.rollback();
                    tables.forgetNumbers();
                }
                runCommands(connection, batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the failure is the connection's (the database closed under it), not the rows'. */
    static boolean connectionLost(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (LOST_CONNECTION.contains(cause.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void write(Connection connection, List<Object> batch) throws SQLException {
        long received = clock.millis();
        int rows = 0;
        int skipped;
        try {
            tables.numberAgents(connection, batch);
            for (Object item : batch) {
                if (tables.add(connection, item, received)) {
                    rows++;
                }
            }
            skipped = rows == 0 ? 0 : tables.executeAll();
        } catch (SQLException e) {
            if (connectionLost(e)) {
                throw e;
            }
            // A row the schema refuses (an over-long id, say) must not take the rest of the batch with it.
            tables.clearBatches();
            connection.rollback();
            tables.forgetNumbers();
            lastProblem = "a history batch was refused: " + e.getMessage();
            LOG.warn("history batch of {} items refused ({}); writing them one by one", batch.size(),
                    e.getMessage());
            writeOneByOne(connection, batch, received);
            return;
        }
        if (rows == 0) {
            return;
        }
        connection.commit();
        duplicates.addAndGet(skipped);
    }

    private void writeOneByOne(Connection connection, List<Object> batch, long received) throws SQLException {
        for (Object item : batch) {
            try {
                if (!tables.add(connection, item, received)) {
                    continue;
                }
                tables.executeAll();
                connection.commit();
            } catch (SQLException e) {
                if (connectionLost(e)) {
                    throw e;
                }
                connection.rollback();
                tables.forgetNumbers();
                tables.clearBatches();
                if (isOnlyDuplicates(e)) {
                    duplicates.incrementAndGet();
                } else {
                    dropped.incrementAndGet();
                    lostSinceBarrier = true;
                    LOG.warn("history refused {}: {}", item, e.getMessage());
                }
            }
        }
    }

    /** How many rows of a failed batch failed only because they were already stored; -1 if anything else. */
    static int onlyDuplicates(BatchUpdateException e) {
        int count = 0;
        for (SQLException cause = e.getNextException(); cause != null; cause = cause.getNextException()) {
            if (!DUPLICATE_KEY.equals(cause.getSQLState())) {
                return -1;
            }
            count++;
        }
        int failed = 0;
        for (int updated : e.getUpdateCounts()) {
            if (updated == Statement.EXECUTE_FAILED) {
                failed++;
            }
        }
        return count == failed && DUPLICATE_KEY.equals(e.getSQLState()) ? failed : -1;
    }

    private static boolean isOnlyDuplicates(SQLException e) {
        return e instanceof BatchUpdateException batch ? onlyDuplicates(batch) >= 0
                : DUPLICATE_KEY.equals(e.getSQLState());
    }

    /**
     * Tops the batch up to {@code batchSize}, waiting until the deadline for more (a flush barrier or a close
     * ends the wait): fewer, fuller transactions are what make H2 fast, and history may lag by a fraction of a
     * second.
     */
    private void fill(List<Object> batch, long deadlineNanos) throws InterruptedException {
        queue.drainTo(batch, batchSize - batch.size());
        while (batch.size() < batchSize && running && !(batch.get(batch.size() - 1) instanceof Command)) {
            long wait = deadlineNanos - System.nanoTime();
            if (wait <= 0) {
                return;
            }
            Object next = queue.poll(Math.min(wait, 5_000_000L), TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
                queue.drainTo(batch, batchSize - batch.size());
            }
        }
    }

    /** Runs the batch's commands after its rows are written, so a barrier means "all before me is stored". */
    private void runCommands(Connection connection, List<Object> batch) throws SQLException {
        for (Object item : batch) {
            if (item instanceof Prune prune) {
                try {
                    prune.deleted()[0] = Retention.prune(connection, prune.cutoff());
                } catch (SQLException e) {
                    connection.rollback();
                    lastProblem = "retention pruning failed: " + e.getMessage();
                    LOG.error("retention pruning failed", e);
                } finally {
                    prune.done().countDown();
                }
            } else if (item instanceof Barrier barrier) {
                boolean stored = !lostSinceBarrier;
                lostSinceBarrier = false;
                barrier.stored().complete(stored);
            }
        }
    }

    /** Writes what is queued, then stops the thread. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("history writer did not finish within 30 s; {} items still queued", queue.size());
            thread.interrupt();
        }
    }
}
