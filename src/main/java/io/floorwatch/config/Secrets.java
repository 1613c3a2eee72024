package io.floorwatch.config;

import java.util.Optional;

/**
 * The secret as Floorwatch uses it: {@code FLOORWATCH_CLIENT_SECRET} wins when set (CI, kiosks, the collector);
 * otherwise the OS keychain. Storing always goes to the keychain.
 */
public final class Secrets implements SecretStore {
    private final EnvironmentSecretStore environment;
    private final SecretStore keychain;

    public Secrets(EnvironmentSecretStore environment, SecretStore keychain) {
        this.environment = environment;
        this.keychain = keychain;
    }

    @Override
    public Optional<String> secret(String clientId) {
        Optional<String> fromEnvironment = environment.secret(clientId);
        return fromEnvironment.isPresent() ? fromEnvironment : keychain.secret(clientId);
    }

    @Override
    public void store(String clientId, String secret) throws SecretStoreException {
        keychain.store(clientId, secret);
    }

    @Override
    public void forget(String clientId) throws SecretStoreException {
        keychain.forget(clientId);
    }

    @Override
    public String describe() {
        return environment.present() ? environment.describe() + " (it overrides " + keychain.describe() + ")"
                : keychain.describe();
    }

    public boolean fromEnvironment() {
        return environment.present();
    }
}
