package io.floorwatch.app;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.genesys.Credentials;

/** The credentials a connection setting stands for: the demo emulator's client, or the saved client's secret. */
final class Connections {
    private Connections() {
    }

    /**
     * @param demo the running demo emulator when {@code settings} is the demo, else null
     * @throws GenesysException when no secret is known for the client (the message says where to put it)
     */
    static Credentials credentials(ConnectionSettings settings, Secrets secrets, Emulator demo) {
        if (settings.isDemo()) {
            return new Credentials(demo.baseUrl(), demo.config().clientId(), demo.config().clientSecret());
        }
        String secret = secrets.secret(settings.clientId()).orElseThrow(() -> new GenesysException(
                GenesysException.NO_RESPONSE, "no.secret", "No client secret for " + settings.clientId()
                + ": enter it in Settings or set FLOORWATCH_CLIENT_SECRET", null));
        return new Credentials(settings.apiBaseUrl(), settings.clientId(), secret);
    }
}
