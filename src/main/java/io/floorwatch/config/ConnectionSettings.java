package io.floorwatch.config;

import io.floorwatch.domain.RegionNames;

/**
 * Which org to connect to. In DEMO mode the in-process emulator is used and the other fields are ignored.
 *
 * @param regionName the SDK's region name when a region was picked, or null for a custom URL
 * @param apiBaseUrl the API base URL (a region's, or a custom one such as an emulator's)
 * @param signIn how the window signs in to a real org; null (a settings file from before people signed in) means
 *     {@link SignIn#CLIENT_CREDENTIALS}
 * @param redirectPort the loopback port of the sign-in's redirect, or null for {@link #DEFAULT_REDIRECT_PORT}
 */
public record ConnectionSettings(Mode mode, String regionName, String apiBaseUrl, String clientId, SignIn signIn,
        Integer redirectPort) {
    /**
     * The redirect port unless Settings says otherwise: in the dynamic range, unassigned by IANA and not a usual
     * development port. The OAuth client must have {@code http://127.0.0.1:48620/oauth/callback} registered.
     */
    public static final int DEFAULT_REDIRECT_PORT = 48_620;

    public enum SignIn {
        /** The person signs in through their browser (authorization code with PKCE); the window's default. */
        PERSON,
        /** The OAuth client's own secret (client credentials): for services, the collector and pipelines. */
        CLIENT_CREDENTIALS
    }

    /** A connection with the client's own secret, as command-line services and older settings files have it. */
    public ConnectionSettings(Mode mode, String regionName, String apiBaseUrl, String clientId) {
        this(mode, regionName, apiBaseUrl, clientId, SignIn.CLIENT_CREDENTIALS, null);
    }

    public enum Mode {
        /** The embedded default: emulator and simulated contact center in-process. */
        DEMO,
        /** A real Genesys Cloud org (or any URL that speaks its API). */
        GENESYS
    }

    public static ConnectionSettings demo() {
        return new ConnectionSettings(Mode.DEMO, null, null, null, SignIn.PERSON, null);
    }

    public boolean isDemo() {
        return mode == Mode.DEMO;
    }

    /** Whether a person signs in (the demo always signs its supervisor in, through the same flow). */
    public boolean signsInPerson() {
        return isDemo() || signIn == SignIn.PERSON;
    }

    public int port() {
        return redirectPort == null ? DEFAULT_REDIRECT_PORT : redirectPort;
    }

    /** What the status bar shows: "demo", the region's name (for example "EMEA (Frankfurt)"), or the URL's host. */
    public String label() {
        if (isDemo()) {
            return "demo";
        }
        if (regionName != null && !regionName.isBlank()) {
            return RegionNames.of(regionName);
        }
        return apiBaseUrl == null ? "" : apiBaseUrl.replaceFirst("^https?://", "");
    }
}
