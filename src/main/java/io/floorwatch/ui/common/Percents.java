package io.floorwatch.ui.common;

/**
 * Shares as a supervisor reads them: "75 %", and "—" where there is nothing to share out. One way on every screen,
 * so a service level and an occupancy read alike.
 */
public final class Percents {
    /** What a share that is not known reads as. */
    public static final String UNKNOWN = "—";

    private Percents() {
    }

    /** @param share 0 to 1, or null when not known */
    public static String of(Double share) {
        return share == null ? UNKNOWN : String.format("%.0f %%", share * 100);
    }
}
