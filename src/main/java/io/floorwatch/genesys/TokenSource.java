package io.floorwatch.genesys;

import io.floorwatch.base.IoProblems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.TokenStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The OAuth client-credentials token: fetched from the login host, reused until shortly before it expires,
 * and fetched again after a 401. Thread-safe; at most one token request is in flight at a time.
 */
public final class TokenSource implements AccessTokens {
    private static final Logger LOG = LoggerFactory.getLogger(TokenSource.class);
    private static final Duration MAX_EARLY_REFRESH = Duration.ofMinutes(5);

    private final Credentials credentials;
    private final URI tokenUri;
    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json = JsonMappers.COMPACT;
    private String token;
    private Instant expiresAt = Instant.EPOCH;
    private Instant refreshAt = Instant.EPOCH;
    private volatile TokenStatus status = TokenStatus.none();

    public TokenSource(Credentials credentials, Clock clock, Duration timeout) {
        this.credentials = credentials;
        this.tokenUri = Regions.tokenUri(credentials.apiBaseUrl());
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public synchronized String current() {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    @Override
    public synchronized void refused(String refusedToken) {
        if (refusedToken != null && refusedToken.equals(token)) {
            token = null;
        }
    }

    @Override
    public TokenStatus status() {
        return status;
    }

    private void fetch() {
        String basic = Base64.getEncoder().encodeToString(
                (credentials.clientId() + ":" + credentials.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            status = new TokenStatus(TokenStatus.State.FAILED, null, "Cannot reach " + tokenUri.getHost());
            throw new GenesysException(GenesysException.NO_RESPONSE, "network",
                    "Cannot reach the login service at " + tokenUri + ": " + IoProblems.network(e), null, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysException(GenesysException.NO_RESPONSE, "interrupted", "Interrupted while logging in",
                    null, false, e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            String error = body.path("error").asText("");
            String description = body.path("error_description").asText(body.path("description").asText(""));
            String message = "invalid_client".equals(error)
                    ? "Login refused: the client id or secret is wrong (" + description + ")"
                    : "Login failed" + (error.isEmpty() ? "" : ": " + error)
                            + (description.isEmpty() ? "" : " (" + description + ")");
            status = new TokenStatus(TokenStatus.State.FAILED, null, message);
            throw new GenesysException(response.statusCode(), error, message,
                    response.headers().firstValue("ININ-Correlation-Id").orElse(null));
        }
        long seconds = Math.max(1, body.path("expires_in").asLong(86_400));
        Instant now = clock.instant();
        token = body.get("access_token").asText();
        expiresAt = now.plusSeconds(seconds);
        Duration early = Duration.ofSeconds(seconds / 10);
        refreshAt = expiresAt.minus(early.compareTo(MAX_EARLY_REFRESH) > 0 ? MAX_EARLY_REFRESH : early);
        status = new TokenStatus(TokenStatus.State.VALID, expiresAt, "Token valid");
        LOG.info("obtained an access token for client {} valid for {} s", credentials.clientId(), seconds);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
