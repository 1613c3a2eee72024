package io.floorwatch.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Time-boxes in history: the overlap check, writes from a stale copy refused, and the lease one runner holds. */
class TimeBoxStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-07T13:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;
    private TimeBoxStore store;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        store = history.timeBoxes();
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static TimeBoxRow box(String id, List<String> agents, Instant start, Duration length) {
        return box(id, "org", agents, start, length);
    }

    private static TimeBoxRow box(String id, String org, List<String> agents, Instant start, Duration length) {
        return new TimeBoxRow(id, "box " + id, org, "Ava", T0, start, start.plus(length), "SCHEDULED", agents,
                "{}", "{}", "[]", "", "", "", null, null, null, null, 0);
    }

    @Test
    void anOverlappingBoxForOneOfItsAgentsIsNotAdded() {
        assertThat(store.add(box("b-1", List.of("a-1", "a-2"), T0, Duration.ofHours(2)))).isEmpty();
        assertThat(store.add(box("b-2", List.of("a-3", "a-2"), T0.plus(Duration.ofHours(1)), Duration.ofHours(2))))
                .singleElement().satisfies(o -> {
                    assertThat(o.boxId()).isEqualTo("b-1");
                    assertThat(o.agentId()).isEqualTo("a-2");
                });
        assertThat(store.find("b-2")).isEmpty();
        assertThat(store.add(box("b-3", List.of("a-2"), T0.plus(Duration.ofHours(2)), Duration.ofHours(1))))
                .as("touching windows do not overlap").isEmpty();
        assertThat(store.add(box("b-4", "another org", List.of("a-2"), T0, Duration.ofHours(1))))
                .as("a box on another connection holds nobody here").isEmpty();
        assertThat(store.find("b-1").orElseThrow().agentIds()).containsExactly("a-1", "a-2");
        assertThat(store.live()).extracting(TimeBoxRow::id).containsExactly("b-1", "b-4", "b-3");
    }

    @Test
    void aWriteFromAStaleCopyIsRefusedAndLosesNothing() {
        store.add(box("b-1", List.of("a-1"), T0, Duration.ofHours(1)));
        TimeBoxRow read = store.find("b-1").orElseThrow();
        TimeBoxRow written = store.update(withState(read, "RUNNING")).orElseThrow();
        assertThat(written.version()).isEqualTo(1);
        assertThat(store.update(withState(read, "CANCELLED"))).as("written from version 0 after version 1").isEmpty();
        assertThat(store.find("b-1").orElseThrow().state()).isEqualTo("RUNNING");
    }

    @Test
    void oneRunnerHoldsTheLeaseUntilItLapsesOrIsGivenBack() {
        store.add(box("b-1", List.of("a-1"), T0, Duration.ofHours(1)));
        assertThat(store.lease("b-1", "desktop", T0, T0.plus(Duration.ofMinutes(2)))).isTrue();
        assertThat(store.lease("b-1", "schedule run", T0.plusSeconds(30), T0.plus(Duration.ofMinutes(3)))).isFalse();
        assertThat(store.lease("b-1", "desktop", T0.plusSeconds(30), T0.plus(Duration.ofMinutes(3))))
                .as("renewed by its holder").isTrue();
        assertThat(store.lease("b-1", "schedule run", T0.plus(Duration.ofMinutes(4)), T0.plus(Duration.ofMinutes(6))))
                .as("lapsed").isTrue();
        store.release("b-1", "desktop");
        assertThat(store.find("b-1").orElseThrow().leaseOwner()).as("only its holder gives it back")
                .isEqualTo("schedule run");
        store.release("b-1", "schedule run");
        assertThat(store.find("b-1").orElseThrow().leaseOwner()).isNull();
    }

    private static TimeBoxRow withState(TimeBoxRow b, String state) {
        return new TimeBoxRow(b.id(), b.title(), b.org(), b.createdBy(), b.createdAt(), b.startsAt(), b.endsAt(),
                state, b.agentIds(), b.plan(), b.revertPlan(), b.results(), b.projection(), b.report(), b.note(),
                b.appliedAt(), b.endedAt(), b.leaseOwner(), b.leaseUntil(), b.version());
    }
}
