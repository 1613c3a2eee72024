package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;

import java.nio.file.Path;
import java.util.Optional;

/** Opens a {@link WriteSession} on the named connection, else the saved one, with history in {@code db}. */
@FunctionalInterface
public interface WriteStarter {
    WriteSession open(Optional<ConnectionSettings> connection, Path db);
}
