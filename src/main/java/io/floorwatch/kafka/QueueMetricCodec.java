package io.floorwatch.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.QueueSnapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Queue-metric records in the upstream pipeline's JSON (key = queue id):
 * {@code {"queueId","skillId","waitTimeSeconds","agentsAvailable","abandonedRate"}} plus the optional
 * {@code waiting, longestWaitSeconds, agentsOnQueue, agentsIdle, agentsInteracting, serviceLevel, timestamp,
 * schemaVersion}. Unknown fields are tolerated; a record that is missing a required field, has one of the wrong
 * type or out of range, or comes in a newer schema is rejected with a reason that names the field.
 */
public final class QueueMetricCodec implements RecordDecoder<QueueSnapshot> {
    /** The schema version this codec reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    static final String SOURCE = "kafka";
    private static final ObjectMapper JSON = JsonMappers.COMPACT;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double MAX_WAIT_SECONDS = 7 * 24 * 3600;
    private static final int MAX_AGENTS = 1_000_000;

    private final Clock clock;

    public QueueMetricCodec(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Decoded<QueueSnapshot> decode(String key, byte[] value) {
        if (value == null || value.length == 0) {
            return new Decoded.Rejected<>("empty record");
        }
        Fields root;
        try {
            root = Fields.parse(value);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return new Decoded.Rejected<>("not JSON: " + reason);
        }
        if (root == null) {
            return new Decoded.Rejected<>("not a JSON object");
        }
        try {
            return new Decoded.Ok<>(read(key, root));
        } catch (IllegalArgumentException e) {
            return new Decoded.Rejected<>(e.getMessage());
        }
    }

    /**
     * The record's top-level fields that this codec reads, gathered by one streaming pass: no tree is built for
     * the record (decoding is the consumer thread's main cost at 100,000 records a second), unknown fields are
     * skipped, and a later duplicate wins as it would in a tree.
     */
    private static final class Fields {
        private static final String[] NAMES = {"schemaVersion", "queueId", "skillId", "waitTimeSeconds",
            "agentsAvailable", "abandonedRate", "longestWaitSeconds", "waiting", "agentsOnQueue", "agentsIdle",
            "agentsInteracting", "serviceLevel", "timestamp"};
        private final JsonNode[] values = new JsonNode[NAMES.length];

        /** The fields of a JSON object, or null when the value is not an object. */
        static Fields parse(byte[] value) throws IOException {
            try (JsonParser parser = JSON.getFactory().createParser(value)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                Fields fields = new Fields();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    int index = index(parser.currentName());
                    JsonToken token = parser.nextToken();
                    if (index < 0) {
                        parser.skipChildren();
                    } else {
                        fields.values[index] = scalar(parser, token);
                    }
                }
                return fields;
            }
        }

        private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(parser.getBigIntegerValue()) : NODES.numberNode(parser.getLongValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> NODES.nullNode();
                default -> JSON.readTree(parser); // an object or array where a scalar belongs: kept for the message
            };
        }

        private static int index(String name) {
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        JsonNode get(String name) {
            return values[index(name)];
        }

        boolean has(String name) {
            return get(name) != null;
        }
    }

    private QueueSnapshot read(String key, Fields root) {
        int version = root.has("schemaVersion") ? integer(root, "schemaVersion", 1, Integer.MAX_VALUE) : 1;
        if (version > SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + version + " is newer than this Floorwatch reads ("
                    + SCHEMA_VERSION + ")");
        }
        String queueId = text(root, "queueId", true);
        if (key != null && !key.equals(queueId)) {
            throw new IllegalArgumentException("key '" + key + "' does not match queueId '" + queueId + "'");
        }
        double wait = number(root, "waitTimeSeconds", 0, MAX_WAIT_SECONDS);
        int available = integer(root, "agentsAvailable", 0, MAX_AGENTS);
        double abandoned = number(root, "abandonedRate", 0, 1);
        return new QueueSnapshot(queueId, text(root, "skillId", false), timestamp(root), wait,
                optionalNumber(root, "longestWaitSeconds", 0, MAX_WAIT_SECONDS), available, abandoned,
                optionalInteger(root, "waiting"), optionalInteger(root, "agentsOnQueue"),
                optionalInteger(root, "agentsIdle"), optionalInteger(root, "agentsInteracting"),
                optionalNumber(root, "serviceLevel", 0, 1), SOURCE);
    }

    private Instant timestamp(Fields root) {
        JsonNode value = root.get("timestamp");
        if (value == null || value.isNull()) {
            return clock.instant();
        }
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        if (value.isTextual()) {
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("timestamp '" + value.asText() + "' is not an ISO-8601 instant");
            }
        }
        throw new IllegalArgumentException("timestamp must be an ISO-8601 string or epoch milliseconds, not "
                + value);
    }

    private static String text(Fields root, String field, boolean required) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + " is missing");
            }
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new IllegalArgumentException(field + " must be text, not " + value);
        }
        String text = value.asText().trim();
        if (required && text.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        return text.isEmpty() ? null : text;
    }

    private static double number(Fields root, String field, double min, double max) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return checked(field, value, min, max);
    }

    private static Double optionalNumber(Fields root, String field, double min, double max) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : checked(field, value, min, max);
    }

    private static double checked(String field, JsonNode value, double min, double max) {
        if (!value.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number, not " + value);
        }
        double number = value.asDouble();
        if (!Double.isFinite(number) || number < min || number > max) {
            throw new IllegalArgumentException(field + " " + value + " is outside " + format(min) + ".."
                    + format(max));
        }
        return number;
    }

    private static int integer(Fields root, String field, int min, int max) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return checkedInteger(field, value, min, max);
    }

    private static Integer optionalInteger(Fields root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : checkedInteger(field, value, 0, MAX_AGENTS);
    }

    private static int checkedInteger(String field, JsonNode value, int min, int max) {
        if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
            throw new IllegalArgumentException(field + " must be a whole number, not " + value);
        }
        long number = value.asLong();
        if (number < min || number > max) {
            throw new IllegalArgumentException(field + " " + value + " is outside " + min + ".." + max);
        }
        return (int) number;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The record's value in the upstream format, at this codec's schema version. */
    public byte[] encode(QueueSnapshot snapshot) {
        ObjectNode node = JSON.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("queueId", snapshot.queueId());
        if (snapshot.skillId() != null) {
            node.put("skillId", snapshot.skillId());
        }
        node.put("waitTimeSeconds", snapshot.waitTimeSeconds());
        node.put("agentsAvailable", snapshot.agentsAvailable());
        node.put("abandonedRate", snapshot.abandonedRate() == null ? 0 : snapshot.abandonedRate());
        putIfKnown(node, "longestWaitSeconds", snapshot.longestWaitSeconds());
        putIfKnown(node, "waiting", snapshot.waiting());
        putIfKnown(node, "agentsOnQueue", snapshot.onQueue());
        putIfKnown(node, "agentsIdle", snapshot.idle());
        putIfKnown(node, "agentsInteracting", snapshot.interacting());
        putIfKnown(node, "serviceLevel", snapshot.serviceLevel());
        node.put("timestamp", snapshot.at().toString());
        try {
            return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a queue snapshot could not be written as JSON", e);
        }
    }

    private static void putIfKnown(ObjectNode node, String field, Number value) {
        if (value instanceof Integer i) {
            node.put(field, i);
        } else if (value instanceof Double d) {
            node.put(field, d);
        }
    }
}
