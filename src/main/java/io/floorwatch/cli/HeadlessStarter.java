package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;

import java.nio.file.Path;
import java.util.Optional;

/** Starts a {@link HeadlessSession}: on the named connection, else the saved one; on the named history file. */
@FunctionalInterface
public interface HeadlessStarter {
    HeadlessSession start(Optional<ConnectionSettings> connection, Path db);
}
