package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProvider;
import com.mypurecloud.sdk.v2.connector.apache.ApacheHttpClientConnector;
import io.floorwatch.base.DaemonThreads;
import org.apache.http.Header;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The SDK's {@code ApiClient} on our own Apache connector: a pool of 20 connections per host (Apache's default
 * of 2 serialises parallel calls), timeouts, no hidden retries, the bearer token added per request from the
 * {@link AccessTokens}, and every response's rate-limit headers handed to the {@link RateBudget}.
 */
final class SdkClient implements AutoCloseable {
    private static final int CONNECTIONS_PER_ROUTE = 20;

    private final CloseableHttpClient http;
    private final ExecutorService asyncPool;
    private final ApiClient apiClient;

    SdkClient(Credentials credentials, AccessTokens tokens, RateBudget budget, Duration timeout, String userAgent) {
        int millis = (int) timeout.toMillis();
        HttpRequestInterceptor bearer = (request, context) ->
                request.setHeader("Authorization", "Bearer " + tokens.current());
        HttpResponseInterceptor rateHeaders = (response, context) -> {
            int allowed = intHeader(response.getFirstHeader("inin-ratelimit-allowed"));
            if (allowed > 0) {
                budget.observe(allowed, intHeader(response.getFirstHeader("inin-ratelimit-count")),
                        intHeader(response.getFirstHeader("inin-ratelimit-reset")));
            }
        };
        http = HttpClients.custom()
                .setMaxConnPerRoute(CONNECTIONS_PER_ROUTE)
                .setMaxConnTotal(CONNECTIONS_PER_ROUTE * 2)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis)
                        .setConnectionRequestTimeout(millis).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .addInterceptorLast(bearer)
                .addInterceptorLast(rateHeaders)
                .build();
        asyncPool = Executors.newCachedThreadPool(DaemonThreads.numbered("genesys-sdk-async"));
        ApiClientConnectorProvider provider = properties -> new ApacheHttpClientConnector(http, asyncPool);
        ApiClient.RetryConfiguration noSdkRetries = new ApiClient.RetryConfiguration();
        noSdkRetries.setMaxRetryTimeSec(0);
        apiClient = ApiClient.Builder.standard()
                .withBasePath(credentials.apiBaseUrl())
                .withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, provider)
                .withShouldRefreshAccessToken(false)
                .withAutoReloadConfig(false)
                .withRetryConfiguration(noSdkRetries)
                .withUserAgent(userAgent)
                .build();
    }

    ApiClient apiClient() {
        return apiClient;
    }

    private static int intHeader(Header header) {
        if (header == null) {
            return 0;
        }
        try {
            return Integer.parseInt(header.getValue().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        close(asyncPool, http, "the Genesys HTTP client");
    }

    /** Stops a connector's async pool and closes its HTTP client (this one's, and the login client's). */
    static void close(ExecutorService pool, CloseableHttpClient client, String what) {
        pool.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not close " + what, e);
        }
    }
}
