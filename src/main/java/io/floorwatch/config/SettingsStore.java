package io.floorwatch.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Reads and writes the settings file. A file that cannot be read is left untouched (so nothing stored is
 * lost) and reported; writes go through a temporary file and an atomic move, so a crash never leaves half a
 * file.
 */
public final class SettingsStore {
    private final Path file;
    private final ObjectMapper json = JsonMappers.SETTINGS;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** What loading found: the settings to use, and what was wrong with the file if anything. */
    public record Loaded(Settings settings, Optional<String> problem) {
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        try {
            Settings settings = json.readValue(file.toFile(), Settings.class);
            if (settings == null || settings.connection() == null || settings.connection().mode() == null) {
                return new Loaded(Settings.defaults(), Optional.of("The settings file " + file
                        + " has no connection; starting in demo mode. The file was left as it is."));
            }
            return new Loaded(settings, Optional.empty());
        } catch (JsonProcessingException e) {
            return new Loaded(Settings.defaults(), Optional.of("The settings file " + file + " is not valid ("
                    + e.getOriginalMessage() + (e.getLocation() == null ? "" : " at line "
                    + e.getLocation().getLineNr()) + "); starting in demo mode. The file was left as it is."));
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), Optional.of("The settings file " + file + " cannot be read ("
                    + e.getMessage() + "); starting in demo mode."));
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            json.writeValue(temp.toFile(), settings);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
