package io.floorwatch.cli;

import io.floorwatch.domain.ConnectionStatus;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How long a headless command runs and how often it reports, with the loop both {@code record} and
 * {@code collect} share: wait for the connection, then one summary line per interval until the duration ends or
 * the process is told to stop.
 */
final class RunOptions {
    @Option(names = "--duration", paramLabel = "D", converter = Durations.class,
            description = "how long to run (e.g. 90s, 30m, 8h); default: until stopped")
    Duration duration;

    @Option(names = "--interval", paramLabel = "D", converter = Durations.class,
            description = "time between summary lines (default ${DEFAULT-VALUE})", defaultValue = "10s")
    Duration interval;

    /** Refuses an interval that cannot pace a loop. */
    void check() {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("--interval must be positive");
        }
    }

    /** Waits for the connection (or says why there is none), then prints {@code summary} once per interval. */
    void run(HeadlessSession session, StopSignal stop, PrintWriter out, Supplier<String> summary)
            throws InterruptedException {
        ConnectionStatus status = session.awaitConnection(Duration.ofSeconds(60));
        if (status.state() != ConnectionStatus.State.CONNECTED) {
            throw new IllegalStateException("not connected to " + status.target() + ": " + status.message());
        }
        out.println("connected: " + status.message());
        out.flush();
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        boolean stopped = false;
        while (!stopped && System.nanoTime() < deadline) {
            Duration wait = Duration.ofNanos(Math.min(interval.toNanos(), deadline - System.nanoTime()));
            stopped = stop.await(wait);
            out.println(summary.get());
            out.flush();
        }
        session.stopFeeds();
    }
}
