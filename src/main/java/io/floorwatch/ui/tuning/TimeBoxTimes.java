package io.floorwatch.ui.tuning;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths and times of day as a supervisor types them for a time-box ("90m", "2 h", "1h30", "14:30"), and moments
 * as the screen says them back ("today 14:30", "tomorrow 09:00", "Wed 9 Dec 09:00"). A time of day means its next
 * occurrence: one that has passed today means tomorrow, and the screen says so before anything is sent.
 */
final class TimeBoxTimes {
    /** "1d", "2h", "2 h", "90m", "90 min", "1h30", "1 h 30 min", "45" (minutes); at least one part. */
    private static final Pattern LENGTH = Pattern.compile("(?:(\\d{1,2})\\s*d(?:ays?)?)?\\s*"
            + "(?:(\\d{1,3})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,5})\\s*(?:m|mins?|minutes?)?)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.h]?(\\d{2})");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private TimeBoxTimes() {
    }

    /** A typed length, or empty when the text is not one (zero included: a time-box lasts). */
    static Optional<Duration> length(String text) {
        String typed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = LENGTH.matcher(typed);
        if (typed.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        Duration length = Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2)))
                .plusMinutes(number(m.group(3)));
        return length.isZero() ? Optional.empty() : Optional.of(length);
    }

    /** A typed time of day, "14:30", "9:05", "1430" or "14.30"; empty when it is none. */
    static Optional<LocalTime> clock(String text) {
        String typed = text == null ? "" : text.trim();
        Matcher m = CLOCK.matcher(typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first moment after {@code after} that the clock in {@code zone} shows {@code time}: today, else tomorrow. */
    static Instant next(LocalTime time, Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant today = day.atTime(time).atZone(zone).toInstant();
        return today.isAfter(after) ? today : day.plusDays(1).atTime(time).atZone(zone).toInstant();
    }

    /**
     * "today 14:30", "tomorrow 09:00", "yesterday 16:00", within the week either way "Wed 09:00", else "9 Dec 09:00",
     * in {@code zone}: short enough for a table's column, and never a bare time that could be another day's.
     */
    static String moment(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime when = at.atZone(zone);
        long days = when.toLocalDate().toEpochDay() - now.atZone(zone).toLocalDate().toEpochDay();
        if (days == 0) {
            return "today " + HOUR.format(when);
        }
        if (days == 1) {
            return "tomorrow " + HOUR.format(when);
        }
        if (days == -1) {
            return "yesterday " + HOUR.format(when);
        }
        return Math.abs(days) < 7 ? WEEKDAY.format(when) : DAY.format(when);
    }

    /** "45 min", "2 h", "1 h 30 min", "2 d 3 h": a window's length as the summary states it. */
    static String length(Duration length) {
        long minutes = Math.max(0, length.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" d");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append(" min");
        }
        return text.toString();
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
