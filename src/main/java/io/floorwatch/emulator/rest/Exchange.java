package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.base.UrlForms;
import io.floorwatch.emulator.org.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** One request as the endpoints see it: method, path, parameters, headers, body, and who is calling. */
final class Exchange {
    final String method;
    final String path;
    final String rawQuery;
    private final Map<String, List<String>> query;
    private final UnaryOperator<String> headers;
    final String body;
    Map<String, String> pathParams = Map.of();
    TokenIssuer.Token token;

    /** Whether this request's token may see what lives in this division. */
    boolean sees(String divisionId) {
        return token == null || token.grant.seesDivision(divisionId);
    }

    /** Who acts: the signed-in person's user id, or the OAuth client for a client-credentials token. */
    String actor() {
        return token.grant.isUser() ? token.grant.userId() : token.clientId;
    }

    Exchange(String method, String path, String rawQuery, UnaryOperator<String> headers, String body) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.query = parseQuery(this.rawQuery);
        this.headers = headers;
        this.body = body == null ? "" : body;
    }

    String header(String name) {
        return headers.apply(name);
    }

    String path(String name) {
        return pathParams.get(name);
    }

    String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** All values of a parameter, whether repeated ({@code expand=a&expand=b}) or comma-joined ({@code a,b}). */
    List<String> queryAll(String name) {
        List<String> all = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.trim());
                }
            }
        }
        return all;
    }

    int queryInt(String name, int fallback) {
        String value = query(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid value for " + name + ": '" + value + "' is not a number");
        }
    }

    boolean queryBool(String name, boolean fallback) {
        String value = query(name);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    /** Query parameters other than the given ones, in their original order and encoding. */
    String queryWithout(String... names) {
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String key = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!List.of(names).contains(key)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    /** The body as JSON; a malformed or missing body is the client's error, answered 400. */
    JsonNode json() {
        if (body.isBlank()) {
            throw ApiError.badRequest("The request could not be understood by the server due to malformed syntax: "
                    + "a JSON body is required");
        }
        try {
            return Json.parse(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The request could not be understood by the server due to malformed syntax: "
                    + e.getOriginalMessage());
        }
    }

    /** An {@code application/x-www-form-urlencoded} body, first value of each name. */
    Map<String, String> form() {
        return UrlForms.parse(body);
    }

    /** The query parameters, first value of each name. */
    Map<String, String> queryFirst() {
        Map<String, String> first = new LinkedHashMap<>();
        query.forEach((k, v) -> first.put(k, v.get(0)));
        return first;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
