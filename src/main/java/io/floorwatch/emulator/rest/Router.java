package io.floorwatch.emulator.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps method and path templates ({@code /api/v2/users/{userId}}) to handlers. */
final class Router {
    interface Handler {
        HttpReply handle(Exchange exchange);
    }

    private record Route(String method, String[] segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, template.substring(1).split("/"), handler));
        return this;
    }

    Optional<Handler> match(Exchange exchange) {
        String[] parts = exchange.path.length() > 1 ? exchange.path.substring(1).split("/") : new String[0];
        for (Route route : routes) {
            if (!route.method.equals(exchange.method) || route.segments.length != parts.length) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                String segment = route.segments[i];
                if (segment.startsWith("{")) {
                    params.put(segment.substring(1, segment.length() - 1), parts[i]);
                } else {
                    matches = segment.equals(parts[i]);
                }
            }
            if (matches) {
                exchange.pathParams = params;
                return Optional.of(route.handler);
            }
        }
        return Optional.empty();
    }
}
