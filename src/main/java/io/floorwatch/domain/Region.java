package io.floorwatch.domain;

/** A Genesys Cloud region and its API base URL (for example us_east_1, https://api.mypurecloud.com). */
public record Region(String name, String apiBaseUrl) {
    @Override
    public String toString() {
        return name + " (" + apiBaseUrl.replaceFirst("^https://", "") + ")";
    }
}
