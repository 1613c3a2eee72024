package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RejectedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one thread that writes history. Feeds hand it events through a bounded queue; it writes them in JDBC
 * batches (at {@code batchSize} rows or every {@code maxDelay}), one transaction per batch. A replayed or
 * re-seeded event hits the unique key and is skipped (H2 runs the rest of a batch after a failed row, so the
 * batch commits without it); plain INSERT keeps the common case as fast as a raw batch. A full queue makes the
 * producer wait (up to {@code offerTimeout}) rather than lose what it holds; only then is an event counted as
 * dropped.
 */
public final class HistoryWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);
    static final String INSERT_STATE = "INSERT INTO agent_state_events (agent_no, ts, kind, state, definition_id, "
            + "received) VALUES (?, ?, ?, ?, ?, ?)";
    /** H2's SQLState for a unique-key violation: the event is already stored. */
    private static final String DUPLICATE_KEY = "23505";
    private static final String INSERT_REJECTED =
            "INSERT INTO rejected_messages (received, source, reason, payload) VALUES (?, ?, ?, ?)";

    private final HistoryDatabase database;
    private final BlockingQueue<Object> queue;
    private final int batchSize;
    private final Duration maxDelay;
    private final Duration offerTimeout;
    private final Clock clock;
    private final Thread thread;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AgentNumbers agents = new AgentNumbers();
    private volatile boolean running = true;
    private volatile String lastProblem = "";

    /** A request for the writer thread itself: a flush barrier or a retention prune. */
    private sealed interface Command permits Barrier, Prune {
    }

    private record Barrier(CountDownLatch done) implements Command {
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

    /** The defaults: 200,000 events of headroom (seconds at the fastest floor), batches of 1,000 or 200 ms. */
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

    public boolean reject(RejectedMessage message) {
        return enqueue(message);
    }

    private boolean enqueue(Object item) {
        if (!running) {
            dropped.incrementAndGet();
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
            return false;
        }
        if (dropped.incrementAndGet() == 1) {
            LOG.warn("history queue full for {} ms; events are being dropped", offerTimeout.toMillis());
        }
        return false;
    }

    /** Waits until everything offered before this call is written (or the timeout passes). */
    public boolean flush(Duration timeout) {
        CountDownLatch done = new CountDownLatch(1);
        if (!enqueue(new Barrier(done))) {
            return false;
        }
        try {
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Deletes state events and rejected messages older than {@code cutoff}, on the writer thread; returns rows. */
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

    public long written() {
        return written.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Events skipped because they were already stored (replays, re-seeds). */
    public long duplicates() {
        return duplicates.get();
    }

    public long failedBatches() {
        return failedBatches.get();
    }

    /** The last write failure, or empty. */
    public String lastProblem() {
        return lastProblem;
    }

    private void run() {
        List<Object> batch = new ArrayList<>(batchSize);
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement states = connection.prepareStatement(INSERT_STATE);
                    PreparedStatement rejected = connection.prepareStatement(INSERT_REJECTED)) {
                while (running || !queue.isEmpty()) {
                    Object first = queue.poll(maxDelay.toMillis(), TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    fill(batch, System.nanoTime() + maxDelay.toNanos());
                    try {
                        write(connection, states, rejected, batch);
                    } catch (SQLException e) {
                        failedBatches.incrementAndGet();
                        lastProblem = "a history batch could not be written: " + e.getMessage();
                        LOG.error("history batch of {} items could not be written", batch.size(), e);
                        connection.rollback();
                        agents.clear();
                    }
                    runCommands(connection, batch);
                    batch.clear();
                }
            }
        } catch (SQLException e) {
            lastProblem = "history writer stopped: " + e.getMessage();
            LOG.error("history writer stopped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(Connection connection, PreparedStatement states, PreparedStatement rejected,
            List<Object> batch) throws SQLException {
        long received = clock.millis();
        int stateRows = 0;
        int rejectedRows = 0;
        for (Object item : batch) {
            if (item instanceof AgentStateEvent event) {
                bindState(connection, states, event, received);
                states.addBatch();
                stateRows++;
            } else if (item instanceof RejectedMessage message) {
                rejected.setLong(1, message.received().toEpochMilli());
                rejected.setString(2, truncate(message.source(), 64));
                rejected.setString(3, truncate(message.reason(), 1000));
                rejected.setString(4, message.payload());
                rejected.addBatch();
                rejectedRows++;
            }
        }
        int skipped = 0;
        if (stateRows > 0) {
            try {
                states.executeBatch();
            } catch (BatchUpdateException e) {
                skipped = onlyDuplicates(e);
                if (skipped < 0) {
                    // A row the schema refuses must not take the rest of the batch with it.
                    connection.rollback();
                    agents.clear();
                    failedBatches.incrementAndGet();
                    lastProblem = "a history batch was refused: " + e.getMessage();
                    LOG.warn("history batch of {} refused ({}); writing its rows one by one", stateRows,
                            e.getMessage());
                    writeOneByOne(connection, states, batch, received);
                    stateRows = 0;
                    skipped = 0;
                }
            }
        }
        if (rejectedRows > 0) {
            rejected.executeBatch();
        }
        connection.commit();
        duplicates.addAndGet(skipped);
        written.addAndGet(stateRows - skipped + rejectedRows);
    }

    /** How many rows of the batch failed only because they were already stored; -1 if anything else failed. */
    private static int onlyDuplicates(BatchUpdateException e) {
        int count = 0;
        for (SQLException cause = e.getNextException(); cause != null; cause = cause.getNextException()) {
            if (!DUPLICATE_KEY.equals(cause.getSQLState())) {
                return -1;
            }
            count++;
        }
        int failed = 0;
        for (int updated : e.getUpdateCounts()) {
            if (updated == java.sql.Statement.EXECUTE_FAILED) {
                failed++;
            }
        }
        return count == failed && DUPLICATE_KEY.equals(e.getSQLState()) ? failed : -1;
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
                    prune.deleted()[0] = prune(connection, prune.cutoff());
                } catch (SQLException e) {
                    connection.rollback();
                    lastProblem = "retention pruning failed: " + e.getMessage();
                    LOG.error("retention pruning failed", e);
                } finally {
                    prune.done().countDown();
                }
            } else if (item instanceof Barrier barrier) {
                barrier.done().countDown();
            }
        }
    }

    private void writeOneByOne(Connection connection, PreparedStatement states, List<Object> batch, long received)
            throws SQLException {
        for (Object item : batch) {
            if (item instanceof AgentStateEvent event) {
                try {
                    bindState(connection, states, event, received);
                    states.executeUpdate();
                    connection.commit();
                    written.incrementAndGet();
                } catch (SQLException e) {
                    connection.rollback();
                    agents.clear();
                    if (DUPLICATE_KEY.equals(e.getSQLState())) {
                        duplicates.incrementAndGet();
                    } else {
                        dropped.incrementAndGet();
                        LOG.warn("history refused the event of {} at {}: {}", event.agentId(), event.at(),
                                e.getMessage());
                    }
                }
            }
        }
    }

    private void bindState(Connection connection, PreparedStatement statement, AgentStateEvent event,
            long received) throws SQLException {
        statement.setInt(1, agents.numberOf(connection, event.agentId()));
        statement.setLong(2, event.at().toEpochMilli());
        statement.setInt(3, event.kind().ordinal());
        statement.setString(4, event.state());
        if (event.definitionId() == null) {
            statement.setNull(5, Types.VARCHAR);
        } else {
            statement.setString(5, event.definitionId());
        }
        statement.setLong(6, received);
    }

    private long prune(Connection connection, Instant cutoff) throws SQLException {
        long deleted = 0;
        // In slices, so a first prune of months of rows does not hold one giant transaction.
        String[] statements = {
            "DELETE FROM agent_state_events WHERE ts < ? FETCH FIRST 50000 ROWS ONLY",
            "DELETE FROM rejected_messages WHERE received < ? FETCH FIRST 50000 ROWS ONLY"};
        for (String sql : statements) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, cutoff.toEpochMilli());
                int slice;
                do {
                    slice = delete.executeUpdate();
                    connection.commit();
                    deleted += slice;
                } while (slice > 0);
            }
        }
        return deleted;
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
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
            LOG.warn("history writer did not finish within 30 s; {} events still queued", queue.size());
            thread.interrupt();
        }
    }
}
