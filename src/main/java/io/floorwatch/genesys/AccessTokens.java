package io.floorwatch.genesys;

import io.floorwatch.domain.TokenStatus;

/**
 * Where the bearer token of each request comes from: the OAuth client itself ({@link TokenSource}, client
 * credentials) or a signed-in person ({@link UserTokens}, authorization code with PKCE). Thread-safe.
 */
public interface AccessTokens {
    /** A token that is valid now, renewing it first if it is about to expire. */
    String current();

    /** The API refused this token (401): forget it, so that the next {@link #current()} renews it if it can. */
    void refused(String refusedToken);

    TokenStatus status();
}
