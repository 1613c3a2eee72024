package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.AsyncApiCallback;
import com.mypurecloud.sdk.v2.connector.ApiClientConnector;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorRequest;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Sends the SDK's OAuth calls to the right login host. The SDK builds their URL as {@code "https://login." +}
 * the base path after its first dot, which is right for {@code https://api.mypurecloud.de} and wrong for anything
 * else ({@code http://127.0.0.1:P} becomes {@code https://login.0.0.1:P}); requests that start with that derived
 * prefix go to {@link Regions#loginBase(String)} instead (java-sdk reference, 1.3 B). All else passes unchanged.
 */
final class LoginHostConnector implements ApiClientConnector {
    private final ApiClientConnector delegate;
    private final String sdkLoginPrefix;
    private final String loginBase;

    LoginHostConnector(ApiClientConnector delegate, String apiBaseUrl) {
        this.delegate = delegate;
        String[] parts = apiBaseUrl.split("\\.", 2);
        this.sdkLoginPrefix = parts.length == 2 ? "https://login." + parts[1] : null;
        this.loginBase = Regions.loginBase(apiBaseUrl);
    }

    @Override
    public ApiClientConnectorResponse invoke(ApiClientConnectorRequest request) throws IOException {
        return delegate.invoke(rewrite(request));
    }

    @Override
    public Future<ApiClientConnectorResponse> invokeAsync(ApiClientConnectorRequest request,
            AsyncApiCallback<ApiClientConnectorResponse> callback) {
        return delegate.invokeAsync(rewrite(request), callback);
    }

    private ApiClientConnectorRequest rewrite(ApiClientConnectorRequest request) {
        String url = request.getUrl();
        if (sdkLoginPrefix == null || !url.startsWith(sdkLoginPrefix) || url.startsWith(loginBase)) {
            return request;
        }
        String target = loginBase + url.substring(sdkLoginPrefix.length());
        return new ApiClientConnectorRequest() {
            @Override
            public String getMethod() {
                return request.getMethod();
            }

            @Override
            public String getUrl() {
                return target;
            }

            @Override
            public Map<String, String> getHeaders() {
                return request.getHeaders();
            }

            @Override
            public boolean hasBody() {
                return request.hasBody();
            }

            @Override
            public String readBody() throws IOException {
                return request.readBody();
            }

            @Override
            public InputStream getBody() throws IOException {
                return request.getBody();
            }
        };
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }
}
