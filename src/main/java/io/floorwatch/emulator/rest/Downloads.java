package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's stand-in for Genesys' download service: a large answer is left here and the API answers with a
 * {@code downloadUrl} that anyone holding it may fetch once, without a token (as a signed URL is).
 */
final class Downloads {
    static final String PREFIX = "/emulator/downloads/";

    private final Map<String, JsonNode> waiting = new ConcurrentHashMap<>();

    /** Leaves {@code body} for one fetch and answers its URL on the host the request came to. */
    String leave(Exchange exchange, JsonNode body) {
        String key = UUID.randomUUID().toString();
        waiting.put(key, body);
        return "http://" + exchange.header("Host") + PREFIX + key;
    }

    HttpReply fetch(Exchange exchange) {
        JsonNode body = waiting.remove(exchange.path.substring(PREFIX.length()));
        if (body == null) {
            throw ApiError.notFound("No such download (each is fetched once)");
        }
        return HttpReply.ok(body);
    }
}
