package io.floorwatch.domain;

/**
 * What the status bar says about the connection: where to ("demo", a region), how far it got, and the
 * token and rate budget as last seen.
 */
public record ConnectionStatus(String target, State state, String message, TokenStatus token, RateLimitStatus rate) {
    public enum State {
        CONNECTING,
        CONNECTED,
        FAILED
    }

    public static ConnectionStatus connecting(String target) {
        return new ConnectionStatus(target, State.CONNECTING, "Connecting", TokenStatus.none(), RateLimitStatus.UNKNOWN);
    }
}
