package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.extensions.AuthResponse;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.TokenStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A signed-in person's tokens: the access token, renewed silently with the refresh token shortly before it
 * expires (or after a 401), and the refresh token itself, which only the keychain keeps (through the listener).
 * When renewal is refused the status says the sign-in has ended and calls fail with 401 until the person signs in
 * again. Thread-safe; at most one renewal runs at a time. Owns its login client; {@link #close()} frees it.
 */
public final class UserTokens implements AccessTokens, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UserTokens.class);
    private static final Duration MAX_EARLY_REFRESH = Duration.ofMinutes(5);

    private final SdkLogin login;
    private final String clientId;
    private final Clock clock;
    private volatile Consumer<Optional<String>> refreshTokenListener = t -> { };
    private String accessToken;
    private String refreshToken;
    private Instant refreshAt = Instant.EPOCH;
    private volatile TokenStatus status = TokenStatus.none();

    private UserTokens(SdkLogin login, String clientId, Clock clock) {
        this.login = login;
        this.clientId = clientId;
        this.clock = clock;
    }

    /** Tokens from an authorization code just received on the loopback redirect. */
    static UserTokens fromCode(SdkLogin login, String clientId, String verifier, String code, String redirectUri,
            Clock clock) {
        UserTokens tokens = new UserTokens(login, clientId, clock);
        tokens.take(login.exchange(clientId, verifier, code, redirectUri));
        return tokens;
    }

    /**
     * Tokens from a refresh token the keychain kept since the last session: renewed at once, so that a refused
     * refresh token (revoked, expired) is known before anything else is tried.
     */
    public static UserTokens fromRefreshToken(String apiBaseUrl, String clientId, String refreshToken, Clock clock) {
        SdkLogin login = new SdkLogin(apiBaseUrl, Duration.ofSeconds(30));
        UserTokens tokens = new UserTokens(login, clientId, clock);
        try {
            tokens.take(login.refresh(clientId, refreshToken));
        } catch (GenesysException e) {
            login.close();
            throw e;
        }
        return tokens;
    }

    /** Told each time the refresh token changes (empty: there is none any more, the keychain entry must go). */
    public void onRefreshToken(Consumer<Optional<String>> listener) {
        this.refreshTokenListener = listener;
        listener.accept(refreshToken());
    }

    public synchronized Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public synchronized String current() {
        if (accessToken == null || !clock.instant().isBefore(refreshAt)) {
            renew();
        }
        return accessToken;
    }

    @Override
    public synchronized void refused(String refusedToken) {
        if (refusedToken != null && refusedToken.equals(accessToken)) {
            accessToken = null;
        }
    }

    @Override
    public TokenStatus status() {
        return status;
    }

    /**
     * Takes over a fresh sign-in's tokens (the same person signed in again after renewal was refused), so that
     * the gateway and feeds holding this object go on as they were; {@code fresh} is closed.
     */
    public void takeOver(UserTokens fresh) {
        synchronized (this) {
            synchronized (fresh) {
                accessToken = fresh.accessToken;
                refreshToken = fresh.refreshToken;
                refreshAt = fresh.refreshAt;
            }
            status = fresh.status;
        }
        fresh.close();
        refreshTokenListener.accept(refreshToken());
    }

    /** Whether the sign-in has ended (renewal refused, or signed out): the person must sign in again. */
    public boolean ended() {
        return status.state() == TokenStatus.State.FAILED;
    }

    /** After sign-out: nothing is held any more, and the keychain is told so. */
    public void forget() {
        synchronized (this) {
            accessToken = null;
            refreshToken = null;
            status = new TokenStatus(TokenStatus.State.FAILED, null, "Signed out");
        }
        refreshTokenListener.accept(Optional.empty());
    }

    private void renew() {
        String refresh = refreshToken;
        if (refresh == null) {
            status = new TokenStatus(TokenStatus.State.FAILED, null, "Your sign-in has ended: sign in again");
            throw new GenesysException(401, "sign-in.ended",
                    "Your sign-in has ended and Genesys issued no refresh token: sign in again", null);
        }
        try {
            take(login.refresh(clientId, refresh));
            LOG.info("renewed the sign-in of client {}", clientId);
        } catch (GenesysException e) {
            accessToken = null;
            if (e.status() == 400 || e.status() == 401) {
                refreshToken = null;
                refreshTokenListener.accept(Optional.empty());
            }
            status = new TokenStatus(TokenStatus.State.FAILED, null, "Your sign-in has ended: " + e.getMessage());
            throw new GenesysException(401, "sign-in.ended", "Your sign-in has ended (" + e.getMessage()
                    + "): sign in again", e.correlationId().orElse(null), false, e);
        }
    }

    private void take(AuthResponse response) {
        long seconds = Math.max(1, response.getExpires_in() > 0 ? response.getExpires_in() : 86_400);
        Instant now = clock.instant();
        Instant expiresAt = now.plusSeconds(seconds);
        Duration early = Duration.ofSeconds(seconds / 10);
        String previous = refreshToken;
        synchronized (this) {
            accessToken = response.getAccess_token();
            if (response.getRefresh_token() != null) {
                refreshToken = response.getRefresh_token();
            }
            refreshAt = expiresAt.minus(early.compareTo(MAX_EARLY_REFRESH) > 0 ? MAX_EARLY_REFRESH : early);
        }
        status = new TokenStatus(TokenStatus.State.VALID, expiresAt, "Signed in");
        if (refreshToken != null && !refreshToken.equals(previous)) {
            refreshTokenListener.accept(Optional.of(refreshToken));
        }
    }

    @Override
    public void close() {
        login.close();
    }
}
