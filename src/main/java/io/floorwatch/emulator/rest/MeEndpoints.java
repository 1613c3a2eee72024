package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.EmRole;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.OrgDirectory;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in person and their tokens: {@code GET /api/v2/users/me} (with {@code expand=authorization}: the
 * role and permissions; {@code organization} always), {@code DELETE /api/v2/tokens/me} (this token) and
 * {@code DELETE /api/v2/tokens/{userId}} (all of a person's, permission {@code oauth:token:delete}). Registered
 * before the user endpoints, whose {@code /users/{userId}} would otherwise take {@code me}.
 */
final class MeEndpoints {
    private final OrgDirectory org;
    private final WireViews views;
    private final TokenIssuer tokens;

    MeEndpoints(OrgDirectory org, WireViews views, TokenIssuer tokens) {
        this.org = org;
        this.views = views;
        this.tokens = tokens;
    }

    void register(Router router) {
        router.add("GET", "/api/v2/users/me", this::me)
                .add("DELETE", "/api/v2/tokens/me", this::revokeMine)
                .add("DELETE", "/api/v2/tokens/{userId}", Permissions.requires(this::revokeUser, EmRole.TOKEN_DELETE));
    }

    private HttpReply me(Exchange exchange) {
        if (!exchange.token.grant.isUser()) {
            // As a real org answers a client-credentials token (wire notes).
            throw ApiError.badRequest("This request requires a user context. Client credentials cannot be used for "
                    + "requests to this resource.");
        }
        String userId = exchange.token.grant.userId();
        EmUser user = org.user(userId).orElseThrow(ApiError::notFound);
        EmAccount account = org.accountOf(userId).orElseThrow(ApiError::notFound);
        ObjectNode body = views.user(user, Set.of());
        ObjectNode organization = body.putObject("organization");
        organization.put("id", org.homeDivisionId());
        organization.put("name", UserEndpoints.ORG_NAME);
        organization.put("selfUri", "/api/v2/organizations/me");
        boolean authorization = exchange.queryAll("expand").stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).equals("authorization"));
        if (authorization) {
            ObjectNode node = body.putObject("authorization");
            ArrayNode roles = node.putArray("roles");
            ObjectNode role = roles.addObject();
            role.put("id", account.role().id());
            role.put("name", account.role().name());
            node.putArray("unusedRoles");
            ArrayNode permissions = node.putArray("permissions");
            new TreeSet<>(account.role().permissions()).forEach(permissions::add);
            node.putArray("permissionPolicies");
        }
        return HttpReply.ok(body);
    }

    private HttpReply revokeMine(Exchange exchange) {
        tokens.revoke(exchange.token);
        return HttpReply.empty(204);
    }

    /**
     * Logs the user out everywhere: their tokens stop working and, as when an agent's client signs out, they go
     * Offline and off queue (the presence change is published like any other).
     */
    private HttpReply revokeUser(Exchange exchange) {
        String userId = exchange.path("userId");
        tokens.revokeUser(userId);
        org.user(userId).ifPresent(user -> org.setPresence(user, SystemPresence.OFFLINE));
        return HttpReply.empty(204);
    }
}
