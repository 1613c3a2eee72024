package io.floorwatch.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.IoProblems;
import io.floorwatch.base.JsonMappers;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The file a supervisor shares saved views in: small JSON, a format marker with its version, and the views as the
 * settings keep them:
 * <pre>{"floorwatchViews": 1, "views": [{"name": "Late shift", "floor": {...}, "queues": {...}}]}</pre>
 * Reading checks the file before anything of it is used, and refuses one that does not fit with the reason
 * ({@link Refused}): not JSON (and where), not a Floorwatch views file, from a newer Floorwatch, a view without a
 * name. Fields it does not know are ignored, so a file from a newer Floorwatch of the same version still reads.
 */
public final class ViewsFile {
    /** The field that marks a views file; its value is the file's format version. */
    public static final String MARKER = "floorwatchViews";
    /** The format version this Floorwatch writes and the newest it reads. */
    public static final int VERSION = 1;
    /** A views file is a few kilobytes; anything far bigger is not one, and is not read into memory. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMappers.SETTINGS;

    private ViewsFile() {
    }

    /** A file that does not fit; the message is the reason, in words for the supervisor. */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    /**
     * What a file held.
     *
     * @param views the views, in the file's order
     * @param notes what was left out, one sentence each (a view named twice)
     */
    public record Read(List<SavedView> views, List<String> notes) {
        public Read {
            views = List.copyOf(views);
            notes = List.copyOf(notes);
        }
    }

    /** The views as a views file's text. */
    public static String write(List<SavedView> views) {
        ObjectNode root = JSON.createObjectNode();
        root.put(MARKER, VERSION);
        ArrayNode list = root.putArray("views");
        views.forEach(view -> list.add(JSON.valueToTree(view)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved views could not be written as JSON", e);
        }
    }

    /** Writes the views to the file, replacing it. Not on the FX thread. */
    public static void write(File file, List<SavedView> views) throws IOException {
        Files.writeString(file.toPath(), write(views), StandardCharsets.UTF_8);
    }

    /** Reads and checks a views file; a refusal names the file. Not on the FX thread. */
    public static Read read(File file) throws Refused {
        String text;
        try {
            long size = Files.size(file.toPath());
            if (size > MAX_BYTES) {
                throw new Refused(file.getName() + ": not a Floorwatch views file (it is " + size / (1024 * 1024)
                        + " MB; a views file is a few kilobytes).");
            }
            text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refused(IoProblems.textFile(file.toPath(), e));
        }
        try {
            return parse(text);
        } catch (Refused e) {
            throw new Refused(file.getName() + ": " + e.getMessage());
        }
    }

    /** Checks a views file's text; the reason of a refusal does not name the file (the caller does). */
    public static Read parse(String text) throws Refused {
        if (text == null || text.isBlank()) {
            throw new Refused("the file is empty.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Refused("not JSON (" + e.getOriginalMessage() + (e.getLocation() == null ? "" : ", at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ").");
        }
        if (root == null || !root.isObject() || !root.has(MARKER)) {
            throw new Refused("not a Floorwatch views file: it has no \"" + MARKER + "\" marker.");
        }
        JsonNode version = root.get(MARKER);
        if (!version.isIntegralNumber()) {
            throw new Refused("not a Floorwatch views file: its \"" + MARKER + "\" marker should be a version "
                    + "number, and is " + version + ".");
        }
        if (version.asLong() > VERSION) {
            throw new Refused("made by a newer Floorwatch (views file version " + version.asLong() + "; this one "
                    + "reads up to version " + VERSION + "). Update Floorwatch to import it.");
        }
        if (version.asLong() < 1) {
            throw new Refused("views file version " + version.asLong() + " does not exist (versions start at 1).");
        }
        JsonNode list = root.get("views");
        if (list == null || !list.isArray()) {
            throw new Refused("it has no list of views (a \"views\" array).");
        }
        if (list.isEmpty()) {
            throw new Refused("it holds no views.");
        }
        List<SavedView> views = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            SavedView view = view(list.get(i), i + 1);
            if (views.stream().anyMatch(v -> v.hasName(view.name()))) {
                notes.add("\"" + view.name() + "\" is in the file twice: the first was taken.");
            } else {
                views.add(view);
            }
        }
        return new Read(views, notes);
    }

    /** The file's view at (1-based) position {@code number}, checked. */
    private static SavedView view(JsonNode node, int number) throws Refused {
        if (!node.isObject()) {
            throw new Refused("view " + number + " is not a view (an object with a name, \"floor\" and \"queues\").");
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new Refused("view " + number + " has no name.");
        }
        try {
            return JSON.treeToValue(node, SavedView.class);
        } catch (JsonProcessingException e) {
            throw new Refused("view " + number + " (\"" + name.asText().strip() + "\") cannot be read: "
                    + e.getOriginalMessage() + ".");
        }
    }
}
