package io.floorwatch.tuning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A what-if projection of a skill plan, per queue the plan touches, with the model and its assumptions in words
 * (the screen shows them beside the figures: a projection is only as good as what it assumes).
 *
 * @param model       the queueing model's name ("Erlang C")
 * @param assumptions what the model takes for granted, as a sentence a supervisor reads
 * @param at          when the projection was made (the end of the half hour its inputs cover)
 */
public record WhatIfReport(String model, String assumptions, Instant at, List<QueueProjection> queues) {
    public WhatIfReport {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(assumptions, "assumptions");
        Objects.requireNonNull(at, "at");
        queues = List.copyOf(queues);
    }
}
