package io.floorwatch.config;

/**
 * Acting on agents: how big a batch may be before a reason is required (a log out always needs one).
 *
 * @param reasonAbove batches of more than this many agents need a reason, 1 to {@value #MAX_REASON_ABOVE}
 */
public record ActionSettings(int reasonAbove) {
    public static final int DEFAULT_REASON_ABOVE = 10;
    public static final int MAX_REASON_ABOVE = 10_000;

    public ActionSettings {
        if (reasonAbove == 0) {
            // A settings file from before this setting reads as 0.
            reasonAbove = DEFAULT_REASON_ABOVE;
        }
        if (reasonAbove < 1 || reasonAbove > MAX_REASON_ABOVE) {
            throw new IllegalArgumentException("the batch size above which a reason is required must be 1 to "
                    + MAX_REASON_ABOVE + ", not " + reasonAbove);
        }
    }

    public static ActionSettings defaults() {
        return new ActionSettings(DEFAULT_REASON_ABOVE);
    }
}
