package io.floorwatch.history;

import io.floorwatch.base.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The history as the rest of the app holds it: the database, its one writer, its queries and the retention
 * job, opened together and closed in order (retention, writer, then the compacting close).
 */
public final class HistoryStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryStore.class);

    private final HistoryDatabase database;
    private final HistoryWriter writer;
    private final StateHistory states;
    private final QueueHistory queues;
    private final RejectedHistory rejected;
    private final AlertHistory alerts;
    private final OccupancyHistory occupancy;
    private final InteractionHistory interactions;
    private final AdherenceHistory adherence;
    private final AuditHistory audit;
    private final BaselineStore baselines;
    private final TimeBoxStore timeBoxes;
    private final ScheduledExecutorService retention;

    /** @param keep how long rows are kept; null for no retention job (a store opened only to read) */
    private HistoryStore(HistoryDatabase database, Duration keep, Clock clock) {
        this.database = database;
        this.writer = HistoryWriter.standard(database, clock).start();
        this.states = new StateHistory(database);
        this.queues = new QueueHistory(database);
        this.rejected = new RejectedHistory(database);
        this.alerts = new AlertHistory(database);
        this.occupancy = new OccupancyHistory(database);
        this.interactions = new InteractionHistory(database);
        this.adherence = new AdherenceHistory(database);
        this.audit = new AuditHistory(database);
        this.baselines = new BaselineStore(database);
        this.timeBoxes = new TimeBoxStore(database);
        this.retention = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("history-retention"));
        if (keep != null) {
            retention.scheduleWithFixedDelay(() -> {
                long deleted = writer.prune(clock.instant().minus(keep), Duration.ofMinutes(10));
                if (deleted > 0) {
                    LOG.info("retention: pruned {} rows older than {} days", deleted, keep.toDays());
                }
            }, 1, 6 * 60, TimeUnit.MINUTES);
        }
    }

    /**
     * Opens the history file in the background and returns at once: writes queue and reads wait until it is
     * open. If the file cannot be used (another Floorwatch holds it, the disk refuses), history is kept in memory
     * for this run and {@link #opened()} says why.
     */
    public static HistoryStore open(Path base, Duration keep, Clock clock) {
        return new HistoryStore(HistoryDatabase.openInBackground(base), keep, clock);
    }

    /** Opens the history file or fails with the reason (the command line wants to know, not to fall back). */
    public static HistoryStore openOrFail(Path base, Duration keep, Clock clock) {
        return new HistoryStore(HistoryDatabase.open(base), keep, clock);
    }

    /** Opens the history file to read it (an export): fails with the reason, and prunes nothing. */
    public static HistoryStore openToRead(Path base, Clock clock) {
        return new HistoryStore(HistoryDatabase.open(base), null, clock);
    }

    public HistoryWriter writer() {
        return writer;
    }

    public StateHistory states() {
        return states;
    }

    public QueueHistory queues() {
        return queues;
    }

    public RejectedHistory rejected() {
        return rejected;
    }

    public AuditHistory audit() {
        return audit;
    }

    /** Every change of agents' interactions. */
    public InteractionHistory interactions() {
        return interactions;
    }

    /** Agents' real-time adherence as it changed, and the share of a span they kept to their schedule. */
    public AdherenceHistory adherence() {
        return adherence;
    }

    /** Occupancy and utilisation over a span, per agent and per queue. */
    public OccupancyHistory occupancy() {
        return occupancy;
    }

    public AlertHistory alerts() {
        return alerts;
    }

    public TimeBoxStore timeBoxes() {
        return timeBoxes;
    }

    public BaselineStore baselines() {
        return baselines;
    }

    /** For this package (and its tests) only. */
    HistoryDatabase database() {
        return database;
    }

    public Path file() {
        return database.file();
    }

    /** Done once the history is open: with why it is not the file it should be, if it is not. */
    public CompletionStage<Optional<String>> opened() {
        return database.opened();
    }

    @Override
    public void close() {
        retention.shutdownNow();
        writer.close();
        database.close();
    }
}
