package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;

import java.time.Instant;

/** A stretch of an agent's day in one activity; {@code end} is null while it lasts. */
public record TimelineEntry(Instant start, Instant end, Activity activity) {
}
