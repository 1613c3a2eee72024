package io.floorwatch.emulator.rest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Issues client-credentials tokens and counts each token's requests in its rate-limit window. */
public final class TokenIssuer {
    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile Duration ttl;

    public TokenIssuer(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** An issued token. Its request window is guarded by the token's monitor. */
    static final class Token {
        final String value;
        final String clientId;
        volatile Instant expiresAt;
        private Instant windowStart;
        private int count;

        Token(String value, String clientId, Instant expiresAt) {
            this.value = value;
            this.clientId = clientId;
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
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Token token = new Token(value, clientId, clock.instant().plus(ttl));
        tokens.put(value, token);
        issued.incrementAndGet();
        return token;
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
