package io.floorwatch.feed;

import io.floorwatch.domain.FeedHealth;

import java.util.concurrent.CompletionStage;

/** A source of agent state that keeps {@link LiveState} current and history written, until closed. */
public interface AgentStateFeed extends AutoCloseable {
    /** Starts in the background; returns at once. */
    void start();

    /**
     * Done once the first read of the floor (the agents and, as far as Genesys allowed, queue membership) is in
     * the live state; never fails (a refused read of the agents is tried again, and this waits for that). What the
     * first frame does not need waits for it, so that the two do not share the cores at start.
     */
    CompletionStage<Void> firstRead();

    FeedHealth health();

    @Override
    void close();
}
