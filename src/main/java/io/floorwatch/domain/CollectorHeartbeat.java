package io.floorwatch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A collector saying it is alive, on the agent-state topic it publishes, every few seconds: desktops reading the
 * topic tell a dead collector from a quiet floor by its absence, and a share whose collector stopped by that
 * share's absence.
 *
 * @param collector which collector (host and process), for the status bar
 * @param at        when the collector sent it
 * @param agents    the agents it follows
 * @param problem   what is wrong with its own Genesys connection (reconnecting, over capacity), or empty
 * @param share     the share of the org it follows ({@link Share#label()}), {@link #WHOLE_ORG} for all of it (and
 *                  for a collector too old to say), or {@link #STANDBY} for a collector of a share group that
 *                  holds no share now and waits to take over one
 */
public record CollectorHeartbeat(String collector, Instant at, int agents, String problem, String share) {
    /** A collector following the whole org; what heartbeats without a share meant before shares existed. */
    public static final String WHOLE_ORG = "";
    /** A collector of a share group holding no share. */
    public static final String STANDBY = "standby";

    public CollectorHeartbeat {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(at, "at");
        problem = problem == null ? "" : problem;
        share = share == null ? WHOLE_ORG : share;
    }

    /** The heartbeat of a collector of the whole org. */
    public CollectorHeartbeat(String collector, Instant at, int agents, String problem) {
        this(collector, at, agents, problem, WHOLE_ORG);
    }

    /** Whether it names one share of the org (not the whole org, not a standby). */
    public boolean namesAShare() {
        return !share.equals(WHOLE_ORG) && !share.equals(STANDBY);
    }
}
