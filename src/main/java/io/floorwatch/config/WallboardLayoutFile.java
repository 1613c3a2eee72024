package io.floorwatch.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.IoProblems;
import io.floorwatch.base.JsonMappers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes a wallboard layout file:
 * <pre>{@code
 * {"floorwatchWallboard": 1, "title": "Billing floor", "groupBy": "team", "cards": "attention",
 *  "queues": ["Billing", "Billing VIP"], "teams": [], "showOffline": false, "pageSeconds": 20, "scale": 1.2}
 * }</pre>
 * Every field but the marker may be left out (its default is used). A file that does not fit is refused with the
 * reason: not JSON (with the line), not a wallboard layout, a newer version, an unknown field (a typo would
 * otherwise be ignored in silence), a value of the wrong kind or out of range.
 */
public final class WallboardLayoutFile {
    private static final Set<String> FIELDS = Set.of(WallboardLayout.MARKER, "title", "groupBy", "cards", "queues",
            "teams", "showOffline", "pageSeconds", "scale");

    private WallboardLayoutFile() {
    }

    /** The layout in the file; IllegalArgumentException naming the file and what is wrong. */
    public static WallboardLayout read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(IoProblems.textFile(file, e), e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The wallboard layout " + file + " does not fit: " + e.getMessage(),
                    e);
        }
    }

    /** The layout in the text; IllegalArgumentException saying what is wrong. */
    public static WallboardLayout parse(String text) {
        JsonNode root;
        try {
            root = JsonMappers.COMPACT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not JSON (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        JsonNode marker = root.get(WallboardLayout.MARKER);
        if (marker == null) {
            throw new IllegalArgumentException("it is not a Floorwatch wallboard layout (no \""
                    + WallboardLayout.MARKER + "\" field)");
        }
        if (!marker.isInt() || marker.asInt() < 1) {
            throw new IllegalArgumentException("\"" + WallboardLayout.MARKER + "\" must be a version number, not "
                    + marker);
        }
        if (marker.asInt() > WallboardLayout.VERSION) {
            throw new IllegalArgumentException("it is version " + marker.asInt() + " of the layout format, newer "
                    + "than this Floorwatch reads (" + WallboardLayout.VERSION + ")");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a layout field (they are "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        WallboardLayout defaults = WallboardLayout.defaults();
        return new WallboardLayout(text(root, "title", defaults.title()),
                choice(root, "groupBy", WallboardLayout.GroupBy.class, defaults.groupBy()),
                choice(root, "cards", WallboardLayout.Cards.class, defaults.cards()),
                list(root, "queues"), list(root, "teams"),
                bool(root, "showOffline", defaults.showOffline()),
                integer(root, "pageSeconds", defaults.pageSeconds()), number(root, "scale", defaults.scale()));
    }

    /** The layout as a file's text, with every field written (a template to edit). */
    public static String write(WallboardLayout layout) {
        ObjectNode root = JsonMappers.COMPACT.createObjectNode();
        root.put(WallboardLayout.MARKER, WallboardLayout.VERSION);
        root.put("title", layout.title());
        root.put("groupBy", layout.groupBy().name().toLowerCase(Locale.ROOT));
        root.put("cards", layout.cards().name().toLowerCase(Locale.ROOT));
        ArrayNode queues = root.putArray("queues");
        layout.queues().forEach(queues::add);
        ArrayNode teams = root.putArray("teams");
        layout.teams().forEach(teams::add);
        root.put("showOffline", layout.showOffline());
        root.put("pageSeconds", layout.pageSeconds());
        root.put("scale", layout.scale());
        try {
            return JsonMappers.DOCUMENT.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a layout could not be written as JSON", e);
        }
    }

    private static String text(JsonNode root, String field, String otherwise) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be text, not " + node);
        }
        return node.asText();
    }

    private static <E extends Enum<E>> E choice(JsonNode root, String field, Class<E> type, E otherwise) {
        String value = text(root, field, null);
        if (value == null) {
            return otherwise;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("\"" + field + "\" must be " + String.join(" or ", allowed) + ", not \""
                + value + "\"");
    }

    private static List<String> list(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list of names, not " + node);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException("\"" + field + "\" must hold names, not " + item);
            }
            names.add(item.asText());
        }
        return names;
    }

    private static boolean bool(JsonNode root, String field, boolean otherwise) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" must be true or false, not " + node);
        }
        return node.asBoolean();
    }

    private static int integer(JsonNode root, String field, int otherwise) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number, not " + node);
        }
        return node.asInt();
    }

    private static double number(JsonNode root, String field, double otherwise) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number, not " + node);
        }
        return node.asDouble();
    }
}
