package io.floorwatch.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way screens write a duration. */
class DurationsTest {
    @Test
    void secondsThenMinutesAndSecondsThenHoursAndMinutes() {
        assertThat(Durations.compact(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(Durations.compact(Duration.ofSeconds(425))).isEqualTo("7:05");
        assertThat(Durations.compact(Duration.ofMinutes(72).plusSeconds(30))).isEqualTo("1 h 12");
        assertThat(Durations.compact(Duration.ofSeconds(-5))).as("a clock a little behind").isEqualTo("0 s");
    }
}
