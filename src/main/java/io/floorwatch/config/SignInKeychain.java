package io.floorwatch.config;

import java.util.Optional;

/**
 * Where a person's sign-in survives a restart: the refresh token Genesys issued, in the OS keychain only (never in
 * the settings file, the environment or a log), one entry per OAuth client and org. Without a keychain nothing is
 * kept and the person signs in at each start.
 */
public final class SignInKeychain {
    private final SecretStore keychain;

    public SignInKeychain(SecretStore keychain) {
        this.keychain = keychain;
    }

    public Optional<String> refreshToken(ConnectionSettings connection) {
        return keychain.secret(key(connection));
    }

    /**
     * Keeps the refresh token, or removes the entry when there is none any more.
     *
     * @throws SecretStore.SecretStoreException naming why the keychain refused
     */
    public void keep(ConnectionSettings connection, Optional<String> refreshToken)
            throws SecretStore.SecretStoreException {
        if (refreshToken.isPresent()) {
            keychain.store(key(connection), refreshToken.get());
        } else {
            keychain.forget(key(connection));
        }
    }

    public String describe() {
        return keychain.describe();
    }

    /** The keychain entry's name: the client and the org's API base, never anything secret. */
    static String key(ConnectionSettings connection) {
        return "sign-in " + connection.clientId() + " " + connection.apiBaseUrl();
    }
}
