package io.floorwatch.genesys;

import java.util.Objects;

/**
 * Where and as whom to connect: the API base URL (a region's, or an emulator's) and an OAuth client.
 * {@link #toString()} never shows the secret.
 */
public record Credentials(String apiBaseUrl, String clientId, String clientSecret) {
    public Credentials {
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        apiBaseUrl = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
    }

    @Override
    public String toString() {
        return "Credentials[" + apiBaseUrl + ", client " + clientId + ", secret ****]";
    }
}
