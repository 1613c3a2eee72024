package io.floorwatch.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What Floorwatch's own record formats (the agent-state topic, the roster) share: the JSON object read from a
 * record's bytes, the schema version checked, and fields read or refused with a reason naming the field. A refusal
 * is an IllegalArgumentException whose message is the reason the rejected-messages table keeps.
 */
final class RecordFields {
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    private RecordFields() {
    }

    /** The record's bytes as one JSON object; refused as "not JSON: ..." or "not a JSON object". */
    static JsonNode object(byte[] value) {
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("not JSON: " + reason, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return root;
    }

    /** Refuses a schema version this Floorwatch does not read (none given is the first). */
    static void checkVersion(JsonNode root, int supported) {
        JsonNode version = root.get("schemaVersion");
        if (version != null && !version.isNull() && (!version.canConvertToInt() || version.asInt() > supported
                || version.asInt() < 1)) {
            throw new IllegalArgumentException("schemaVersion " + version + " is not one this Floorwatch reads ("
                    + supported + ")");
        }
    }

    /** A field that must be non-empty text. */
    static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " must be non-empty text, not " + value);
        }
        return value.asText();
    }

    /** A field that must be an ISO-8601 instant. */
    static Instant instant(JsonNode root, String field) {
        String at = text(root, field);
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + at + "' is not an ISO-8601 instant", e);
        }
    }

    /** An instant that may be absent (null). */
    static Instant optionalInstant(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : instant(root, field);
    }

    /** The object as a record's bytes. */
    static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record could not be written as JSON", e);
        }
    }
}
