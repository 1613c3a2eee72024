package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;

import io.floorwatch.config.Settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Starts the collector: on the named connection (else the saved one), with the saved settings as {@code overrides}
 * changes them (its alert options), publishing to the named cluster and topics (the roster topic being the compacted
 * one with every agent's and queue's latest snapshot).
 */
@FunctionalInterface
public interface CollectorStarter {
    HeadlessSession start(Optional<ConnectionSettings> connection, UnaryOperator<Settings> overrides, Path db,
            String bootstrap, String agentTopic, String metricsTopic, String rosterTopic);
}
