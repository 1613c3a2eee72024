package io.floorwatch.genesys;

import java.time.Duration;

/**
 * The pool's timers and limits.
 *
 * @param heartbeatTimeout silence (no heartbeat, pong or event) after which a socket counts as dead
 * @param pingInterval     how often to send {@code {"message":"ping"}}
 * @param renewBefore      how long before a channel's expiry its subscriptions are renewed
 * @param backoffMin       first reconnect delay (jittered, doubling up to {@code backoffMax})
 * @param connectTimeout   for one WebSocket handshake
 * @param topicsPerChannel Genesys allows 1,000
 * @param maxChannels      Genesys allows 20 per OAuth client
 */
public record ChannelPoolSettings(
        Duration heartbeatTimeout,
        Duration pingInterval,
        Duration renewBefore,
        Duration backoffMin,
        Duration backoffMax,
        Duration connectTimeout,
        int topicsPerChannel,
        int maxChannels) {

    /** Heartbeats come about every 30 s; two missed, and a ping unanswered, mean the socket is gone. */
    public static ChannelPoolSettings standard() {
        return new ChannelPoolSettings(Duration.ofSeconds(75), Duration.ofSeconds(25), Duration.ofHours(1),
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10), 1_000, 20);
    }

    public ChannelPoolSettings withTimers(Duration heartbeatTimeout, Duration pingInterval, Duration renewBefore) {
        return new ChannelPoolSettings(heartbeatTimeout, pingInterval, renewBefore, backoffMin, backoffMax,
                connectTimeout, topicsPerChannel, maxChannels);
    }

    /** Other limits than Genesys' (tests use small ones to see the pool fill up). */
    public ChannelPoolSettings withLimits(int topics, int channels) {
        return new ChannelPoolSettings(heartbeatTimeout, pingInterval, renewBefore, backoffMin, backoffMax,
                connectTimeout, topics, channels);
    }

    public ChannelPoolSettings withBackoff(Duration min, Duration max) {
        return new ChannelPoolSettings(heartbeatTimeout, pingInterval, renewBefore, min, max, connectTimeout,
                topicsPerChannel, maxChannels);
    }
}
