package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.notify.ChannelRegistry;
import io.floorwatch.emulator.notify.StreamingServer;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;

import java.time.Duration;
import java.util.Locale;

/**
 * {@code /emulator/admin/...}: switch faults at run time and read the org's truth. Not part of the Genesys
 * API; bound to loopback like the rest of the emulator.
 *
 * <pre>
 * POST /emulator/admin/faults  {"fault":"throttle","count":3,"retryAfterSeconds":2}
 *   faults: throttle, fail (count, status), createdButUnavailable (count), latency (millis),
 *           concurrentSkillChange (count), skillConflict (count), rateLimit (perMinute),
 *           expireTokens, tokenTtl (seconds), dropSockets, socketClosing (graceMillis),
 *           silence (on), duplicateQueueNames (policy: REJECT|ALLOW), reset
 * GET  /emulator/admin/faults
 * GET  /emulator/admin/agents                   every agent's presence and routing status now
 * POST /emulator/admin/skills/{skillId}/state   {"state":"inactive"}
 * </pre>
 */
final class AdminEndpoints {
    private final OrgDirectory org;
    private final Faults faults;
    private final TokenIssuer tokens;
    private final StreamingServer streaming;
    private final ChannelRegistry channels;
    private final QueueEndpoints queues;

    AdminEndpoints(OrgDirectory org, Faults faults, TokenIssuer tokens, StreamingServer streaming,
            ChannelRegistry channels, QueueEndpoints queues) {
        this.org = org;
        this.faults = faults;
        this.tokens = tokens;
        this.streaming = streaming;
        this.channels = channels;
        this.queues = queues;
    }

    void register(Router router) {
        router.add("GET", "/emulator/admin/faults", e -> HttpReply.ok(state()))
                .add("POST", "/emulator/admin/faults", this::fault)
                .add("GET", "/emulator/admin/agents", this::agents)
                .add("POST", "/emulator/admin/skills/{skillId}/state", this::skillState);
    }

    private HttpReply fault(Exchange exchange) {
        JsonNode body = exchange.json();
        String fault = body.path("fault").asText("");
        try {
            switch (fault) {
                case "throttle" -> faults.throttleNext(positive(body, "count"), positive(body, "retryAfterSeconds"));
                case "fail" -> faults.failNext(positive(body, "count"), body.path("status").asInt(503));
                case "createdButUnavailable" -> faults.createdButUnavailable(positive(body, "count"));
                case "latency" -> faults.latency(Duration.ofMillis(body.path("millis").asLong(0)));
                case "concurrentSkillChange" -> faults.concurrentSkillChange(positive(body, "count"));
                case "skillConflict" -> faults.skillConflicts(positive(body, "count"));
                case "rateLimit" -> faults.rateLimit(positive(body, "perMinute"));
                case "expireTokens" -> tokens.expireAll();
                case "tokenTtl" -> tokens.ttl(Duration.ofSeconds(positive(body, "seconds")));
                case "dropSockets" -> streaming.dropAll();
                case "socketClosing" -> streaming.announceClosing(Duration.ofMillis(body.path("graceMillis")
                        .asLong(60_000)));
                case "silence" -> streaming.silent(body.path("on").asBoolean(true));
                case "duplicateQueueNames" -> queues.duplicateNames(QueueEndpoints.DuplicateNames.valueOf(
                        body.path("policy").asText("").toUpperCase(Locale.ROOT)));
                case "reset" -> {
                    faults.reset();
                    streaming.silent(false);
                }
                default -> throw ApiError.badRequest("Unknown fault '" + fault + "'. Known: throttle, fail, "
                        + "createdButUnavailable, latency, concurrentSkillChange, skillConflict, rateLimit, "
                        + "expireTokens, tokenTtl, dropSockets, socketClosing, silence, duplicateQueueNames, reset");
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        return HttpReply.ok(state());
    }

    private static int positive(JsonNode body, String field) {
        int value = body.path(field).asInt(0);
        if (value < 1) {
            throw ApiError.badRequest(field + " must be a whole number of at least 1");
        }
        return value;
    }

    private ObjectNode state() {
        ObjectNode state = Json.object();
        state.put("faults", faults.describe());
        state.put("silent", streaming.silent());
        state.put("tokenTtlSeconds", tokens.ttl().toSeconds());
        state.put("tokensIssued", tokens.issuedCount());
        state.put("channels", channels.size());
        state.put("framesSent", streaming.framesSent());
        return state;
    }

    private HttpReply agents(Exchange exchange) {
        ArrayNode array = Json.array();
        for (EmUser user : org.users()) {
            EmUser.Status status = user.status();
            ObjectNode node = array.addObject();
            node.put("id", user.id());
            node.put("name", user.name());
            node.put("presence", status.presence().name());
            node.put("presenceSince", Json.date(status.presenceModified()));
            node.put("routingStatus", status.routingStatus().name());
            node.put("routingSince", Json.date(status.routingStart()));
        }
        return HttpReply.ok(array);
    }

    private HttpReply skillState(Exchange exchange) {
        String state = exchange.json().path("state").asText("");
        SkillState parsed;
        try {
            parsed = SkillState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("state must be active, inactive or deleted");
        }
        return org.setSkillState(exchange.path("skillId"), parsed).map(s -> HttpReply.empty(204))
                .orElseThrow(ApiError::notFound);
    }
}
