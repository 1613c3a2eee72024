package io.floorwatch.app;

import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.feed.AdherenceFeed;
import io.floorwatch.feed.AgentStateFeed;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.ObservationQueueFeed;
import io.floorwatch.kafka.TopicConsumer;

/**
 * The feeds running on one connection, immutable: the agent-state feed (or why it is not running), the demo's
 * collector, and the queue metrics from Kafka or from queue observations (or why there are none).
 *
 * @param agents       null when it did not start ({@code agentProblem} says why) or has not yet
 * @param demoCollector null unless the demo reads agent state from its own broker
 * @param queueConsumer null unless queue metrics come from Kafka
 * @param observations null unless queue metrics come from queue observations
 * @param adherence    null until started (after the agent feed), or when the connection has none
 */
public record Feeds(AgentStateFeed agents, String agentProblem, Collector demoCollector,
        TopicConsumer<QueueSnapshot> queueConsumer, ObservationQueueFeed observations, String queueSource,
        String queueProblem, AdherenceFeed adherence) {

    static final Feeds NONE = new Feeds(null, "", null, null, null, "none", "", null);

    Feeds withAgents(AgentStateFeed feed, String problem, Collector collector) {
        return new Feeds(feed, problem, collector, queueConsumer, observations, queueSource, queueProblem,
                adherence);
    }

    Feeds withQueueMetrics(TopicConsumer<QueueSnapshot> consumer, ObservationQueueFeed observed, String source,
            String problem) {
        return new Feeds(agents, agentProblem, demoCollector, consumer, observed, source, problem, adherence);
    }

    Feeds withAdherence(AdherenceFeed feed) {
        return new Feeds(agents, agentProblem, demoCollector, queueConsumer, observations, queueSource, queueProblem,
                feed);
    }

    /** How the agent-state feed is doing; cheap, no IO. */
    FeedHealth agentHealth() {
        if (agents == null) {
            FeedHealth idle = FeedHealth.idle("none");
            return agentProblem.isEmpty() ? idle : new FeedHealth("none", 0, 0, 0, 0, 0, null, 0, 0, 0, agentProblem);
        }
        return agents.health();
    }

    /** How the queue-metric feed is doing, with {@code heard} queues heard of; cheap, no IO. */
    QueueFeedHealth queueHealth(int heard) {
        if (observations != null) {
            return observations.health(heard);
        }
        if (queueConsumer == null) {
            return new QueueFeedHealth(queueSource, false, heard, 0, 0, -1, queueProblem);
        }
        TopicConsumer.Health health = queueConsumer.health();
        return new QueueFeedHealth(queueSource, health.running(), heard, health.records(), health.rejected(),
                health.lag(), health.problem());
    }

    /** Newest first, each on its own: one that fails to close is logged and does not keep the others open. */
    void close() {
        Quietly.close("agent-state feed", agents);
        Quietly.close("demo collector", demoCollector);
        Quietly.close("queue-metric consumer", queueConsumer);
        Quietly.close("queue observations", observations);
        Quietly.close("adherence", adherence);
    }
}
