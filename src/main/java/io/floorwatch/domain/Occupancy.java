package io.floorwatch.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How an agent's (or a queue's members') time went over a span.
 *
 * @param id          the agent's or the queue's id
 * @param loggedIn    time in any presence but Offline
 * @param onQueue     time On Queue
 * @param interacting time On Queue and interacting (after-call work included)
 * @param handledHere for a queue, the time its own interactions were handled (connected to ended); zero for an agent
 */
public record Occupancy(String id, String name, Duration loggedIn, Duration onQueue, Duration interacting,
        Duration handledHere) {
    /** Interacting over On Queue: how busy the agent was while available for work; empty without time On Queue. */
    public Optional<Double> occupancy() {
        return onQueue.isZero() ? Optional.empty()
                : Optional.of(Math.min(1.0, (double) interacting.toMillis() / onQueue.toMillis()));
    }

    /** On Queue over logged in: how much of their time was offered to work; empty without time logged in. */
    public Optional<Double> utilisation() {
        return loggedIn.isZero() ? Optional.empty()
                : Optional.of(Math.min(1.0, (double) onQueue.toMillis() / loggedIn.toMillis()));
    }
}
