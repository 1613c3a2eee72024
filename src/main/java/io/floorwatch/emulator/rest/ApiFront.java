package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.org.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * What every request goes through: the correlation id, latency, bearer check (401), the token's rate window
 * (429 + {@code Retry-After}), injected 429s and 5xx bursts, then the route; and on the way out the
 * {@code inin-ratelimit-*} headers and Genesys' ErrorBody for anything that failed.
 */
final class ApiFront {
    private static final Logger LOG = LoggerFactory.getLogger(ApiFront.class);
    static final String CORRELATION_HEADER = "ININ-Correlation-Id";

    private final Clock clock;
    private final TokenIssuer tokens;
    private final Faults faults;
    private final OAuthEndpoint oauth;
    private final AuthorizeEndpoint authorize;
    private final Router api;
    private final Router admin;
    private final Downloads downloads;

    ApiFront(Clock clock, TokenIssuer tokens, Faults faults, OAuthEndpoint oauth, AuthorizeEndpoint authorize,
            Router api, Router admin, Downloads downloads) {
        this.authorize = authorize;
        this.clock = clock;
        this.tokens = tokens;
        this.faults = faults;
        this.oauth = oauth;
        this.api = api;
        this.admin = admin;
        this.downloads = downloads;
    }

    HttpReply handle(Exchange exchange) {
        String correlationId = UUID.randomUUID().toString();
        HttpReply reply;
        TokenIssuer.Usage usage = null;
        try {
            if (exchange.path.equals("/oauth/token") && exchange.method.equals("POST")) {
                reply = oauth.token(exchange);
            } else if (exchange.path.equals("/oauth/authorize") && exchange.method.equals("GET")) {
                reply = authorize.show(exchange);
            } else if (exchange.path.equals("/oauth/authorize") && exchange.method.equals("POST")) {
                reply = authorize.submit(exchange);
            } else if (exchange.path.startsWith(Downloads.PREFIX) && exchange.method.equals("GET")) {
                reply = downloads.fetch(exchange);
            } else if (exchange.path.startsWith("/emulator/admin/")) {
                reply = admin.match(exchange).orElseThrow(ApiError::notFound).handle(exchange);
            } else if (exchange.path.startsWith("/api/v2/")) {
                pause(faults.latencyMillis());
                faults.countRequest();
                exchange.token = authenticate(exchange);
                usage = exchange.token.count(clock.instant(), faults.rateLimit());
                if (usage.exceeded()) {
                    faults.countThrottled();
                    throw ApiError.tooManyRequests(usage.resetSeconds());
                }
                int retryAfter = faults.takeThrottle();
                if (retryAfter >= 0) {
                    faults.countThrottled();
                    throw ApiError.tooManyRequests(retryAfter);
                }
                int failure = faults.takeFailure();
                if (failure > 0) {
                    throw new ApiError(failure, failure == 503 ? "service.unavailable" : "internal.server.error",
                            "The service is currently unavailable");
                }
                reply = api.match(exchange).orElseThrow(ApiError::notFound).handle(exchange);
            } else {
                throw ApiError.notFound();
            }
        } catch (ApiError e) {
            reply = errorReply(e, correlationId);
        } catch (RuntimeException e) {
            LOG.error("emulator failed on {} {}", exchange.method, exchange.path, e);
            reply = errorReply(new ApiError(500, "internal.server.error", "The server encountered an unexpected "
                    + "condition"), correlationId);
        }
        reply.header(CORRELATION_HEADER, correlationId);
        if (usage != null) {
            reply.header("inin-ratelimit-allowed", Integer.toString(usage.allowed()));
            reply.header("inin-ratelimit-count", Integer.toString(usage.count()));
            reply.header("inin-ratelimit-reset", Long.toString(usage.resetSeconds()));
        }
        return reply;
    }

    private TokenIssuer.Token authenticate(Exchange exchange) {
        String header = exchange.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ApiError(401, "authentication.required",
                    "No authentication bearer token specified in authorization header.");
        }
        return tokens.find(header.substring(7).trim())
                .orElseThrow(() -> new ApiError(401, "bad.credentials", "Invalid login credentials."));
    }

    private static HttpReply errorReply(ApiError error, String correlationId) {
        ObjectNode body = Json.object();
        body.put("message", error.getMessage());
        body.put("code", error.code);
        body.put("status", error.status);
        body.put("contextId", correlationId);
        body.putArray("details");
        body.putArray("errors");
        HttpReply reply = HttpReply.json(error.status, body);
        for (Map.Entry<String, String> header : error.headers.entrySet()) {
            reply.header(header.getKey(), header.getValue());
        }
        return reply;
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
