package io.floorwatch.app;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.SignInKeychain;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.SignInRobot;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.genesys.UserSignIn;
import io.floorwatch.genesys.UserTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How the window gets a person's tokens: from the refresh token the keychain kept (no browser), or through the
 * browser when the person asks to sign in; the demo signs its supervisor in through the same flow, with the
 * emulator's sign-in page filled in by Floorwatch itself. Keeps the keychain entry in step with the tokens.
 */
final class SignIns {
    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);
    /** How long a sign-in waits for the browser before it gives up. */
    static final Duration BROWSER_WAIT = Duration.ofMinutes(3);

    private final SignInKeychain keychain;
    private final Clock clock;
    private final Consumer<URI> browser;
    private volatile UserSignIn waiting;

    /** @param browser opens the sign-in page (the system browser); must return at once */
    SignIns(SecretStore keychain, Clock clock, Consumer<URI> browser) {
        this.keychain = new SignInKeychain(keychain);
        this.clock = clock;
        this.browser = browser;
    }

    /** The demo's supervisor, signed in on the emulator's page as a person would be; nothing is kept. */
    UserTokens demo(Emulator emulator) {
        EmAccount supervisor = emulator.supervisorAccount().orElseThrow(() -> new IllegalStateException(
                "the demo org has no supervisor account"));
        SignInRobot robot = new SignInRobot();
        UserSignIn flow = new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), 0, BROWSER_WAIT, clock);
        return flow.run(uri -> robot.signIn(uri, supervisor.email(), supervisor.password()));
    }

    /**
     * The person's tokens for a real org: the kept refresh token if it still works, else (when {@code interactive})
     * a sign-in in the browser.
     *
     * @throws GenesysException "sign-in.required" when nothing is kept and the person has not asked to sign in,
     *     or what the sign-in failed on
     */
    UserTokens person(ConnectionSettings settings, boolean interactive) {
        try {
            Optional<UserTokens> kept = kept(settings);
            if (kept.isPresent()) {
                return keep(settings, kept.get());
            }
        } catch (GenesysException e) {
            LOG.info("the kept sign-in no longer works ({}); the person signs in again", e.code());
        }
        if (!interactive) {
            throw new GenesysException(GenesysException.NO_RESPONSE, "sign-in.required",
                    "Sign in with Genesys Cloud to connect (Sign in, in the status bar or Settings)", null);
        }
        UserSignIn flow = new UserSignIn(settings.apiBaseUrl(), settings.clientId(), settings.port(), BROWSER_WAIT,
                clock);
        waiting = flow;
        try {
            return keep(settings, flow.run(browser));
        } finally {
            waiting = null;
        }
    }

    /**
     * The person's tokens from the refresh token the keychain kept, renewed at once; empty when none is kept.
     *
     * @throws GenesysException when the kept one is refused (it is forgotten first)
     */
    Optional<UserTokens> kept(ConnectionSettings settings) {
        Optional<String> refresh = keychain.refreshToken(settings);
        if (refresh.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UserTokens.fromRefreshToken(settings.apiBaseUrl(), settings.clientId(), refresh.get(),
                    clock));
        } catch (GenesysException e) {
            forget(settings);
            throw e;
        }
    }

    /** Ends a sign-in that waits for the browser. */
    void cancel() {
        UserSignIn flow = waiting;
        if (flow != null) {
            flow.cancel();
        }
    }

    /** Removes the kept sign-in (after sign-out, or when it stopped working). */
    void forget(ConnectionSettings settings) {
        try {
            keychain.keep(settings, Optional.empty());
        } catch (SecretStore.SecretStoreException e) {
            LOG.warn("the kept sign-in could not be removed from {}: {}", keychain.describe(), e.getMessage());
        }
    }

    private UserTokens keep(ConnectionSettings settings, UserTokens tokens) {
        tokens.onRefreshToken(refresh -> {
            try {
                keychain.keep(settings, refresh);
            } catch (SecretStore.SecretStoreException e) {
                // Without a keychain the person signs in at each start; the token never goes anywhere else.
                LOG.info("the sign-in is not kept across restarts: {}", e.getMessage());
            }
        });
        return tokens;
    }
}
