package io.floorwatch.config;

import io.floorwatch.domain.ScoreWeights;

/**
 * Where the live feeds come from, and how queues are scored.
 *
 * @param agentSource      GENESYS: this desktop subscribes to the notifications itself; KAFKA: it reads the
 *                         agent-state topic a collector fills, so many desktops share one subscription
 * @param queueSource      AUTO (the default): Kafka when bootstrap servers are set or in demo mode, queue
 *                         observations otherwise; KAFKA: the upstream queue-metric topic (in demo mode, the
 *                         simulated pipeline on the embedded broker); OBSERVATIONS: Genesys queue observations
 * @param bootstrapServers the Kafka cluster ({@code host:port,...}); blank when Kafka is not used. Demo mode
 *                         ignores it and uses its embedded broker.
 * @param queueTopic       the queue-metric topic
 * @param agentTopic       the collector's agent-state topic
 * @param groupId          this desktop's consumer group; blank picks one per user and machine, so every
 *                         supervisor sees every record
 * @param weights          the queue priority score's weights (DESIGN section 8)
 */
public record FeedSettings(AgentSource agentSource, QueueSource queueSource, String bootstrapServers,
        String queueTopic, String agentTopic, String groupId, ScoreWeights weights) {
    public static final String DEFAULT_QUEUE_TOPIC = "floorwatch.queue-metrics";
    public static final String DEFAULT_AGENT_TOPIC = "floorwatch.agent-state";

    /** Where agent state comes from. */
    public enum AgentSource { GENESYS, KAFKA }

    /** Where queue metrics come from. */
    public enum QueueSource { AUTO, KAFKA, OBSERVATIONS }

    public FeedSettings {
        agentSource = agentSource == null ? AgentSource.GENESYS : agentSource;
        queueSource = queueSource == null ? QueueSource.AUTO : queueSource;
        bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.trim();
        queueTopic = blankToDefault(queueTopic, DEFAULT_QUEUE_TOPIC);
        agentTopic = blankToDefault(agentTopic, DEFAULT_AGENT_TOPIC);
        groupId = groupId == null ? "" : groupId.trim();
        weights = weights == null ? ScoreWeights.defaults() : weights;
        if (!validTopic(queueTopic) || !validTopic(agentTopic)) {
            throw new IllegalArgumentException("a Kafka topic name is 1 to 249 letters, digits, '.', '_' or '-' ("
                    + queueTopic + ", " + agentTopic + ")");
        }
    }

    public static FeedSettings defaults() {
        return new FeedSettings(AgentSource.GENESYS, QueueSource.AUTO, "", DEFAULT_QUEUE_TOPIC,
                DEFAULT_AGENT_TOPIC, "", ScoreWeights.defaults());
    }

    /** Where queue metrics really come from: AUTO decided (demo mode always has its embedded broker). */
    public QueueSource resolvedQueueSource(boolean demo) {
        if (queueSource != QueueSource.AUTO) {
            return queueSource;
        }
        return demo || !bootstrapServers.isEmpty() ? QueueSource.KAFKA : QueueSource.OBSERVATIONS;
    }

    /** The consumer group to use: the one set, or one per user and machine. */
    public String effectiveGroupId(String user, String host) {
        return groupId.isEmpty() ? "floorwatch-" + user + "@" + host : groupId;
    }

    /** A bootstrap list as Kafka clients take it: {@code host:port[,host:port...]}. */
    public static boolean validBootstrap(String servers) {
        return servers != null && servers.matches("[^\\s,:]+:\\d{1,5}(,[^\\s,:]+:\\d{1,5})*");
    }

    /** A consumer group id this app accepts: letters, digits, '.', '_', '@' and '-'. */
    public static boolean validGroup(String group) {
        return group != null && group.matches("[A-Za-z0-9._@-]{1,255}");
    }

    /** Kafka's own rule for topic names. */
    public static boolean validTopic(String topic) {
        return topic != null && !topic.isEmpty() && topic.length() <= 249 && topic.matches("[a-zA-Z0-9._-]+")
                && !topic.equals(".") && !topic.equals("..");
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
