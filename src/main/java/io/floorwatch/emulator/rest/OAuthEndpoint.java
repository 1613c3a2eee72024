package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/token}, form body: the client-credentials grant with Basic authentication, answered
 * {@code {access_token, token_type, expires_in}}; the authorization code grant of the public sign-in client
 * ({@code code}, {@code redirect_uri}, {@code client_id}, {@code code_verifier}, no secret), and the refresh token
 * grant, both answered with a {@code refresh_token} too; or the OAuth error ({@code error},
 * {@code error_description}).
 */
final class OAuthEndpoint {
    /** Client-credentials clients, id to secret; each has its own tokens, so its own channels and rate limit. */
    private final Map<String, String> clients;
    private final String signInClientId;
    private final TokenIssuer tokens;
    private final AuthCodes codes;
    private final OrgDirectory org;

    OAuthEndpoint(Map<String, String> clients, String signInClientId, TokenIssuer tokens, AuthCodes codes,
            OrgDirectory org) {
        this.clients = Map.copyOf(clients);
        this.signInClientId = signInClientId;
        this.tokens = tokens;
        this.codes = codes;
        this.org = org;
    }

    HttpReply token(Exchange exchange) {
        String contentType = exchange.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request", "content type must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = exchange.form();
        String grant = form.get("grant_type");
        if (grant == null) {
            return oauthError(400, "invalid_request", "grant_type is required");
        }
        switch (grant) {
            case "client_credentials":
                return clientCredentials(exchange);
            case "authorization_code":
                return authorizationCode(form);
            case "refresh_token":
                return refreshToken(exchange, form);
            default:
                return oauthError(400, "unsupported_grant_type", "unsupported grant type: " + grant);
        }
    }

    private HttpReply authorizationCode(Map<String, String> form) {
        String client = form.get("client_id");
        if (!signInClientId.equals(client)) {
            return oauthError(400, "invalid_client", "client " + client + " may not use the authorization code grant");
        }
        AuthCodes.Result result = codes.redeem(form.get("code"), client, form.get("redirect_uri"),
                form.get("code_verifier"));
        if (result.issued().isEmpty()) {
            return oauthError(400, "invalid_grant", result.refusal().description);
        }
        Optional<EmAccount> account = org.accountOf(result.issued().get().userId());
        if (account.isEmpty()) {
            return oauthError(400, "invalid_grant", "the person who signed in no longer exists");
        }
        return tokenReply(tokens.issueForUser(grantOf(client, account.get())));
    }

    private HttpReply refreshToken(Exchange exchange, Map<String, String> form) {
        // The SDK's refreshCodeAuthorization sends Basic client:secret, with an empty secret for a public client.
        String[] basic = basic(exchange.header("Authorization"));
        String client = basic != null ? basic[0] : form.get("client_id");
        if (!signInClientId.equals(client)) {
            return oauthError(400, "invalid_client", "client " + client + " has no refresh tokens");
        }
        return tokens.refresh(form.get("refresh_token"), client).map(this::tokenReply)
                .orElseGet(() -> oauthError(400, "invalid_grant", "refresh token is not valid (revoked or unknown)"));
    }

    static TokenIssuer.Grant grantOf(String client, EmAccount account) {
        return new TokenIssuer.Grant(client, account.userId(), account.role().permissions(), account.divisionIds());
    }

    private HttpReply clientCredentials(Exchange exchange) {
        String[] credentials = basic(exchange.header("Authorization"));
        String secret = credentials == null ? null : clients.get(credentials[0]);
        if (secret == null || !constantTimeEquals(credentials[1], secret)) {
            return oauthError(401, "invalid_client", "authentication failed");
        }
        return tokenReply(tokens.issue(credentials[0]));
    }

    private HttpReply tokenReply(TokenIssuer.Token token) {
        ObjectNode body = Json.object();
        body.put("access_token", token.value);
        body.put("token_type", "bearer");
        body.put("expires_in", Math.max(1, tokens.ttl().toSeconds()));
        if (token.refreshToken != null) {
            body.put("refresh_token", token.refreshToken);
        }
        return HttpReply.ok(body);
    }

    private static HttpReply oauthError(int status, String error, String description) {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("description", description);
        body.put("error_description", description);
        return HttpReply.json(status, body);
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
