package io.floorwatch.history;

import io.floorwatch.domain.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * How a service writes its audit entries: who is acting and when, handed to the history writer (which assigns
 * the chain); an entry the writer cannot take is logged as an error, since the write it describes has happened.
 */
public final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final HistoryWriter writer;
    private final String actor;
    private final Clock clock;

    public AuditTrail(HistoryWriter writer, String actor, Clock clock) {
        this.writer = writer;
        this.actor = actor;
        this.clock = clock;
    }

    /** @param outcome {@link AuditEntry#OK}, or what went wrong */
    public void record(String action, String target, String before, String after, String outcome,
            long latencyMillis) {
        if (!writer.offer(new AuditEntry(clock.instant(), actor, action, target, before, after, outcome,
                latencyMillis))) {
            LOG.error("the audit entry for {} {} could not be stored", action, target);
        }
    }

    /** Milliseconds since {@code startNanos} (a {@link System#nanoTime()}), a write's latency. */
    /**
     * A target as the audit keeps it: the id Genesys knows it by, and the name a person knows it by, so the log
     * can be searched and read by either ("8f2c... (Billing)").
     */
    public static String named(String id, String name) {
        return name == null || name.isBlank() || name.equals(id) ? id : id + " (" + name + ")";
    }

    public static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
