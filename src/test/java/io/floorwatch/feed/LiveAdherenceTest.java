package io.floorwatch.feed;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The live adherence: newer records replace older ones, and each change reaches the floor's change log. */
class LiveAdherenceTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private final LiveState live = new LiveState();

    @Test
    void aNewerRecordReplacesTheHeldOneAndTellsTheFloor() {
        long before = live.head();
        assertThat(live.adherence().apply(record(AdherenceState.IN_ADHERENCE, T0))).isTrue();
        assertThat(live.adherence().apply(record(AdherenceState.OUT_OF_ADHERENCE, T0.plusSeconds(60)))).isTrue();
        assertThat(live.adherence().of("a1")).get().extracting(Adherence::state)
                .isEqualTo(AdherenceState.OUT_OF_ADHERENCE);
        LiveState.Changes changes = live.changesSince(before, live.epoch());
        assertThat(changes.ids()).containsExactly("a1");
    }

    @Test
    void anOlderRecordOrTheSameOneAgainChangesNothing() {
        live.adherence().apply(record(AdherenceState.OUT_OF_ADHERENCE, T0.plusSeconds(60)));
        long before = live.head();
        assertThat(live.adherence().apply(record(AdherenceState.IN_ADHERENCE, T0))).as("older").isFalse();
        assertThat(live.adherence().apply(record(AdherenceState.OUT_OF_ADHERENCE, T0.plusSeconds(60))))
                .as("the same, heard again after a reconnect").isFalse();
        assertThat(live.adherence().of("a1")).get().extracting(Adherence::state)
                .isEqualTo(AdherenceState.OUT_OF_ADHERENCE);
        assertThat(live.head()).isEqualTo(before);
    }

    @Test
    void theScheduleMovingOnWithTheStateUnchangedIsStillAChange() {
        live.adherence().apply(record(AdherenceState.OUT_OF_ADHERENCE, T0));
        Adherence nextActivity = new Adherence("a1", "mu", ActivityCategory.ON_QUEUE_WORK, "c2",
                ActivityCategory.MEAL, AdherenceState.OUT_OF_ADHERENCE, AdherenceImpact.NEGATIVE, T0, false);
        assertThat(live.adherence().apply(nextActivity)).isTrue();
        assertThat(live.adherence().of("a1")).contains(nextActivity);
    }

    @Test
    void disconnectingEmptiesIt() {
        live.adherence().apply(record(AdherenceState.IN_ADHERENCE, T0));
        live.clear();
        assertThat(live.adherence().of("a1")).isEmpty();
        assertThat(live.adherence().size()).isZero();
    }

    private static Adherence record(AdherenceState state, Instant changed) {
        return new Adherence("a1", "mu", ActivityCategory.BREAK, "c1", ActivityCategory.MEAL, state,
                AdherenceImpact.NEUTRAL, changed,
                false);
    }
}
