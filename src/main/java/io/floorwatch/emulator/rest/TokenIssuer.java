package io.floorwatch.emulator.rest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issues access tokens (client credentials, or a signed-in person's) and refresh tokens, revokes them, and counts
 * each access token's requests in its rate-limit window.
 */
public final class TokenIssuer {
    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile Duration ttl;

    public TokenIssuer(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * What a token may do: as the OAuth client itself (client credentials: every permission, every division), or as
     * a signed-in person with their role's permissions in their divisions.
     *
     * @param userId the person, or null for a client-credentials token
     */
    record Grant(String clientId, String userId, Set<String> permissions, Set<String> divisionIds) {
        static Grant service(String clientId) {
            return new Grant(clientId, null, null, Set.of());
        }

        boolean isUser() {
            return userId != null;
        }

        boolean permits(String permission) {
            return permissions == null || permissions.contains(permission);
        }

        boolean seesDivision(String divisionId) {
            return divisionIds.isEmpty() || divisionIds.contains(divisionId);
        }
    }

    /** An issued token. Its request window is guarded by the token's monitor. */
    static final class Token {
        final String value;
        final String clientId;
        final Grant grant;
        final String refreshToken;
        volatile Instant expiresAt;
        private Instant windowStart;
        private int count;

        Token(String value, Grant grant, String refreshToken, Instant expiresAt) {
            this.value = value;
            this.clientId = grant.clientId();
            this.grant = grant;
            this.refreshToken = refreshToken;
            this.expiresAt = expiresAt;
        }

        /** Counts one request and returns the window as it stands after it. */
        synchronized Usage count(Instant now, int allowed) {
            if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
                windowStart = now;
                count = 0;
            }
            count++;
            long reset = Math.max(1, (Duration.between(now, windowStart.plus(WINDOW)).toMillis() + 999) / 1000);
            return new Usage(count, allowed, reset);
        }
    }

    /** A token's standing in its window, as the inin-ratelimit-* headers report it. */
    record Usage(int count, int allowed, long resetSeconds) {
        boolean exceeded() {
            return count > allowed;
        }
    }

    public void ttl(Duration newTtl) {
        this.ttl = newTtl;
    }

    public Duration ttl() {
        return ttl;
    }

    Token issue(String clientId) {
        return issue(Grant.service(clientId), null);
    }

    /** A token for a signed-in person, with a refresh token that is good until it is revoked. */
    Token issueForUser(Grant grant) {
        String refresh = randomValue();
        refreshTokens.put(refresh, grant);
        return issue(grant, refresh);
    }

    private Token issue(Grant grant, String refreshToken) {
        String value = randomValue();
        Token token = new Token(value, grant, refreshToken, clock.instant().plus(ttl));
        tokens.put(value, token);
        issued.incrementAndGet();
        return token;
    }

    /** A new access token for a refresh token of this client; the refresh token stays good (Genesys reuses it). */
    Optional<Token> refresh(String refreshToken, String clientId) {
        Grant grant = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (grant == null || !grant.clientId().equals(clientId)) {
            return Optional.empty();
        }
        return Optional.of(issue(grant, refreshToken));
    }

    /** Revokes one access token and the refresh token it came with ({@code DELETE /api/v2/tokens/me}). */
    void revoke(Token token) {
        tokens.remove(token.value);
        if (token.refreshToken != null) {
            refreshTokens.remove(token.refreshToken);
            tokens.values().removeIf(t -> token.refreshToken.equals(t.refreshToken));
        }
    }

    /** Revokes every token of a person ({@code DELETE /api/v2/tokens/{userId}}). */
    void revokeUser(String userId) {
        tokens.values().removeIf(t -> userId.equals(t.grant.userId()));
        refreshTokens.values().removeIf(g -> userId.equals(g.userId()));
    }

    private String randomValue() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The live token with this value; expired tokens are forgotten. */
    Optional<Token> find(String value) {
        Token token = tokens.get(value);
        if (token == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(token.expiresAt)) {
            tokens.remove(value);
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /** Fault: every token issued so far expires now. */
    public void expireAll() {
        Instant now = clock.instant();
        tokens.values().forEach(t -> t.expiresAt = now);
    }

    /** How many tokens were granted since the emulator started. */
    public int issuedCount() {
        return issued.get();
    }
}
