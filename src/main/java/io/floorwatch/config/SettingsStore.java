package io.floorwatch.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.IoProblems;
import io.floorwatch.base.JsonMappers;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads and writes the settings file. A file that cannot be read is reported and never overwritten (the window
 * sets it aside first, so nothing stored is lost); writes go through a temporary file and an atomic move, so a crash never leaves half a
 * file.
 */
public final class SettingsStore {
    private final Path file;
    private static final DateTimeFormatter SET_ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

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

    /**
     * Reads the file. A problem names the file and what is wrong with it, and says nothing of what happens next:
     * the window sets the file aside and starts on the demo, a command refuses to run.
     */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        try {
            Settings settings = json.readValue(file.toFile(), Settings.class);
            if (settings == null || settings.connection() == null || settings.connection().mode() == null) {
                return new Loaded(Settings.defaults(), Optional.of("The settings file " + file
                        + " has no connection"));
            }
            return new Loaded(settings, Optional.empty());
        } catch (JsonProcessingException e) {
            return new Loaded(Settings.defaults(), Optional.of("The settings file " + file + " is not valid ("
                    + e.getOriginalMessage() + (e.getLocation() == null ? "" : " at line "
                    + e.getLocation().getLineNr()) + ")"));
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), Optional.of(IoProblems.textFile(file, e)));
        }
    }

    /**
     * Moves an unreadable file out of the way, next to where it was, so that saving Settings never overwrites
     * it; returns where it went.
     */
    public Path setAside(Clock clock) throws IOException {
        String stamp = SET_ASIDE_STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
        return Files.move(file, aside);
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
