package io.floorwatch.emulator.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes handed out by the sign-in form: each is bound to its client, redirect URI, PKCE challenge
 * and person, works once, and expires after 60 seconds.
 */
final class AuthCodes {
    static final Duration LIFETIME = Duration.ofSeconds(60);

    /** What a code was issued for. */
    record Issued(String clientId, String redirectUri, String challenge, String userId, Instant expiresAt) {
    }

    /** Why a code was refused, in the words of the token endpoint's {@code error_description}. */
    enum Refusal {
        UNKNOWN("authorization code is not valid (unknown, already used or revoked)"),
        EXPIRED("authorization code has expired"),
        WRONG_CLIENT("authorization code was issued to another client"),
        WRONG_REDIRECT("redirect_uri does not match the one the code was issued for"),
        WRONG_VERIFIER("code_verifier does not match the code_challenge");

        final String description;

        Refusal(String description) {
            this.description = description;
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> codes = new ConcurrentHashMap<>();

    AuthCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, String redirectUri, String challenge, String userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        codes.put(code, new Issued(clientId, redirectUri, challenge, userId, clock.instant().plus(LIFETIME)));
        return code;
    }

    /**
     * Takes the code (it is gone afterwards, whatever the outcome: a code is tried once) and checks it against the
     * token request.
     */
    Result redeem(String code, String clientId, String redirectUri, String verifier) {
        Issued issued = code == null ? null : codes.remove(code);
        if (issued == null) {
            return Result.refused(Refusal.UNKNOWN);
        }
        if (!clock.instant().isBefore(issued.expiresAt())) {
            return Result.refused(Refusal.EXPIRED);
        }
        if (!issued.clientId().equals(clientId)) {
            return Result.refused(Refusal.WRONG_CLIENT);
        }
        if (!issued.redirectUri().equals(redirectUri)) {
            return Result.refused(Refusal.WRONG_REDIRECT);
        }
        if (verifier == null || !MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                issued.challenge().getBytes(StandardCharsets.US_ASCII))) {
            return Result.refused(Refusal.WRONG_VERIFIER);
        }
        return new Result(Optional.of(issued), null);
    }

    /** The outcome of a redemption: what the code was for, or why it was refused. */
    record Result(Optional<Issued> issued, Refusal refusal) {
        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), refusal);
        }
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(ASCII(verifier))), without padding. */
    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
