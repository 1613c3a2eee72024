package io.floorwatch.domain;

import java.util.Map;

/**
 * The names a person knows Genesys Cloud regions by, keyed by the SDK's region code. Genesys's login page names
 * its regions this way ("EMEA (Frankfurt)"); the two regions newer than the sources we could check carry their
 * cloud provider's region name instead. The wire notes list the sources. A code missing here shows as itself.
 */
public final class RegionNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("us_east_1", "Americas (US East)"),
            Map.entry("us_east_2", "Americas (US East 2, FedRAMP)"),
            Map.entry("us_west_2", "Americas (US West)"),
            Map.entry("ca_central_1", "Americas (Canada)"),
            Map.entry("sa_east_1", "Americas (São Paulo)"),
            Map.entry("mx_central_1", "Americas (Mexico)"),
            Map.entry("eu_central_1", "EMEA (Frankfurt)"),
            Map.entry("eu_west_1", "EMEA (Dublin)"),
            Map.entry("eu_west_2", "EMEA (London)"),
            Map.entry("eu_central_2", "EMEA (Zurich)"),
            Map.entry("me_central_1", "EMEA (UAE)"),
            Map.entry("ap_south_1", "Asia Pacific (Mumbai)"),
            Map.entry("ap_northeast_2", "Asia Pacific (Seoul)"),
            Map.entry("ap_southeast_2", "Asia Pacific (Sydney)"),
            Map.entry("ap_northeast_1", "Asia Pacific (Tokyo)"),
            Map.entry("ap_northeast_3", "Asia Pacific (Osaka)"),
            Map.entry("ap_southeast_1", "Asia Pacific (Singapore)"));

    private RegionNames() {
    }

    /** The region's name for people, or the code itself when the table does not know it. */
    public static String of(String code) {
        return code == null ? "" : NAMES.getOrDefault(code, code);
    }
}
