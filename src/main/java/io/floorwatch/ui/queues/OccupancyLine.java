package io.floorwatch.ui.queues;

import io.floorwatch.domain.Occupancy;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.Percents;

import java.util.Optional;

/**
 * One queue's or agent's line of the occupancy report, its figures written once as the tables show them.
 *
 * @param occupancy   interacting over on queue, "75 %"; "—" without time on queue
 * @param utilisation on queue over logged in, "90 %"; "—" without time logged in
 * @param handledHere for a queue, how long its own interactions were handled; empty for an agent
 */
public record OccupancyLine(String id, String name, String occupancy, String utilisation, String loggedIn,
        String onQueue, String interacting, String handledHere) {
    static OccupancyLine of(Occupancy figures, boolean queue) {
        return new OccupancyLine(figures.id(), figures.name(), percent(figures.occupancy()),
                percent(figures.utilisation()), Durations.total(figures.loggedIn()),
                Durations.total(figures.onQueue()), Durations.total(figures.interacting()),
                queue ? Durations.total(figures.handledHere()) : "");
    }

    private static String percent(Optional<Double> share) {
        return Percents.of(share.orElse(null));
    }
}
