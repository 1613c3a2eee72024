package io.floorwatch.testkit;

import io.floorwatch.config.SecretStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the OS keychain in tests (CI machines have none). */
public final class InMemoryKeychain implements SecretStore {
    public final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> secret(String clientId) {
        return Optional.ofNullable(secrets.get(clientId));
    }

    @Override
    public void store(String clientId, String secret) {
        secrets.put(clientId, secret);
    }

    @Override
    public void forget(String clientId) {
        secrets.remove(clientId);
    }

    @Override
    public String describe() {
        return "the test keychain";
    }
}
