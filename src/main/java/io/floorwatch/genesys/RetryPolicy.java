package io.floorwatch.genesys;

import java.time.Duration;
import java.util.Random;

/**
 * When to try a call again and how long to wait first: 429s wait what {@code Retry-After} says; 5xx and lost
 * connections back off exponentially with full jitter, and only for calls that are safe to repeat.
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration defaultRetryAfter,
        Duration maxRetryAfter) {

    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(3),
                Duration.ofMinutes(2));
    }

    /** Exponential backoff with full jitter for the given (1-based) failed attempt. */
    public Duration backoff(int attempt, Random random) {
        long cap = Math.min(maxBackoff.toMillis(), baseBackoff.toMillis() << Math.min(20, attempt - 1));
        return Duration.ofMillis(cap / 2 + (long) (random.nextDouble() * (cap / 2.0)));
    }

    /** The wait a 429 asks for, bounded; {@code Retry-After} may be seconds or absent. */
    public Duration retryAfter(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return defaultRetryAfter;
        }
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(headerValue.trim()));
            return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
        } catch (NumberFormatException notSeconds) {
            // An HTTP-date is allowed by RFC 9110 but Genesys sends seconds; fall back to the default wait.
            return defaultRetryAfter;
        }
    }
}
