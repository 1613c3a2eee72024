package io.floorwatch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A collector saying it is alive, on the agent-state topic it publishes, every few seconds: desktops reading the
 * topic tell a dead collector from a quiet floor by its absence.
 *
 * @param collector which collector (host and process), for the status bar
 * @param at        when the collector sent it
 * @param agents    the agents it follows
 * @param problem   what is wrong with its own Genesys connection (reconnecting, over capacity), or empty
 */
public record CollectorHeartbeat(String collector, Instant at, int agents, String problem) {
    public CollectorHeartbeat {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(at, "at");
        problem = problem == null ? "" : problem;
    }
}
