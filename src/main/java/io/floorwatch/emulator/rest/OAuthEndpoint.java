package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.org.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code POST /oauth/token}: the client-credentials grant with Basic authentication and a form body, answered
 * {@code {access_token, token_type, expires_in}} or with the OAuth error Genesys sends for a wrong client.
 */
final class OAuthEndpoint {
    private final String clientId;
    private final String clientSecret;
    private final TokenIssuer tokens;

    OAuthEndpoint(String clientId, String clientSecret, TokenIssuer tokens) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokens = tokens;
    }

    HttpReply token(Exchange exchange) {
        String contentType = exchange.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request", "content type must be application/x-www-form-urlencoded");
        }
        String grant = formValue(exchange.body, "grant_type");
        if (grant == null) {
            return oauthError(400, "invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grant)) {
            return oauthError(400, "unsupported_grant_type", "unsupported grant type: " + grant);
        }
        String[] credentials = basic(exchange.header("Authorization"));
        if (credentials == null || !constantTimeEquals(credentials[0], clientId)
                || !constantTimeEquals(credentials[1], clientSecret)) {
            return oauthError(401, "invalid_client", "authentication failed");
        }
        TokenIssuer.Token token = tokens.issue(credentials[0]);
        ObjectNode body = Json.object();
        body.put("access_token", token.value);
        body.put("token_type", "bearer");
        body.put("expires_in", Math.max(1, tokens.ttl().toSeconds()));
        return HttpReply.ok(body);
    }

    private static HttpReply oauthError(int status, String error, String description) {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("description", description);
        body.put("error_description", description);
        return HttpReply.json(status, body);
    }

    private static String formValue(String body, String name) {
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
