package io.floorwatch.config;

import io.floorwatch.domain.RegionNames;

/**
 * Which org to connect to. In DEMO mode the in-process emulator is used and the other fields are ignored.
 *
 * @param regionName the SDK's region name when a region was picked, or null for a custom URL
 * @param apiBaseUrl the API base URL (a region's, or a custom one such as an emulator's)
 */
public record ConnectionSettings(Mode mode, String regionName, String apiBaseUrl, String clientId) {
    public enum Mode {
        /** The embedded default: emulator and simulated contact center in-process. */
        DEMO,
        /** A real Genesys Cloud org (or any URL that speaks its API). */
        GENESYS
    }

    public static ConnectionSettings demo() {
        return new ConnectionSettings(Mode.DEMO, null, null, null);
    }

    public boolean isDemo() {
        return mode == Mode.DEMO;
    }

    /** What the status bar shows: "demo", the region's name (for example "EMEA (Frankfurt)"), or the URL's host. */
    public String label() {
        if (isDemo()) {
            return "demo";
        }
        if (regionName != null && !regionName.isBlank()) {
            return RegionNames.of(regionName);
        }
        return apiBaseUrl == null ? "" : apiBaseUrl.replaceFirst("^https?://", "");
    }
}
