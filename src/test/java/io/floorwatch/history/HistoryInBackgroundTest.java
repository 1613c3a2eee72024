package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop's history opens on a thread of its own, so the window's first frame does not wait for H2 and the
 * migration: what is written before it is open is kept, reads wait for it, and a file that cannot be used is
 * replaced by a history in memory with the reason told once it is known.
 */
class HistoryInBackgroundTest {
    @TempDir
    Path dir;

    @Test
    void whatIsWrittenBeforeTheFileIsOpenIsStoredAndReadBack() throws Exception {
        Path base = dir.resolve("history");
        try (HistoryStore store = HistoryStore.open(base, Duration.ofDays(90), Clock.systemUTC())) {
            // Offered at once, most likely while the file is still being opened and migrated.
            store.writer().offer(AgentStateEvent.presence("u-1", SystemPresence.AVAILABLE, null, Instant.now()));
            assertThat(store.writer().flush(Duration.ofSeconds(20))).isTrue();
            assertThat(store.states().count()).isEqualTo(1);
            assertThat(store.opened().toCompletableFuture().get(20, TimeUnit.SECONDS)).isEmpty();
            assertThat(store.file()).isEqualTo(base.toAbsolutePath());
        }
        assertThat(Files.exists(dir.resolve("history.mv.db"))).as("the file, not memory").isTrue();
        try (HistoryStore reopened = HistoryStore.openOrFail(base, Duration.ofDays(90), Clock.systemUTC())) {
            assertThat(reopened.states().count()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatCannotBeUsedIsReplacedByMemoryAndTheReasonIsTold() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the history folder should be");
        try (HistoryStore store = HistoryStore.open(notAFolder.resolve("history"), Duration.ofDays(90),
                Clock.systemUTC())) {
            Optional<String> problem = store.opened().toCompletableFuture().get(20, TimeUnit.SECONDS);
            assertThat(problem).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("Cannot create the history folder", notAFolder.toString(), "kept in memory"));
            store.writer().offer(AgentStateEvent.presence("u-1", SystemPresence.AVAILABLE, null, Instant.now()));
            assertThat(store.writer().flush(Duration.ofSeconds(20))).isTrue();
            assertThat(store.states().count()).as("kept in memory for this run").isEqualTo(1);
        }
        assertThat(Files.readString(notAFolder)).as("what was there is untouched")
                .isEqualTo("a file where the history folder should be");
    }
}
