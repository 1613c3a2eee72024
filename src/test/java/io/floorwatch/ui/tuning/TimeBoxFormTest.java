package io.floorwatch.ui.tuning;

import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a staged change lasts and when it starts, as typed beside Apply: read, checked and said back. */
class TimeBoxFormTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 7 December 2026, 14:00 in Paris. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T13:00:00Z"));
    private final TimeBoxForm form = new TimeBoxForm(clock, PARIS);

    @Test
    void lengthsAreReadAsASupervisorTypesThem() {
        assertThat(TimeBoxTimes.length("90m")).contains(Duration.ofMinutes(90));
        assertThat(TimeBoxTimes.length("2h")).contains(Duration.ofHours(2));
        assertThat(TimeBoxTimes.length("1h30")).contains(Duration.ofMinutes(90));
        assertThat(TimeBoxTimes.length("1 h 30 min")).contains(Duration.ofMinutes(90));
        assertThat(TimeBoxTimes.length("30 min")).contains(Duration.ofMinutes(30));
        assertThat(TimeBoxTimes.length("45")).as("a bare number is minutes").contains(Duration.ofMinutes(45));
        assertThat(TimeBoxTimes.length("1d")).contains(Duration.ofDays(1));
        assertThat(TimeBoxForm.LENGTHS).allSatisfy(preset -> assertThat(TimeBoxTimes.length(preset)).isPresent());
        assertThat(TimeBoxTimes.length("0")).as("a time-box lasts").isEmpty();
        assertThat(TimeBoxTimes.length("1.5h")).isEmpty();
        assertThat(TimeBoxTimes.length("soon")).isEmpty();
        assertThat(TimeBoxTimes.length("")).isEmpty();
    }

    @Test
    void timesOfDayAreReadWithOrWithoutAColon() {
        assertThat(TimeBoxTimes.clock("14:30")).hasValueSatisfying(t -> assertThat(t).hasToString("14:30"));
        assertThat(TimeBoxTimes.clock("9:05")).hasValueSatisfying(t -> assertThat(t).hasToString("09:05"));
        assertThat(TimeBoxTimes.clock("1430")).hasValueSatisfying(t -> assertThat(t).hasToString("14:30"));
        assertThat(TimeBoxTimes.clock("25:00")).isEmpty();
        assertThat(TimeBoxTimes.clock("2pm")).isEmpty();
    }

    @Test
    void untilChangedIsTheStandingApplyAsBefore() {
        assertThat(form.isTimeBox()).isFalse();
        assertThat(form.summaryProperty().get()).isEqualTo("Apply changes the skills now; they stay until someone "
                + "changes them.");
    }

    @Test
    void forALengthFromNowEndsThatLongAfterNow() {
        form.lastingProperty().set(TimeBoxForm.Lasting.FOR);
        form.lengthProperty().set("1h30");

        assertThat(form.window()).contains(new TimeBoxForm.Window(null, clock.instant().plus(Duration.ofMinutes(90))));
        assertThat(form.summaryProperty().get()).isEqualTo("A time-box from now to today 15:30 (1 h 30 min); then "
                + "each agent gets their skills back.");
        assertThat(form.errorProperty().get()).isEmpty();
    }

    @Test
    void untilATimeThatHasPassedTodayEndsTomorrowAndTheSummarySaysSo() {
        form.lastingProperty().set(TimeBoxForm.Lasting.UNTIL);
        form.untilProperty().set("17:30");
        assertThat(form.window().map(TimeBoxForm.Window::endsAt)).contains(Instant.parse("2026-12-07T16:30:00Z"));
        assertThat(form.summaryProperty().get()).isEqualTo("A time-box from now to today 17:30 (3 h 30 min); then "
                + "each agent gets their skills back.");

        form.untilProperty().set("09:00");
        assertThat(form.window().map(TimeBoxForm.Window::endsAt)).contains(Instant.parse("2026-12-08T08:00:00Z"));
        assertThat(form.summaryProperty().get()).isEqualTo("A time-box from now to tomorrow 09:00 (19 h); then each "
                + "agent gets their skills back. A time of day that has passed means the next day.");
    }

    @Test
    void atATimeStartsThenAndTheEndCountsFromTheStart() {
        form.lastingProperty().set(TimeBoxForm.Lasting.FOR);
        form.lengthProperty().set("2 h");
        form.startingProperty().set(TimeBoxForm.Starting.AT);
        form.atProperty().set("16:00");
        assertThat(form.window()).contains(new TimeBoxForm.Window(Instant.parse("2026-12-07T15:00:00Z"),
                Instant.parse("2026-12-07T17:00:00Z")));

        form.atProperty().set("13:00");
        form.lastingProperty().set(TimeBoxForm.Lasting.UNTIL);
        form.untilProperty().set("12:00");
        assertThat(form.window()).as("tomorrow 13:00, then the first 12:00 after it")
                .contains(new TimeBoxForm.Window(Instant.parse("2026-12-08T12:00:00Z"),
                        Instant.parse("2026-12-09T11:00:00Z")));
        assertThat(form.summaryProperty().get()).startsWith("A time-box from tomorrow 13:00 to Wed 12:00 (23 h)")
                .endsWith("A time of day that has passed means the next day.");
    }

    @Test
    void whatIsWrongNamesEachFieldAndWhatItTakes() {
        form.lastingProperty().set(TimeBoxForm.Lasting.FOR);
        form.lengthProperty().set("soon");
        form.startingProperty().set(TimeBoxForm.Starting.AT);
        form.atProperty().set("noon");

        assertThat(form.window()).isEqualTo(Optional.empty());
        assertThat(form.errorProperty().get()).isEqualTo("Starts at: 'noon' is not a time of day (HH:mm, e.g. "
                + "14:30). For: 'soon' is not a length (e.g. 30 min, 90m, 2h, 1h30).");
        assertThat(form.summaryProperty().get()).isEmpty();

        form.lastingProperty().set(TimeBoxForm.Lasting.UNTIL_CHANGED);
        assertThat(form.errorProperty().get()).as("no time-box, nothing to fix").isEmpty();
    }

    @Test
    void theSummaryMovesOnWithTheClock() {
        form.lastingProperty().set(TimeBoxForm.Lasting.FOR);
        form.lengthProperty().set("4 h");
        assertThat(form.summaryProperty().get()).contains("to today 18:00");

        clock.advance(Duration.ofHours(7));
        form.describe();
        assertThat(form.summaryProperty().get()).contains("to tomorrow 01:00 (4 h)");
    }
}
