package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.emulator.org.PresenceCatalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Users (with expand), presence, routing status, presence definitions and system presences. */
final class UserEndpoints {
    private static final int MAX_USERS_PAGE = 500;
    static final String PURECLOUD_SOURCE = "PURECLOUD";

    private final OrgDirectory org;
    private final WireViews views;

    UserEndpoints(OrgDirectory org, WireViews views) {
        this.org = org;
        this.views = views;
    }

    void register(Router router) {
        router.add("GET", "/api/v2/users", this::listUsers)
                .add("GET", "/api/v2/users/{userId}", this::getUser)
                .add("GET", "/api/v2/users/{userId}/routingstatus", this::getRoutingStatus)
                .add("PUT", "/api/v2/users/{userId}/routingstatus", this::putRoutingStatus)
                .add("GET", "/api/v2/users/{userId}/presences/purecloud", this::getPresence)
                .add("PATCH", "/api/v2/users/{userId}/presences/purecloud", this::patchPresence)
                .add("GET", "/api/v2/users/{userId}/presences/{sourceId}", e -> getPresence(source(e)))
                .add("PATCH", "/api/v2/users/{userId}/presences/{sourceId}", e -> patchPresence(source(e)))
                .add("GET", "/api/v2/presencedefinitions", this::listPresenceDefinitions)
                .add("GET", "/api/v2/presencedefinitions/{definitionId}", this::getPresenceDefinition)
                .add("GET", "/api/v2/systempresences", this::systemPresences)
                .add("GET", "/api/v2/organizations/me", this::organization);
    }

    private HttpReply listUsers(Exchange exchange) {
        Listing.Paging paging = Listing.paging(exchange, 25, MAX_USERS_PAGE);
        String state = exchange.query("state");
        if (state != null && !List.of("active", "inactive", "deleted", "any").contains(state)) {
            throw ApiError.badRequest("Invalid value for state: " + state);
        }
        List<EmUser> users = "inactive".equals(state) || "deleted".equals(state) ? List.of()
                : org.users().stream().filter(u -> exchange.sees(u.divisionId())).toList();
        List<String> ids = exchange.queryAll("id");
        if (!ids.isEmpty()) {
            Set<String> wanted = new HashSet<>(ids);
            users = users.stream().filter(u -> wanted.contains(u.id())).toList();
        }
        if ("desc".equalsIgnoreCase(exchange.query("sortOrder"))) {
            users = new ArrayList<>(users);
            Collections.reverse(users);
        }
        Set<String> expand = expand(exchange);
        return HttpReply.ok(Listing.page(exchange, users, u -> views.user(u, expand), paging, true));
    }

    private HttpReply getUser(Exchange exchange) {
        return HttpReply.ok(views.user(user(exchange), expand(exchange)));
    }

    private HttpReply getRoutingStatus(Exchange exchange) {
        // "A value of OFF_QUEUE will be returned if the specified user does not exist."
        return org.user(exchange.path("userId"))
                .map(u -> HttpReply.ok(views.routingStatus(u, u.status())))
                .orElseGet(() -> {
                    ObjectNode body = Json.object();
                    body.put("userId", exchange.path("userId"));
                    body.put("status", RoutingStatus.OFF_QUEUE.name());
                    return HttpReply.ok(body);
                });
    }

    private HttpReply putRoutingStatus(Exchange exchange) {
        EmUser user = user(exchange);
        JsonNode body = exchange.json();
        String status = body.path("status").asText("");
        RoutingStatus parsed;
        try {
            parsed = RoutingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Invalid value for status: '" + status + "'. Allowed: OFF_QUEUE, IDLE, "
                    + "INTERACTING, NOT_RESPONDING, COMMUNICATING");
        }
        org.setRoutingStatus(user, parsed);
        return HttpReply.ok(views.routingStatus(user, user.status()));
    }

    private HttpReply getPresence(Exchange exchange) {
        EmUser user = user(exchange);
        return HttpReply.ok(views.presence(user.status()));
    }

    private HttpReply patchPresence(Exchange exchange) {
        EmUser user = user(exchange);
        String id = exchange.json().path("presenceDefinition").path("id").asText("");
        if (id.isEmpty()) {
            throw ApiError.badRequest("presenceDefinition.id is required");
        }
        PresenceCatalog.Entry entry = org.presences().byId(id)
                .orElseThrow(() -> ApiError.badRequest("Unknown presence definition " + id));
        org.setPresence(user, entry.presence());
        return HttpReply.ok(views.presence(user.status()));
    }

    /** The org's one presence source is Genesys Cloud's own ("PURECLOUD"); any other is not found. */
    private static Exchange source(Exchange exchange) {
        if (!PURECLOUD_SOURCE.equalsIgnoreCase(exchange.path("sourceId"))) {
            throw ApiError.notFound();
        }
        return exchange;
    }

    private HttpReply listPresenceDefinitions(Exchange exchange) {
        Listing.Paging paging = Listing.paging(exchange, 25, 100);
        return HttpReply.ok(Listing.page(exchange, org.presences().entries(), views::presenceDefinition, paging, true));
    }

    private HttpReply getPresenceDefinition(Exchange exchange) {
        return org.presences().byId(exchange.path("definitionId")).map(e -> HttpReply.ok(views.presenceDefinition(e)))
                .orElseThrow(ApiError::notFound);
    }

    private HttpReply systemPresences(Exchange exchange) {
        ArrayNode array = Json.array();
        for (PresenceCatalog.Entry entry : org.presences().entries()) {
            ObjectNode node = array.addObject();
            node.put("id", entry.eventName());
            node.put("name", entry.restName());
            node.put("selfUri", "/api/v2/systempresences/" + entry.eventName());
        }
        return HttpReply.ok(array);
    }

    static final String ORG_NAME = "Floorwatch Demo";

    private HttpReply organization(Exchange exchange) {
        ObjectNode body = Json.object();
        body.put("id", org.homeDivisionId());
        body.put("name", ORG_NAME);
        body.put("defaultLanguage", "en-us");
        body.put("defaultCountryCode", "US");
        body.put("thirdPartyOrgName", "floorwatch-demo");
        body.put("domain", "floorwatch-demo");
        body.put("version", 1);
        body.put("state", "active");
        body.put("selfUri", "/api/v2/organizations/me");
        return HttpReply.ok(body);
    }

    private EmUser user(Exchange exchange) {
        return org.user(exchange.path("userId")).filter(u -> exchange.sees(u.divisionId()))
                .orElseThrow(ApiError::notFound);
    }

    private static Set<String> expand(Exchange exchange) {
        Set<String> expand = new HashSet<>();
        exchange.queryAll("expand").forEach(e -> expand.add(e.toLowerCase(Locale.ROOT)));
        return expand;
    }
}
