package io.floorwatch.genesys;

import io.floorwatch.base.UrlForms;
import io.floorwatch.domain.GenesysException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Signs a person in with the authorization code grant and PKCE (RFC 7636, RFC 8252), as a desktop app should: no
 * secret. Binds the loopback listener first (a taken port fails before a browser opens), hands the browser the
 * login host's {@code /oauth/authorize} URL with an S256 challenge and a random state, waits for the redirect,
 * checks the state, and exchanges the code through the SDK's {@code authorizePKCE}. {@link #cancel()} from any
 * thread ends a wait. Nothing is stored here: the caller keeps the tokens it is given.
 */
public final class UserSignIn {
    private final String apiBaseUrl;
    private final String clientId;
    private final int port;
    private final Duration timeout;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile LoopbackCallback listening;
    private volatile boolean cancelled;

    public UserSignIn(String apiBaseUrl, String clientId, int port, Duration timeout, Clock clock) {
        this.apiBaseUrl = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
        this.clientId = clientId;
        this.port = port;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Runs the whole sign-in. {@code browser} is given the URL to open (the system browser; a terminal prints it;
     * the demo fills the emulator's form itself) and must return at once.
     *
     * @throws GenesysException naming what went wrong: the port, a timeout, Cancel, a refusal on the sign-in page,
     *     a foreign state, or the token endpoint's refusal
     */
    public UserTokens run(Consumer<URI> browser) {
        LoopbackCallback callback;
        try {
            callback = LoopbackCallback.open(port);
        } catch (IOException e) {
            throw new GenesysException(GenesysException.NO_RESPONSE, "sign-in.port", e.getMessage(), null);
        }
        listening = callback;
        SdkLogin login = new SdkLogin(apiBaseUrl, Duration.ofSeconds(30));
        boolean handedOver = false;
        try {
            if (cancelled) {
                throw ended("sign-in.cancelled", "Sign-in cancelled");
            }
            String verifier = login.newVerifier();
            String state = randomState();
            String redirectUri = callback.redirectUri();
            browser.accept(authorizeUri(redirectUri, login.challenge(verifier), state));
            LoopbackCallback.Result result;
            try {
                result = callback.await(timeout, clock);
            } catch (LoopbackCallback.Ended e) {
                throw ended(e.cancelled() ? "sign-in.cancelled" : "sign-in.timeout", e.getMessage());
            }
            if (result.state().isEmpty() || !MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                    result.state().get().getBytes(StandardCharsets.US_ASCII))) {
                throw ended("sign-in.state", "The sign-in answer carried a state this sign-in did not send, so it "
                        + "was refused (it may come from another sign-in or another program): sign in again");
            }
            if (result.error().isPresent()) {
                String error = result.error().get();
                throw ended(error, ("access_denied".equals(error) ? "Sign-in was declined on the Genesys Cloud page"
                        : "Genesys Cloud did not sign you in (" + error + ")")
                        + result.errorDescription().map(d -> ": " + d).orElse(""));
            }
            if (result.code().isEmpty()) {
                throw ended("sign-in.no-code", "The sign-in answer carried no authorization code");
            }
            UserTokens tokens = UserTokens.fromCode(login, clientId, verifier, result.code().get(), redirectUri,
                    clock);
            handedOver = true;
            return tokens;
        } finally {
            callback.close();
            listening = null;
            if (!handedOver) {
                login.close();
            }
        }
    }

    /** Ends a sign-in that is waiting for the browser; {@link #run} then fails with "Sign-in cancelled". */
    public void cancel() {
        cancelled = true;
        LoopbackCallback callback = listening;
        if (callback != null) {
            callback.close();
        }
    }

    URI authorizeUri(String redirectUri, String challenge, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("response_type", "code");
        query.put("redirect_uri", redirectUri);
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        query.put("state", state);
        return URI.create(Regions.authorizeUri(apiBaseUrl) + "?" + UrlForms.encode(query));
    }

    private String randomState() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static GenesysException ended(String code, String message) {
        return new GenesysException(GenesysException.NO_RESPONSE, code, message, null);
    }
}
