package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer killed mid-ingest (SIGKILL to a forked JVM) leaves a file that opens, reads and takes writes. */
class KilledWriterIT {
    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidIngestLosesAtMostTheUnflushedBatch() throws Exception {
        Path base = dir.resolve("killed");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IngestUntilKilled.class.getName(), base.toString()).redirectErrorStream(true).start();
        long confirmed = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int flushes = 0;
            while (flushes < 8 && (line = lines.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    confirmed = Long.parseLong(line.substring(7).trim());
                    flushes++;
                }
            }
            assertThat(flushes).as("the child reported its flushes").isEqualTo(8);

            // While the child holds the file, a second Floorwatch shares it and reads what the child stored.
            try (HistoryStore shared = HistoryStore.openToRead(base, Clock.systemUTC())) {
                assertThat(shared.states().count()).isGreaterThanOrEqualTo(confirmed);
            }

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (HistoryStore reopened = HistoryStore.openOrFail(base, Duration.ofDays(90), Clock.systemUTC())) {
            long count = reopened.states().count();
            assertThat(count).isGreaterThanOrEqualTo(confirmed);
            assertThat(reopened.states().page(StateQuery.all(), null, 50).rows()).hasSize(50);
            reopened.writer().offer(AgentStateEvent.presence("after", SystemPresence.AVAILABLE, null, Instant.now()));
            assertThat(reopened.writer().flush(Duration.ofSeconds(10))).isTrue();
            assertThat(reopened.states().count()).isEqualTo(count + 1);
        }
    }
}
