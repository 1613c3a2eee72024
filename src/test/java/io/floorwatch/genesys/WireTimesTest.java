package io.floorwatch.genesys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireTimesTest {

    @Test
    void readsWhatInstantParseReadsAtEveryPrecision() {
        Random random = new Random(25);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            String full = at.toString();
            // Instant.toString drops trailing zero groups; cut the fraction to every length as well.
            int dot = full.indexOf('.');
            String whole = (dot < 0 ? full.substring(0, full.length() - 1) : full.substring(0, dot));
            String digits = dot < 0 ? "" : full.substring(dot + 1, full.length() - 1);
            for (int n = 0; n <= digits.length(); n++) {
                String text = whole + (n == 0 ? "" : "." + digits.substring(0, n)) + "Z";
                assertThat(WireTimes.parse(text)).as(text).isEqualTo(Instant.parse(text));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T06:00:00Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00.000000001Z",
            "2026-12-31T23:59:59.123456789Z"})
    void readsTheWireShape(String text) {
        assertThat(WireTimes.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T06:00:00Z", "2026-13-01T06:00:00Z", "2026-11-20T06:60:00Z",
            "2026-11-20 06:00:00Z", "2026-11-20T06:00:00",
            "2026-11-20T06:00:00.1234567890Z", "2026-1a-20T06:00:00Z", "yesterday", ""})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> WireTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void leavesOtherSpellingsToTheGeneralParser() {
        // An offset, a leap second, the day's end as 24:00 or a dot without digits is not Genesys's shape; the
        // general parser decides them as before.
        for (String text : new String[] {"2026-11-20T06:00:00+00:00", "2026-12-31T23:59:60Z", "2026-11-20T24:00:00Z",
                "2026-11-20T06:00:00.Z"}) {
            Object ours;
            Object general;
            try {
                general = Instant.parse(text);
            } catch (DateTimeParseException e) {
                general = DateTimeParseException.class;
            }
            try {
                ours = WireTimes.parse(text);
            } catch (DateTimeParseException e) {
                ours = DateTimeParseException.class;
            }
            assertThat(ours).as(text).isEqualTo(general);
        }
    }
}
