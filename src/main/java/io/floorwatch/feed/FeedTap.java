package io.floorwatch.feed;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.InteractionEvent;

import java.util.List;

/**
 * Told of every change a feed takes in (notifications, seeds and re-seeds alike), on the thread that took it in:
 * the collector publishes them to Kafka. Implementations must not block.
 */
public interface FeedTap {
    /** A tap that keeps nothing. */
    FeedTap NONE = new FeedTap() {
        @Override
        public void states(List<AgentStateEvent> events) {
        }
    };

    void states(List<AgentStateEvent> events);

    default void interactions(List<InteractionEvent> events) {
    }
}
