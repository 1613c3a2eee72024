package io.floorwatch.drift;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.config.DriftSettings;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.history.HistoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The scheduled drift check: every interval (default 15 minutes) it reads the live org, paced by the rate budget,
 * and compares it with the chosen saved baseline. Differences it has not seen before are new drift, told to the
 * listeners once (the alert center raises one alert each); differences already seen are not told again, and one
 * that goes away and comes back is new again. Runs on a thread of its own; {@link #tick(Instant)} is public so a
 * test drives it with a fake clock.
 */
public final class DriftWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DriftWatch.class);

    private final Supplier<DriftSettings> settings;
    private final Supplier<Optional<DriftService>> service;
    private final Clock clock;
    private final List<Consumer<DriftCheck>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread;
    private final Set<String> seen = new HashSet<>();
    private String seenFor = "";
    /** Set from any thread ("check soon" comes from the FX thread), so never behind the check's lock. */
    private volatile Instant nextDue;
    private volatile DriftCheck last;

    /** @param service the drift service on the open connection, or empty while there is none */
    public DriftWatch(Supplier<DriftSettings> settings, Supplier<Optional<DriftService>> service, Clock clock) {
        this.settings = settings;
        this.service = service;
        this.clock = clock;
        this.thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("drift-watch"));
    }

    /** Looks every {@code every} whether a check is due (the first one is due a minute after start). */
    public DriftWatch start(Duration every) {
        nextDue = clock.instant().plus(Duration.ofMinutes(1));
        thread.scheduleWithFixedDelay(() -> {
            try {
                tick(clock.instant());
            } catch (RuntimeException e) {
                // A failed tick must not end the schedule (an uncaught exception would cancel it for good).
                LOG.error("drift check failed", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Runs a check if one is due at {@code now}; returns it, or empty when none was due or none is set up. */
    public synchronized Optional<DriftCheck> tick(Instant now) {
        DriftSettings current = settings.get();
        if (!current.scheduled()) {
            return Optional.empty();
        }
        if (nextDue != null && now.isBefore(nextDue)) {
            return Optional.empty();
        }
        nextDue = now.plus(Duration.ofMinutes(current.intervalMinutes()));
        DriftCheck check = check(current, now);
        last = check;
        for (Consumer<DriftCheck> listener : listeners) {
            try {
                listener.accept(check);
            } catch (RuntimeException e) {
                LOG.warn("a drift listener failed: {}", e.getMessage(), e);
            }
        }
        return Optional.of(check);
    }

    private DriftCheck check(DriftSettings current, Instant now) {
        if (!current.baselineName().equals(seenFor)) {
            // Another baseline: what was seen against the old one says nothing about the new one.
            seen.clear();
            seenFor = current.baselineName();
        }
        Optional<DriftService> connected = service.get();
        if (connected.isEmpty()) {
            return new DriftCheck(now, current.baselineName(), List.of(), List.of(), "not connected to an org", 0);
        }
        try {
            // The check runs to its end (close stops the executor), and no one watches its progress.
            Comparison live = connected.get().compare(new SnapshotSource.Saved(current.baselineName()),
                    new SnapshotSource.Live(), new IgnoreRules(current.ignoreFields(), current.ignoreEntities()),
                    () -> false, p -> { });
            List<DriftRow> rows = live.rows();
            List<DriftRow> fresh = rows.stream().filter(r -> !seen.contains(r.key())).toList();
            seen.clear();
            rows.forEach(r -> seen.add(r.key()));
            LOG.info("drift check against '{}': {} differences, {} new, {} calls", current.baselineName(),
                    rows.size(), fresh.size(), live.calls());
            return new DriftCheck(now, current.baselineName(), rows, fresh, "", live.calls());
        } catch (GenesysException | HistoryException | IllegalArgumentException e) {
            LOG.warn("drift check against '{}' could not run: {}", current.baselineName(), e.getMessage());
            return new DriftCheck(now, current.baselineName(), List.of(), List.of(), e instanceof GenesysException g
                    ? g.describe() : e.getMessage(), 0);
        }
    }

    /** Asks for a check at the next tick (settings changed); returns at once, even while a check runs. */
    public void checkSoon() {
        nextDue = null;
    }

    /** The last check, if any has run. */
    public Optional<DriftCheck> last() {
        return Optional.ofNullable(last);
    }

    /** Tells {@code listener} of every check from now on, on the watch's thread; close to stop. */
    public AutoCloseable subscribe(Consumer<DriftCheck> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("the drift check did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
