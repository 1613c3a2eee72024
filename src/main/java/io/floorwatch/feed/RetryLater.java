package io.floorwatch.feed;

import org.slf4j.Logger;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A feed's read that failed, tried again on the feed's own thread after a wait that doubles each time (5 s, 10 s,
 * 20 s ... up to a minute), so a burst of refusals does not become a burst of retries.
 */
final class RetryLater {
    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration LONGEST = Duration.ofSeconds(60);

    private RetryLater() {
    }

    /** The wait after this one. */
    static Duration longer(Duration retry) {
        Duration doubled = retry.multipliedBy(2);
        return doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
    }

    /**
     * Runs {@code step} on the feed's {@code thread} after {@code wait}, unless the feed has closed.
     *
     * @param what the read, for the log: "the floor's read"
     */
    static void after(ScheduledExecutorService thread, Duration wait, Runnable step, Logger log, String what) {
        if (thread.isShutdown()) {
            return;
        }
        // A scheduled task's exception would vanish into its Future: log it instead.
        thread.schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error("retrying {} failed", what, e);
            }
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
