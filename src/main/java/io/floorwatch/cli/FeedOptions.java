package io.floorwatch.cli;

import io.floorwatch.config.FeedSettings;
import picocli.CommandLine.Option;

/**
 * Where a headless desktop's feeds come from, over the saved settings: the Kafka cluster, topics and group, and
 * the sources (DESIGN section 12, {@code --kafka <bootstrap>}).
 */
final class FeedOptions {
    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "Kafka bootstrap servers, host:port[,host:port...] (default: the saved ones)")
    String kafka;

    @Option(names = "--metrics-topic", paramLabel = "T", description = "queue-metric topic (default: the saved one)")
    String metricsTopic;

    @Option(names = "--agent-topic", paramLabel = "T", description = "collector's agent-state topic (default: "
            + "the saved one)")
    String agentTopic;

    @Option(names = "--group", paramLabel = "ID", description = "Kafka consumer group (default: the saved one, "
            + "else one per user and machine)")
    String group;

    @Option(names = "--agents-from", paramLabel = "SOURCE",
            description = "agent state from GENESYS (own subscription) or KAFKA (a collector's topic)")
    FeedSettings.AgentSource agentsFrom;

    @Option(names = "--queues-from", paramLabel = "SOURCE",
            description = "queue metrics from AUTO, KAFKA or OBSERVATIONS (Genesys queue observations)")
    FeedSettings.QueueSource queuesFrom;

    /** The saved feed settings with whatever these options set; a bad value is refused with its option's name. */
    FeedSettings over(FeedSettings saved) {
        if (kafka != null) {
            KafkaOptions.checkBootstrap("--kafka", kafka);
        }
        if (metricsTopic != null) {
            KafkaOptions.checkTopic("--metrics-topic", metricsTopic);
        }
        if (agentTopic != null) {
            KafkaOptions.checkTopic("--agent-topic", agentTopic);
        }
        if (group != null) {
            KafkaOptions.checkGroup("--group", group);
        }
        return new FeedSettings(agentsFrom == null ? saved.agentSource() : agentsFrom,
                queuesFrom == null ? saved.queueSource() : queuesFrom, kafka == null ? saved.bootstrapServers() : kafka,
                metricsTopic == null ? saved.queueTopic() : metricsTopic,
                agentTopic == null ? saved.agentTopic() : agentTopic, group == null ? saved.groupId() : group,
                saved.weights());
    }
}
