package io.floorwatch.history;

import io.floorwatch.domain.AuditEntry;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The child process of {@link SharedHistoryIT}, standing in for the window: opens the history as the window does
 * ({@link HistoryStore#open}), says "open", writes audit entries one transaction each, says "audited N", and
 * closes when its standard input says "close".
 */
public final class AuditWhileShared {
    private AuditWhileShared() {
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.parseInt(args[1]);
        HistoryStore store = HistoryStore.open(Path.of(args[0]), Duration.ofDays(90), Clock.systemUTC());
        String problem = store.opened().toCompletableFuture().join().orElse("");
        System.out.println(problem.isEmpty() ? "open" : "in memory: " + problem);
        for (int i = 0; i < entries; i++) {
            store.writer().offer(new AuditEntry(Instant.now(), "window", "skills.apply", "agent " + i, "", "",
                    AuditEntry.OK, 5));
            if (!store.writer().flush(Duration.ofSeconds(30))) {
                System.out.println("not stored: " + store.writer().lastProblem());
            }
            Thread.sleep(10);
        }
        System.out.println("audited " + entries);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (!"close".equals(in.readLine())) {
                Thread.onSpinWait();
            }
        }
        store.close();
        System.out.println("closed");
    }
}
