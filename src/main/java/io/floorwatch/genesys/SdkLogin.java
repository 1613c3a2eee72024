package io.floorwatch.genesys;

import io.floorwatch.base.IoProblems;
import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProvider;
import com.mypurecloud.sdk.v2.connector.apache.ApacheHttpClientConnector;
import com.mypurecloud.sdk.v2.extensions.AuthResponse;
import io.floorwatch.base.DaemonThreads;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.GenesysException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The SDK's own OAuth calls for a person's sign-in: {@code authorizePKCE} (the code for tokens) and
 * {@code refreshCodeAuthorization} (a refresh token for a new access token), on an {@code ApiClient} of their own
 * whose login URL is put right by {@link LoginHostConnector}. Refusals become {@link GenesysException}s that carry
 * the login service's {@code error_description}; nothing here logs a token or a code.
 */
final class SdkLogin implements AutoCloseable {
    private final CloseableHttpClient http;
    private final ExecutorService asyncPool;
    private final ApiClient apiClient;

    SdkLogin(String apiBaseUrl, Duration timeout) {
        int millis = (int) timeout.toMillis();
        http = HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis)
                        .setConnectionRequestTimeout(millis).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        asyncPool = Executors.newCachedThreadPool(DaemonThreads.numbered("genesys-login-async"));
        ApiClientConnectorProvider provider = properties -> new LoginHostConnector(
                new ApacheHttpClientConnector(http, asyncPool), apiBaseUrl);
        ApiClient.RetryConfiguration noRetries = new ApiClient.RetryConfiguration();
        noRetries.setMaxRetryTimeSec(0);
        apiClient = ApiClient.Builder.standard()
                .withBasePath(apiBaseUrl)
                .withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, provider)
                .withShouldRefreshAccessToken(false)
                .withAutoReloadConfig(false)
                .withRetryConfiguration(noRetries)
                .withUserAgent("Floorwatch")
                .build();
    }

    /** A PKCE code verifier as the SDK makes them (RFC 7636: 43 to 128 unreserved characters). */
    String newVerifier() {
        return apiClient.generatePKCECodeVerifier(64);
    }

    /** The S256 challenge of a verifier. */
    String challenge(String verifier) {
        return apiClient.computePKCECodeChallenge(verifier);
    }

    AuthResponse exchange(String clientId, String verifier, String code, String redirectUri) {
        return send("Sign-in", () -> apiClient.authorizePKCE(clientId, verifier, code, redirectUri));
    }

    /** A public client has no secret: the SDK sends Basic {@code clientId:} with an empty one. */
    AuthResponse refresh(String clientId, String refreshToken) {
        return send("Renewing the sign-in", () -> apiClient.refreshCodeAuthorization(clientId, "", refreshToken));
    }

    private interface Call {
        ApiResponse<AuthResponse> invoke() throws IOException, ApiException;
    }

    private static AuthResponse send(String what, Call call) {
        try (ApiResponse<AuthResponse> response = call.invoke()) {
            AuthResponse body = response.getBody();
            if (body == null || body.getAccess_token() == null) {
                throw refused(what, response.getStatusCode(), response.getRawBody(), response.getCorrelationId());
            }
            return body;
        } catch (ApiException e) {
            throw refused(what, e.getStatusCode(), e.getRawBody(), e.getCorrelationId());
        } catch (IOException e) {
            throw new GenesysException(GenesysException.NO_RESPONSE, "network",
                    what + " failed: the login service cannot be reached (" + IoProblems.network(e) + ")", null, false, e);
        } catch (GenesysException e) {
            throw e;
        } catch (Exception e) {
            throw new GenesysException(GenesysException.NO_RESPONSE, "sdk", what + " failed: " + e.getMessage(),
                    null, false, e);
        }
    }

    /** The login service's words ({@code error}, {@code error_description}), never the request's secrets. */
    private static GenesysException refused(String what, int status, String raw, String correlationId) {
        String error = "";
        String description = "";
        try {
            JsonNode body = JsonMappers.COMPACT.readTree(raw == null || raw.isBlank() ? "{}" : raw);
            error = body.path("error").asText("");
            description = body.path("error_description").asText(body.path("description").asText(""));
        } catch (IOException notJson) {
            description = "the login service answered HTTP " + status;
        }
        String message = what + " refused" + (error.isEmpty() ? "" : " (" + error + ")")
                + (description.isEmpty() ? "" : ": " + description);
        return new GenesysException(status, error.isEmpty() ? "login.refused" : error, message, correlationId);
    }

    @Override
    public void close() {
        SdkClient.close(asyncPool, http, "the login HTTP client");
    }
}
