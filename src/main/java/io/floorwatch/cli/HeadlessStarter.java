package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.FeedSettings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Starts a {@link HeadlessSession}: on the named connection, else the saved one; with the saved feed settings as
 * {@code feeds} changes them; on the named history file.
 */
@FunctionalInterface
public interface HeadlessStarter {
    HeadlessSession start(Optional<ConnectionSettings> connection, UnaryOperator<FeedSettings> feeds, Path db);
}
