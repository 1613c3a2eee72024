package io.floorwatch.config;

/**
 * How long history is kept.
 *
 * @param retentionDays state events, samples and rejected messages older than this are pruned (1 to 3650)
 */
public record HistorySettings(int retentionDays) {
    public static final int DEFAULT_RETENTION_DAYS = 90;

    public HistorySettings {
        if (retentionDays == 0) {
            retentionDays = DEFAULT_RETENTION_DAYS;
        }
        if (retentionDays < 1 || retentionDays > 3650) {
            throw new IllegalArgumentException("history retention must be 1 to 3650 days, not " + retentionDays);
        }
    }

    public static HistorySettings defaults() {
        return new HistorySettings(DEFAULT_RETENTION_DAYS);
    }
}
