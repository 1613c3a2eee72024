package io.floorwatch.domain;

/** A Genesys Cloud region by its SDK code and API base URL (for example us_east_1, https://api.mypurecloud.com). */
public record Region(String name, String apiBaseUrl) {
    /** The name a person knows the region by, for example "EMEA (Frankfurt)". */
    public String displayName() {
        return RegionNames.of(name);
    }

    /** What a region picker shows: the name and the host, so that a person can match either. */
    @Override
    public String toString() {
        return displayName() + " · " + apiBaseUrl.replaceFirst("^https://", "");
    }
}
