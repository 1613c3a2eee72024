package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.emulator.org.Json;

import java.util.ArrayList;
import java.util.List;

/** A response on its way out: status, headers in order and exactly as spelled, and a body (or none). */
final class HttpReply {
    final int status;
    final List<String[]> headers = new ArrayList<>();
    final String body;

    private HttpReply(int status, String body) {
        this.status = status;
        this.body = body;
    }

    static HttpReply json(int status, JsonNode body) {
        HttpReply reply = new HttpReply(status, Json.write(body));
        reply.header("Content-Type", "application/json");
        return reply;
    }

    static HttpReply ok(JsonNode body) {
        return json(200, body);
    }

    static HttpReply html(int status, String page) {
        HttpReply reply = new HttpReply(status, page);
        reply.header("Content-Type", "text/html; charset=utf-8");
        reply.header("Cache-Control", "no-store");
        return reply;
    }

    static HttpReply redirect(String location) {
        return empty(302).header("Location", location).header("Cache-Control", "no-store");
    }

    static HttpReply empty(int status) {
        return new HttpReply(status, null);
    }

    HttpReply header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }
}
