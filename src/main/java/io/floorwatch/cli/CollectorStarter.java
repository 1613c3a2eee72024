package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;

import java.nio.file.Path;
import java.util.Optional;

/** Starts the collector: on the named connection (else the saved one), publishing to the named cluster and topic. */
@FunctionalInterface
public interface CollectorStarter {
    HeadlessSession start(Optional<ConnectionSettings> connection, Path db, String bootstrap, String agentTopic,
            String metricsTopic);
}
