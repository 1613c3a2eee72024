package io.floorwatch.cli;

import picocli.CommandLine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads a moment from the command line as a supervisor would give it: "16:30" (today, this machine's zone),
 * "2026-12-08T09:00" (local), or an ISO-8601 instant with its offset ("2026-12-08T09:00:00Z"). A bare time that
 * has passed today is refused rather than guessed to mean tomorrow.
 */
final class Moments implements CommandLine.ITypeConverter<Instant> {
    private final Clock clock;

    Moments() {
        this(Clock.systemDefaultZone());
    }

    Moments(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant convert(String value) {
        String text = value.trim();
        ZoneId zone = ZoneId.systemDefault();
        try {
            if (text.matches("\\d{1,2}:\\d{2}")) {
                LocalTime time = LocalTime.parse(text.length() == 4 ? "0" + text : text);
                Instant today = LocalDate.now(clock.withZone(zone)).atTime(time).atZone(zone).toInstant();
                if (today.isBefore(clock.instant())) {
                    throw new CommandLine.TypeConversionException("'" + value + "' has passed today; give the day "
                            + "too, e.g. " + LocalDate.now(clock.withZone(zone)).plusDays(1) + "T" + time);
                }
                return today;
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a time; use e.g. 16:30, "
                    + "2026-12-08T09:00 or 2026-12-08T09:00:00Z");
        }
    }
}
