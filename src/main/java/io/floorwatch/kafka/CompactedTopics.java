package io.floorwatch.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure a compacted topic (the roster) exists before anything is written to it: a producer's first send
 * would otherwise let a broker with auto-create on make it with the default {@code cleanup.policy=delete}, and
 * retention would then delete agents' snapshots. Uses the cluster's default partitions and replication.
 */
public final class CompactedTopics {
    private static final Logger LOG = LoggerFactory.getLogger(CompactedTopics.class);

    /**
     * @param ready   the topic exists (created now or before) and may be written
     * @param problem what an operator should know and do (the command to run), or empty
     */
    public record Outcome(boolean ready, String problem) {
    }

    private CompactedTopics() {
    }

    /** Creates {@code topic} with {@code cleanup.policy=compact} if it is missing; never throws. */
    public static Outcome ensure(String bootstrapServers, String topic, Duration timeout) {
        String create = "kafka-topics.sh --bootstrap-server " + bootstrapServers + " --create --topic " + topic
                + " --config cleanup.policy=compact";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000)))) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("created the compacted topic {}", topic);
                return new Outcome(true, "");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return checkPolicy(admin, bootstrapServers, topic, timeout);
                }
                if (e.getCause() instanceof AuthorizationException) {
                    return new Outcome(false, "this collector may not create the roster topic " + topic + " ("
                            + e.getCause().getMessage() + "); ask a Kafka admin to run: " + create);
                }
                return new Outcome(false, "the roster topic " + topic + " could not be created ("
                        + e.getCause().getMessage() + "); create it with: " + create);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted while creating the roster topic " + topic);
        } catch (TimeoutException e) {
            return new Outcome(false, "Kafka at " + bootstrapServers + " did not answer within " + timeout.toSeconds()
                    + " s while the roster topic " + topic + " was checked; create it with: " + create);
        } catch (RuntimeException e) {
            return new Outcome(false, "the roster topic " + topic + " could not be checked (" + e.getMessage()
                    + "); create it with: " + create);
        }
    }

    private static Outcome checkPolicy(Admin admin, String bootstrapServers, String topic, Duration timeout)
            throws InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try {
            Config config = admin.describeConfigs(List.of(resource)).all().get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS).get(resource);
            ConfigEntry policy = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
            if (policy != null && !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                String problem = "the roster topic " + topic + " exists with cleanup.policy=" + policy.value()
                        + ", not compact, so retention will delete agents' snapshots; fix it with: kafka-configs.sh "
                        + "--bootstrap-server " + bootstrapServers + " --alter --entity-type topics --entity-name "
                        + topic + " --add-config cleanup.policy=compact";
                LOG.warn(problem);
                return new Outcome(true, problem);
            }
            return new Outcome(true, "");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return new Outcome(false, "the roster topic " + topic + " was deleted while it was checked");
            }
            // Not allowed to read its configuration: it exists, which is what writing needs.
            LOG.info("the configuration of {} could not be read: {}", topic, e.getCause().getMessage());
            return new Outcome(true, "");
        }
    }
}
