package io.floorwatch.config;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The OS keychain: macOS Keychain, Windows Credential Manager, or the Secret Service on Linux. On a machine
 * without one (a headless CI box), reading finds nothing and storing explains that the environment variable
 * is the way.
 */
public final class KeyringSecretStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);
    static final String SERVICE = "Floorwatch Genesys Cloud client";

    @Override
    public Optional<String> secret(String clientId) {
        try (Keyring keyring = Keyring.create()) {
            return Optional.ofNullable(keyring.getPassword(SERVICE, clientId)).filter(s -> !s.isEmpty());
        } catch (BackendNotSupportedException e) {
            LOG.debug("no OS keychain on this machine: {}", e.getMessage());
            return Optional.empty();
        } catch (PasswordAccessException e) {
            LOG.debug("no secret in the OS keychain for client {}: {}", clientId, e.getMessage());
            return Optional.empty();
        } catch (Exception e) {
            LOG.warn("the OS keychain could not be read: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void store(String clientId, String secret) throws SecretStoreException {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, clientId, secret);
        } catch (BackendNotSupportedException | PasswordAccessException e) {
            throw new SecretStoreException("The OS keychain is not available here (" + e.getMessage()
                    + "). Set the environment variable " + EnvironmentSecretStore.VARIABLE
                    + " to the client secret instead.", e);
        } catch (Exception e) {
            throw new SecretStoreException("The OS keychain refused the secret (" + e.getMessage() + "). Set "
                    + EnvironmentSecretStore.VARIABLE + " instead.", e);
        }
    }

    @Override
    public void forget(String clientId) throws SecretStoreException {
        try (Keyring keyring = Keyring.create()) {
            if (keyring.getPassword(SERVICE, clientId) != null) {
                keyring.deletePassword(SERVICE, clientId);
            }
        } catch (BackendNotSupportedException e) {
            LOG.debug("no OS keychain on this machine, so nothing to forget: {}", e.getMessage());
        } catch (PasswordAccessException e) {
            LOG.debug("nothing in the OS keychain for {}: {}", clientId, e.getMessage());
        } catch (Exception e) {
            throw new SecretStoreException("The OS keychain did not remove the entry (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String describe() {
        return "the OS keychain";
    }
}
