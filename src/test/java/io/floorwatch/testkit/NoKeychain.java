package io.floorwatch.testkit;

import io.floorwatch.config.SecretStore;

import java.util.Optional;

/** A machine without an OS keychain: nothing stored, storing refused (the command-line tests' case). */
public final class NoKeychain implements SecretStore {
    @Override
    public Optional<String> secret(String clientId) {
        return Optional.empty();
    }

    @Override
    public void store(String clientId, String secret) throws SecretStoreException {
        throw new SecretStoreException("no keychain in tests", null);
    }

    @Override
    public void forget(String clientId) {
        // nothing is ever stored here
    }

    @Override
    public String describe() {
        return "none";
    }
}
