package io.floorwatch.feed;

import java.time.Duration;

/**
 * Where a Kafka agent feed reads the whole floor (names, teams, queues, current states) before it follows the
 * collector's agent topic: Genesys REST ({@link KafkaAgentFeed}'s historical behaviour), or the collector's
 * compacted roster topic ({@link RosterFloorSeed}), which needs no Genesys credentials. Its methods run on the
 * feed's seed thread, one at a time.
 */
public interface FloorSeed extends AutoCloseable {
    /**
     * Reads every agent and replaces the live state with them (and, where the read has it, the queue directory and
     * membership). Returns how many agents.
     *
     * @throws Failed when the floor could not be read; the feed tries again later
     */
    int first();

    /** After the first read and the events held meanwhile are applied, before the first read counts as done. */
    default void membership() {
    }

    /** After the first read counts as done: what the first frame does not need. */
    default void details() {
    }

    /**
     * Reads the floor again after a gap (a consumer rebalance, a silent collector heard again) and applies what
     * moved on as events, so newer states the topic brought are kept. Returns false when this seed does not re-read.
     *
     * @throws Failed when the floor could not be read; the feed tries again later
     */
    boolean again();

    /**
     * How long after the first read to read again, or null for never: a roster lags the agent topic by up to its
     * collector's tick, so a change made just before the consumer's positions were taken may reach the roster only
     * after it was read; a second read once that lag has passed brings it in.
     */
    default Duration settle() {
        return null;
    }

    @Override
    default void close() {
    }

    /** The floor could not be read; the message says why, for the status bar. */
    final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message);
        }

        public Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
