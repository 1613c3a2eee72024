package io.floorwatch.config;

import java.util.Map;
import java.util.Optional;

/** The secret given in {@code FLOORWATCH_CLIENT_SECRET}; it cannot store anything. */
public final class EnvironmentSecretStore implements SecretStore {
    public static final String VARIABLE = "FLOORWATCH_CLIENT_SECRET";

    private final Map<String, String> environment;

    public EnvironmentSecretStore(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Optional<String> secret(String clientId) {
        return Optional.ofNullable(environment.get(VARIABLE)).filter(s -> !s.isEmpty());
    }

    @Override
    public void store(String clientId, String secret) throws SecretStoreException {
        throw new SecretStoreException("Secrets cannot be stored in an environment variable; set " + VARIABLE
                + " before starting Floorwatch.", null);
    }

    @Override
    public void forget(String clientId) throws SecretStoreException {
        throw new SecretStoreException("A secret from the environment cannot be removed from here: unset "
                + VARIABLE + ".", null);
    }

    @Override
    public String describe() {
        return "the environment variable " + VARIABLE;
    }

    public boolean present() {
        return secret("").isPresent();
    }
}
