package io.floorwatch.app;

import io.floorwatch.config.FeedSettings;
import io.floorwatch.feed.AgentStateFeed;
import io.floorwatch.feed.GenesysAgentFeed;
import io.floorwatch.feed.KafkaAgentFeed;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.kafka.KafkaSettings;

import java.time.Clock;

/** Which agent-state feed a session runs once connected: the desktop's choice, or the collector's. */
@FunctionalInterface
interface AgentFeedFactory {
    /**
     * What a feed is built from.
     *
     * @param bootstrap the Kafka cluster to use (the demo's embedded broker in demo mode), or null when none
     */
    record Context(GenesysGateway gateway, LiveState live, HistoryWriter history, ChannelPoolSettings channels,
            Clock clock, FeedSettings feeds, String bootstrap) {
    }

    AgentStateFeed create(Context context);

    /** Whether the feed reads Kafka, so the demo must start its broker before the feed. */
    default boolean needsKafka(FeedSettings feeds) {
        return feeds.agentSource() == FeedSettings.AgentSource.KAFKA;
    }

    /** Whether the session also reads queue metrics (a desktop does; the collector only publishes). */
    default boolean readsQueueMetrics() {
        return true;
    }

    /** A desktop: its own notification channels, or the collector's topic, as the settings say. */
    static AgentFeedFactory desktop() {
        return context -> {
            FeedSettings feeds = context.feeds();
            if (feeds.agentSource() == FeedSettings.AgentSource.GENESYS) {
                return new GenesysAgentFeed(context.gateway(), context.live(), context.history(), context.channels(),
                        context.clock());
            }
            if (context.bootstrap() == null || context.bootstrap().isEmpty()) {
                throw new IllegalStateException("Agent state from Kafka needs bootstrap servers (Settings > Feeds)");
            }
            return new KafkaAgentFeed(context.gateway(), context.live(), context.history(),
                    new KafkaSettings(context.bootstrap(), feeds.agentTopic(), GroupIds.of(feeds)), context.clock());
        };
    }
}
