package io.floorwatch.emulator.rest;

import java.util.List;

/**
 * The permission check in front of a write endpoint: a signed-in person's token needs one of the permissions
 * (Genesys' "Requires ANY permissions"), or the request is answered 403 with Genesys' error body and changes
 * nothing. Client-credentials tokens hold every permission here (the client's roles are not modelled).
 */
final class Permissions {
    private Permissions() {
    }

    static Router.Handler requires(Router.Handler handler, String... anyOf) {
        List<String> permissions = List.of(anyOf);
        return exchange -> {
            if (permissions.stream().noneMatch(exchange.token.grant::permits)) {
                throw ApiError.missingPermissions(permissions);
            }
            return handler.handle(exchange);
        };
    }
}
