package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;

import io.floorwatch.config.Settings;
import io.floorwatch.feed.CollectorSetup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Starts the collector: on the named connection (else the saved one), with the saved settings as {@code overrides}
 * changes them (its alert options), publishing as {@code setup} says: cluster, topics (the roster topic being the
 * compacted one with every agent's and queue's latest snapshot) and the part of the org it follows.
 */
@FunctionalInterface
public interface CollectorStarter {
    HeadlessSession start(Optional<ConnectionSettings> connection, UnaryOperator<Settings> overrides, Path db,
            CollectorSetup setup);
}
