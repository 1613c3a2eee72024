package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.org.EmRole;
import io.floorwatch.emulator.org.EmUtilization;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;

import java.util.Iterator;
import java.util.Map;

/**
 * Utilisation, as Genesys serves it: the org-wide setting ({@code UtilizationResponse}) and an agent's
 * ({@code AgentMaxUtilizationResponse}, whose {@code level} says whether it is the agent's own or the org's). A PUT
 * replaces the setting; DELETE of an agent's puts them back on the org's. A body that is not a map of known media
 * types to {@code MediaUtilization} is refused with 400 and changes nothing.
 */
final class UtilizationEndpoints {
    private final OrgDirectory org;

    UtilizationEndpoints(OrgDirectory org) {
        this.org = org;
    }

    void register(Router router) {
        String[] view = {EmRole.UTILIZATION_VIEW, EmRole.UTILIZATION_MANAGE};
        router.add("GET", "/api/v2/routing/utilization", Permissions.requires(this::orgSetting, view))
                .add("PUT", "/api/v2/routing/utilization", Permissions.requires(this::replaceOrg,
                        EmRole.UTILIZATION_MANAGE))
                .add("DELETE", "/api/v2/routing/utilization", Permissions.requires(this::resetOrg,
                        EmRole.UTILIZATION_MANAGE))
                .add("GET", "/api/v2/routing/users/{userId}/utilization", Permissions.requires(this::agentSetting,
                        view))
                .add("PUT", "/api/v2/routing/users/{userId}/utilization", Permissions.requires(this::replaceAgent,
                        EmRole.UTILIZATION_MANAGE))
                .add("DELETE", "/api/v2/routing/users/{userId}/utilization", Permissions.requires(this::resetAgent,
                        EmRole.UTILIZATION_MANAGE));
    }

    private HttpReply orgSetting(Exchange exchange) {
        return HttpReply.ok(response(org.utilization().org()));
    }

    private HttpReply replaceOrg(Exchange exchange) {
        org.utilization().setOrg(media(exchange.json()));
        return orgSetting(exchange);
    }

    private HttpReply resetOrg(Exchange exchange) {
        org.utilization().setOrg(Json.object());
        return HttpReply.empty(204);
    }

    private HttpReply agentSetting(Exchange exchange) {
        String userId = user(exchange);
        ObjectNode body = response(org.utilization().effective(userId));
        body.put("level", org.utilization().hasOwn(userId) ? "Agent" : "Organization");
        return HttpReply.ok(body);
    }

    private HttpReply replaceAgent(Exchange exchange) {
        String userId = user(exchange);
        org.utilization().setAgent(userId, media(exchange.json()));
        return agentSetting(exchange);
    }

    private HttpReply resetAgent(Exchange exchange) {
        org.utilization().resetAgent(user(exchange));
        return HttpReply.empty(204);
    }

    private String user(Exchange exchange) {
        String userId = exchange.path("userId");
        if (org.user(userId).isEmpty()) {
            throw ApiError.notFound("User " + userId + " not found");
        }
        return userId;
    }

    private static ObjectNode response(ObjectNode media) {
        ObjectNode body = Json.object();
        body.set("utilization", media);
        return body;
    }

    /** The request's {@code utilization} map, checked: known media, a whole capacity of 0 or more, known media interrupted. */
    private static ObjectNode media(JsonNode request) {
        JsonNode utilization = request.path("utilization");
        if (!utilization.isObject()) {
            throw ApiError.badRequest("utilization is required: a map of media type to its settings");
        }
        ObjectNode media = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = utilization.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!EmUtilization.MEDIA.contains(entry.getKey())) {
                throw ApiError.badRequest("Unknown media type '" + entry.getKey() + "'");
            }
            JsonNode capacity = entry.getValue().path("maximumCapacity");
            if (!capacity.isIntegralNumber() || !capacity.canConvertToInt() || capacity.asInt() < 0) {
                throw ApiError.badRequest(entry.getKey() + ".maximumCapacity must be a whole number of 0 or more");
            }
            for (JsonNode interrupted : entry.getValue().path("interruptableMediaTypes")) {
                if (!EmUtilization.MEDIA.contains(interrupted.asText())) {
                    throw ApiError.badRequest("Unknown interruptable media type '" + interrupted.asText() + "'");
                }
            }
            media.set(entry.getKey(), entry.getValue().deepCopy());
        }
        return media;
    }
}
