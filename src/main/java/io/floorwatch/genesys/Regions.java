package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.PureCloudRegionHosts;
import io.floorwatch.domain.Region;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Genesys Cloud regions as the SDK knows them, and the login URL that belongs to an API base URL. */
public final class Regions {
    private Regions() {
    }

    /** Every region of the SDK's list, in its order. */
    public static List<Region> all() {
        return Arrays.stream(PureCloudRegionHosts.values()).map(r -> new Region(r.name(), r.getApiHost())).toList();
    }

    /**
     * The token endpoint for an API base URL. Genesys serves it on the login host ({@code api.} becomes
     * {@code login.}); anything else (an emulator, a proxy) serves it on the same origin. The SDK's own
     * derivation turns {@code http://127.0.0.1:P} into {@code https://login.0.0.1:P}, which is why Floorwatch
     * fetches tokens itself.
     */
    public static URI tokenUri(String apiBaseUrl) {
        return URI.create(loginBase(apiBaseUrl) + "/oauth/token");
    }

    /** The sign-in page of the authorization code grant: {@code /oauth/authorize} on the login host. */
    public static URI authorizeUri(String apiBaseUrl) {
        return URI.create(loginBase(apiBaseUrl) + "/oauth/authorize");
    }

    /** The login host's origin for an API base URL, by the rule of {@link #tokenUri(String)}. */
    public static String loginBase(String apiBaseUrl) {
        String trimmed = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
        URI base = URI.create(trimmed);
        String host = base.getHost();
        if (host != null && host.toLowerCase(Locale.ROOT).startsWith("api.")) {
            return base.getScheme() + "://login." + host.substring(4) + (base.getPort() > 0 ? ":" + base.getPort() : "");
        }
        return trimmed;
    }
}
