package io.floorwatch.cli;

import io.floorwatch.config.FeedSettings;

/**
 * The checks every command with Kafka options makes before anything connects, each refusal naming the option and
 * the rule: {@code record}'s and {@code collect}'s feeds, and {@code wallboard --kafka}.
 */
final class KafkaOptions {
    private KafkaOptions() {
    }

    static void checkBootstrap(String option, String servers) {
        if (!FeedSettings.validBootstrap(servers)) {
            throw new IllegalArgumentException(option + " must be host:port[,host:port...], not '" + servers + "'");
        }
    }

    static void checkTopic(String option, String topic) {
        if (!FeedSettings.validTopic(topic)) {
            throw new IllegalArgumentException(option + " '" + topic + "' is not a valid Kafka topic name "
                    + "(1 to 249 letters, digits, '.', '_' or '-')");
        }
    }

    static void checkGroup(String option, String group) {
        if (!FeedSettings.validGroup(group)) {
            throw new IllegalArgumentException(option + " '" + group + "': letters, digits, '.', '_', '@' or '-' "
                    + "only");
        }
    }
}
