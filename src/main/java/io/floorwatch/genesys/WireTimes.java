package io.floorwatch.genesys;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the times notifications carry. Genesys writes them in one shape, {@code 2026-11-20T06:00:00.123Z} (UTC,
 * milliseconds or none); that shape is read here directly, anything else by {@link Instant#parse}, which gives
 * the same answer and the same refusal. {@code Instant.parse} goes through a general formatter that builds a map
 * of fields for every call: at 50,000 agents that was a third of decoding a frame and much of the garbage the
 * collector had to stop the history writer for.
 */
final class WireTimes {
    private WireTimes() {
    }

    /** The instant the text names; a {@link java.time.format.DateTimeParseException} if it names none. */
    static Instant parse(String text) {
        int length = text.length();
        // yyyy-MM-ddTHH:mm:ssZ is 20 characters; a fraction of 1 to 9 digits adds its dot.
        if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || length > 20 && text.charAt(19) != '.') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            // No such day (30 February): the general parser words the refusal.
            return Instant.parse(text);
        }
        int nanos = fraction;
        for (int scale = length - 21; scale < 9; scale++) {
            nanos *= 10;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
