package io.floorwatch.history;

import java.time.Instant;
import java.util.Set;

/**
 * What the history screen and export ask for: one agent or all, some states or all, a time range.
 *
 * @param agentId null for every agent
 * @param states  state names ({@code SystemPresence} or {@code RoutingStatus}); empty for all
 * @param from    inclusive, or null for the beginning
 * @param to      exclusive, or null for now and beyond
 */
public record StateQuery(String agentId, Set<String> states, Instant from, Instant to) {
    public StateQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range is empty: 'from' (" + from
                    + ") must be before 'to' (" + to + ")");
        }
    }

    public static StateQuery all() {
        return new StateQuery(null, Set.of(), null, null);
    }
}
