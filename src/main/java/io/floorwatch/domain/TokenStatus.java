package io.floorwatch.domain;

import java.time.Instant;

/** The state of the OAuth access token, for the status bar. */
public record TokenStatus(State state, Instant expiresAt, String message) {
    public enum State {
        NONE,
        VALID,
        FAILED
    }

    public static TokenStatus none() {
        return new TokenStatus(State.NONE, null, "Not connected");
    }
}
