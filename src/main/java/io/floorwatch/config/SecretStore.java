package io.floorwatch.config;

import java.util.Optional;

/** Where the OAuth client secret lives. Never in the settings file, never in a log. */
public interface SecretStore {
    /** The secret for a client id, if one is stored or given. */
    Optional<String> secret(String clientId);

    /**
     * Stores the secret for a client id.
     *
     * @throws SecretStoreException naming why it could not be stored (for instance, no keychain here)
     */
    void store(String clientId, String secret) throws SecretStoreException;

    /**
     * Removes what is stored for this key; nothing stored is not an error.
     *
     * @throws SecretStoreException naming why it could not be removed
     */
    void forget(String clientId) throws SecretStoreException;

    /** Where secrets are kept, in words for the settings screen. */
    String describe();

    /** Storing or reading a secret failed; the message says why and what to do instead. */
    final class SecretStoreException extends Exception {
        public SecretStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
