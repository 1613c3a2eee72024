package io.floorwatch.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTest {
    @Test
    void theEnvironmentVariableWinsOverTheKeychain() {
        Secrets secrets = new Secrets(new EnvironmentSecretStore(Map.of("FLOORWATCH_CLIENT_SECRET", "from-env")),
                new KeyringSecretStore());
        assertThat(secrets.secret("any")).contains("from-env");
        assertThat(secrets.fromEnvironment()).isTrue();
        assertThat(secrets.describe()).contains("FLOORWATCH_CLIENT_SECRET");
    }

    @Test
    void withoutAKeychainStoringSaysToUseTheEnvironmentVariable() {
        // CI machines have no Secret Service; a desktop would store the secret instead.
        KeyringSecretStore keychain = new KeyringSecretStore();
        Secrets secrets = new Secrets(new EnvironmentSecretStore(Map.of()), keychain);
        try {
            secrets.store("client-for-test", "s3cret");
            assertThat(keychain.secret("client-for-test")).contains("s3cret");
        } catch (SecretStore.SecretStoreException e) {
            assertThat(e.getMessage()).contains("FLOORWATCH_CLIENT_SECRET");
            assertThat(secrets.secret("client-for-test")).isEmpty();
        }
    }

    @Test
    void theEnvironmentCannotStore() {
        assertThatThrownBy(() -> new EnvironmentSecretStore(Map.of()).store("id", "x"))
                .isInstanceOf(SecretStore.SecretStoreException.class).hasMessageContaining("FLOORWATCH_CLIENT_SECRET");
    }
}
