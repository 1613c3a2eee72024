package io.floorwatch.history;

import io.floorwatch.domain.Adherence;

import java.time.Instant;

/** An adherence record on its way to {@code adherence_events}, with when Floorwatch heard it. */
record AdherenceRow(Adherence adherence, Instant seenAt) {
}
