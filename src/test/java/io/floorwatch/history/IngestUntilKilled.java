package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.SystemPresence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The child process of {@link KilledWriterIT}: writes state events as fast as it can and, after each flush,
 * prints how many events are known to be stored. It never stops by itself; the test kills it.
 */
public final class IngestUntilKilled {
    private IngestUntilKilled() {
    }

    public static void main(String[] args) {
        HistoryStore store = HistoryStore.openOrFail(Path.of(args[0]), Duration.ofDays(90), Clock.systemUTC());
        SystemPresence[] presences = SystemPresence.values();
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        long offered = 0;
        while (true) {
            for (int i = 0; i < 5_000; i++, offered++) {
                store.writer().offer(AgentStateEvent.presence("agent-" + (offered % 2_000),
                        presences[(int) (offered % presences.length)], "def", start.plusMillis(offered)));
            }
            if (store.writer().flush(Duration.ofSeconds(30))) {
                System.out.println("stored " + offered);
                System.out.flush();
            }
        }
    }
}
