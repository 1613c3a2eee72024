package io.floorwatch.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;

/**
 * The snapshot file format: JSON with sorted keys and entries, two-space indents, a format version and no
 * timestamps, so the same configuration is the same file byte for byte and a diff of two files reads like the
 * drift itself.
 */
public final class SnapshotFiles {
    private static final ObjectMapper JSON = JsonMappers.DOCUMENT;

    private SnapshotFiles() {
    }

    public static String write(ConfigSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot could not be written as JSON", e);
        }
    }

    /** Reads a snapshot file; a file that is not one is refused with the reason. */
    public static ConfigSnapshot read(String text) {
        ConfigSnapshot snapshot;
        try {
            snapshot = JSON.readValue(text, ConfigSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Floorwatch configuration snapshot: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
        }
        if (snapshot.formatVersion() < 1 || snapshot.formatVersion() > ConfigSnapshot.FORMAT_VERSION) {
            throw new IllegalArgumentException("a snapshot of formatVersion " + snapshot.formatVersion()
                    + ", which this Floorwatch does not read (it reads 1 to " + ConfigSnapshot.FORMAT_VERSION + ")");
        }
        return snapshot;
    }
}
