package io.floorwatch.domain;

import java.time.Instant;

/**
 * How an agent-state feed is doing, for the status bar and the record command.
 *
 * @param channelsOpen   sockets open now
 * @param channelsNeeded channels the floor needs (one per 1,000 agents)
 * @param lastHeartbeat  the newest heartbeat or pong on any channel, or null before the first
 * @param lagMillis      receive time minus event time of the latest live event (clock skew included)
 * @param problem        what a supervisor should know (over capacity, reconnecting), or empty
 */
public record FeedHealth(
        String source,
        int agents,
        int channelsOpen,
        int channelsNeeded,
        int topics,
        double eventsPerSecond,
        Instant lastHeartbeat,
        long reconnects,
        long lagMillis,
        long rejected,
        String problem) {
    public static FeedHealth idle(String source) {
        return new FeedHealth(source, 0, 0, 0, 0, 0, null, 0, 0, 0, "");
    }
}
