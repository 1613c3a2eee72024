package io.floorwatch.kafka;

import java.util.Objects;

/**
 * Where queue metrics come from on Kafka.
 *
 * @param bootstrapServers the cluster, e.g. {@code broker1:9092,broker2:9092}
 * @param topic            the queue-metric topic
 * @param groupId          the consumer group; one per desktop, so every supervisor sees every record
 */
public record KafkaSettings(String bootstrapServers, String topic, String groupId) {
    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(groupId, "groupId");
        if (bootstrapServers.isBlank() || topic.isBlank() || groupId.isBlank()) {
            throw new IllegalArgumentException("Kafka needs bootstrap servers, a topic and a group id");
        }
    }
}
