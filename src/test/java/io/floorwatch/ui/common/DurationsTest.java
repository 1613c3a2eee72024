package io.floorwatch.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way screens write a duration, and read back a threshold typed in minutes. */
class DurationsTest {
    @Test
    void secondsThenMinutesAndSecondsThenHoursAndMinutes() {
        assertThat(Durations.compact(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(Durations.compact(Duration.ofSeconds(425))).isEqualTo("7:05");
        assertThat(Durations.compact(Duration.ofMinutes(72).plusSeconds(30))).isEqualTo("1 h 12");
        assertThat(Durations.compact(Duration.ofSeconds(-5))).as("a clock a little behind").isEqualTo("0 s");
    }

    @Test
    void aThresholdIsTypedInMinutesOrAsMinutesAndSeconds() {
        assertThat(Durations.parseMinutes("10")).contains(Duration.ofMinutes(10));
        assertThat(Durations.parseMinutes(" 2.5 ")).contains(Duration.ofSeconds(150));
        assertThat(Durations.parseMinutes("2,5")).contains(Duration.ofSeconds(150));
        assertThat(Durations.parseMinutes("1:30")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parseMinutes("0:05")).contains(Duration.ofSeconds(5));
        assertThat(Durations.parseMinutes("1:75")).as("no 75th second").isEqualTo(Optional.empty());
        assertThat(Durations.parseMinutes("-2")).isEmpty();
        assertThat(Durations.parseMinutes("soon")).isEmpty();
        assertThat(Durations.parseMinutes("")).isEmpty();
    }

    @Test
    void aThresholdReadsBackAsItIsTyped() {
        assertThat(Durations.minutesField(Duration.ofMinutes(10))).isEqualTo("10");
        assertThat(Durations.minutesField(Duration.ofSeconds(90))).isEqualTo("1:30");
        assertThat(Durations.parseMinutes(Durations.minutesField(Duration.ofSeconds(3725))))
                .contains(Duration.ofSeconds(3725));
    }
}
