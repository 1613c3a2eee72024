package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.Settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Starts a {@link HeadlessSession}: on the named connection, else the saved one; with the saved settings as
 * {@code overrides} changes them (the command's feed and alert options); on the named history file.
 */
@FunctionalInterface
public interface HeadlessStarter {
    HeadlessSession start(Optional<ConnectionSettings> connection, UnaryOperator<Settings> overrides, Path db);
}
