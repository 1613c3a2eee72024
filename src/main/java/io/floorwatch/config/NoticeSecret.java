package io.floorwatch.config;

import java.util.Map;
import java.util.Optional;

/**
 * The secret change notices are signed with (HMAC-SHA256 over the body), which the receiver holds too:
 * {@code FLOORWATCH_NOTICE_SECRET} for headless runs (the collector, pipelines), else the OS keychain, where the
 * window's Settings stores it. Never in the settings file, never logged.
 */
public final class NoticeSecret {
    /** The environment variable a headless run takes the secret from. */
    public static final String ENVIRONMENT = "FLOORWATCH_NOTICE_SECRET";
    /** The keychain entry's key (a name no OAuth client id can have). */
    public static final String KEYCHAIN_KEY = "floorwatch:change-notice-signing";

    private final Map<String, String> environment;
    private final SecretStore keychain;

    public NoticeSecret(Map<String, String> environment, SecretStore keychain) {
        this.environment = environment;
        this.keychain = keychain;
    }

    /** The secret, or empty: notices then go unsigned. */
    public Optional<String> read() {
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment);
        }
        return keychain.secret(KEYCHAIN_KEY).filter(s -> !s.isBlank());
    }

    public void store(String secret) throws SecretStore.SecretStoreException {
        keychain.store(KEYCHAIN_KEY, secret);
    }

    public void forget() throws SecretStore.SecretStoreException {
        keychain.forget(KEYCHAIN_KEY);
    }

    public boolean fromEnvironment() {
        String fromEnvironment = environment.get(ENVIRONMENT);
        return fromEnvironment != null && !fromEnvironment.isBlank();
    }
}
