package io.floorwatch.domain;

import java.time.Instant;

/**
 * The request budget of the current token as Genesys last reported it (inin-ratelimit-* headers).
 *
 * @param resetAt when the current window ends and the count starts again
 */
public record RateLimitStatus(int allowed, int used, Instant resetAt) {
    public static final RateLimitStatus UNKNOWN = new RateLimitStatus(0, 0, Instant.EPOCH);

    public boolean known() {
        return allowed > 0;
    }

    public int remaining() {
        return Math.max(0, allowed - used);
    }
}
