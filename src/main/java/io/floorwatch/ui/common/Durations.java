package io.floorwatch.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as a supervisor reads them at a glance: "42 s", "7:05", "1 h 12". Every screen shows time in state,
 * waits and how long an alert lasted this one way, so the same moment reads the same on Floor, Queues and Alerts.
 * Thresholds are typed the way the alert rules take them, in minutes ("10", "2.5"), or, for the short ones, as
 * minutes and seconds the way they read here ("1:30").
 */
public final class Durations {
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,6})(?:[.,](\\d{1,3}))?");
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,6}):([0-5]\\d)");

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

    /**
     * A total as a report states it, with its units so it cannot be read as a time of day: "42 s", "23 min",
     * "15 h 58 min" (to the minute from a minute on).
     */
    public static String total(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }

    /**
     * A duration typed as minutes ("10", "2.5", "2,5") or as m:ss ("1:30"), to the second; empty when the text is
     * neither (a negative number included: the range is the caller's to check).
     */
    public static Optional<Duration> parseMinutes(String text) {
        String typed = text == null ? "" : text.trim();
        Matcher clock = MINUTES_SECONDS.matcher(typed);
        if (clock.matches()) {
            return Optional.of(Duration.ofMinutes(Long.parseLong(clock.group(1)))
                    .plusSeconds(Long.parseLong(clock.group(2))));
        }
        Matcher minutes = MINUTES.matcher(typed);
        if (!minutes.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(minutes.group(1) + (minutes.group(2) == null ? "" : "." + minutes.group(2)));
        return Optional.of(Duration.ofSeconds(value.multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /** A duration as {@link #parseMinutes} reads it back: "10" for whole minutes, else "1:30". */
    public static String minutesField(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        return seconds % 60 == 0 ? Long.toString(seconds / 60) : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
