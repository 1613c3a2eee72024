package io.floorwatch.emulator.org;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON building and Genesys' date format for the emulator. Stateless; the mapper is configured once. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMappers.COMPACT;
    /** Genesys writes UTC with milliseconds and a literal Z: 2024-05-01T12:00:00.000Z. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** One analytics datum, {@code {"metric", "qualifier"?, "stats": {"count"}}}, appended to {@code data}. */
    public static ObjectNode countMetric(ArrayNode data, String metric, String qualifier, long count) {
        ObjectNode datum = data.addObject();
        datum.put("metric", metric);
        if (qualifier != null) {
            datum.put("qualifier", qualifier);
        }
        datum.putObject("stats").put("count", count);
        return datum;
    }

    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
