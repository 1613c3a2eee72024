package io.floorwatch.ui.floor;

import java.time.Duration;

/** Durations as a supervisor reads them at a glance: "42 s", "7:05", "1 h 12". */
public final class Durations {
    private Durations() {
    }

    public static String compact(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format("%d:%02d", seconds / 60, seconds % 60);
        }
        return String.format("%d h %02d", seconds / 3600, seconds % 3600 / 60);
    }
}
