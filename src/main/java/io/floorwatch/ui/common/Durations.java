package io.floorwatch.ui.common;

import java.time.Duration;

/**
 * Durations as a supervisor reads them at a glance: "42 s", "7:05", "1 h 12". Every screen shows time in state,
 * waits and how long an alert lasted this one way, so the same moment reads the same on Floor, Queues and Alerts.
 */
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
