package io.floorwatch.feed;

import io.floorwatch.domain.FeedHealth;

/** A source of agent state that keeps {@link LiveState} current and history written, until closed. */
public interface AgentStateFeed extends AutoCloseable {
    /** Starts in the background; returns at once. */
    void start();

    FeedHealth health();

    @Override
    void close();
}
