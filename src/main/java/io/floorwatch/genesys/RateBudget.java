package io.floorwatch.genesys;

import io.floorwatch.domain.RateLimitStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The request budget of one OAuth client, learnt from the {@code inin-ratelimit-allowed/count/reset} headers
 * of every response (never hard-coded: real orgs report 180 or 300 and support can raise it).
 *
 * <p>Every call passes {@link #acquire()}, which waits while a 429's {@code Retry-After} runs or the window is
 * spent. Bulk jobs use {@link #acquirePaced()}, which also spreads calls evenly over the window so that a
 * thousand-agent job never meets a 429 at all.
 */
public final class RateBudget {
    /** Calls kept back from paced jobs so that interactive calls still get through. */
    private static final int INTERACTIVE_RESERVE = 5;

    private final Clock clock;
    private final Sleeper sleeper;
    private int allowed;
    private int used;
    private Instant resetAt = Instant.EPOCH;
    private Instant pausedUntil = Instant.EPOCH;
    private Instant nextPacedSlot = Instant.EPOCH;

    public RateBudget(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Records what a response said about the window. */
    public synchronized void observe(int allowedPerWindow, int count, long resetSeconds) {
        if (allowedPerWindow <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant newReset = now.plusSeconds(Math.max(0, resetSeconds));
        // Responses can arrive out of order; within one window the count only grows.
        if (allowedPerWindow != allowed || newReset.isAfter(resetAt.plusSeconds(1)) || count > used) {
            allowed = allowedPerWindow;
            used = count;
            resetAt = newReset;
        }
    }

    /** A 429 said to wait: nobody calls until then. */
    public synchronized void pauseFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** Waits until a call may be made now. */
    public void acquire() throws InterruptedException {
        while (true) {
            Duration wait = waitBeforeCall(0, false);
            if (wait.isZero()) {
                return;
            }
            sleeper.sleep(wait);
        }
    }

    /**
     * Waits for the next evenly spaced slot in the window, keeping a reserve for interactive calls. It takes no
     * budget itself: the call that follows counts through {@link #acquire()} (counting both halved a bulk job's
     * pace, which the skill-apply benchmark showed).
     */
    public void acquirePaced() throws InterruptedException {
        while (true) {
            Duration wait = waitBeforeCall(INTERACTIVE_RESERVE, true);
            if (wait.isZero()) {
                return;
            }
            sleeper.sleep(wait);
        }
    }

    private synchronized Duration waitBeforeCall(int reserve, boolean paced) {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return Duration.between(now, pausedUntil);
        }
        if (allowed > 0 && now.isBefore(resetAt) && used >= allowed - reserve) {
            return Duration.between(now, resetAt).plusMillis(50);
        }
        if (allowed > 0 && !now.isBefore(resetAt)) {
            used = 0;
        }
        if (paced && allowed > 0) {
            if (now.isBefore(nextPacedSlot)) {
                return Duration.between(now, nextPacedSlot);
            }
            long spacingMillis = 60_000L / Math.max(1, allowed - reserve);
            nextPacedSlot = now.plusMillis(spacingMillis);
        }
        if (allowed > 0 && !paced) {
            used++;
        }
        return Duration.ZERO;
    }

    public synchronized RateLimitStatus status() {
        if (allowed == 0) {
            return RateLimitStatus.UNKNOWN;
        }
        boolean windowOver = !clock.instant().isBefore(resetAt);
        return new RateLimitStatus(allowed, windowOver ? 0 : used, resetAt);
    }
}
