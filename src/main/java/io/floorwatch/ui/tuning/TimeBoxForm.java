package io.floorwatch.ui.tuning;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long the staged change lasts and when it starts: until changed (a standing change, as before), for a length
 * or until a time of day; now or at a time of day. A time of day means its next occurrence (one that has passed
 * today means tomorrow; an end means the first after the start), and the summary states the window before Apply
 * is pressed, so nothing is guessed behind the supervisor's back. FX thread only.
 */
public final class TimeBoxForm {
    /** The lengths offered in the length box; any other typed length works too. */
    public static final List<String> LENGTHS = List.of("30 min", "1 h", "2 h", "4 h");

    /** How long the change lasts. */
    public enum Lasting {
        UNTIL_CHANGED("Until changed"), FOR("For"), UNTIL("Until");

        private final String label;

        Lasting(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** When the change starts. */
    public enum Starting {
        NOW("Now"), AT("At");

        private final String label;

        Starting(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A time-box's window: {@code startsAt} null means now. */
    record Window(Instant startsAt, Instant endsAt) {
    }

    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<Lasting> lasting = new SimpleObjectProperty<>(this, "lasting", Lasting.UNTIL_CHANGED);
    private final StringProperty length = new SimpleStringProperty(this, "length", "1 h");
    private final StringProperty until = new SimpleStringProperty(this, "until", "");
    private final ObjectProperty<Starting> starting = new SimpleObjectProperty<>(this, "starting", Starting.NOW);
    private final StringProperty at = new SimpleStringProperty(this, "at", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** @param zone where the typed times of day are read and the summary's times are said */
    TimeBoxForm(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        for (Observable field : List.of(lasting, length, until, starting, at)) {
            field.addListener(o -> describe());
        }
        describe();
    }

    /** Whether Apply makes a time-box rather than a standing change. */
    boolean isTimeBox() {
        return lasting.get() != null && lasting.get() != Lasting.UNTIL_CHANGED;
    }

    /**
     * The window as of now, or empty with the error set (naming the field and what it takes); only for a
     * time-box.
     */
    Optional<Window> window() {
        return window(clock.instant());
    }

    private Optional<Window> window(Instant now) {
        List<String> problems = new ArrayList<>();
        Instant start = null;
        if (starting.get() == Starting.AT) {
            Optional<LocalTime> time = TimeBoxTimes.clock(at.get());
            if (time.isEmpty()) {
                problems.add("Starts at: '" + text(at) + "' is not a time of day (HH:mm, e.g. 14:30).");
            } else {
                start = TimeBoxTimes.next(time.get(), now, zone);
            }
        }
        Instant from = start == null ? now : start;
        Instant end = null;
        if (lasting.get() == Lasting.FOR) {
            Optional<Duration> typed = TimeBoxTimes.length(length.get());
            if (typed.isEmpty()) {
                problems.add("For: '" + text(length) + "' is not a length (e.g. 30 min, 90m, 2h, 1h30).");
            } else {
                end = from.plus(typed.get());
            }
        } else if (lasting.get() == Lasting.UNTIL) {
            Optional<LocalTime> time = TimeBoxTimes.clock(until.get());
            if (time.isEmpty()) {
                problems.add("Until: '" + text(until) + "' is not a time of day (HH:mm, e.g. 17:30).");
            } else {
                end = TimeBoxTimes.next(time.get(), from, zone);
            }
        }
        error.set(String.join(" ", problems));
        return problems.isEmpty() && end != null ? Optional.of(new Window(start, end)) : Optional.empty();
    }

    /** States what Apply will do with the fields as they are, now; called as they change and as time passes. */
    void describe() {
        if (!isTimeBox()) {
            error.set("");
            summary.set("Apply changes the skills now; they stay until someone changes them.");
            return;
        }
        Instant now = clock.instant();
        Optional<Window> window = window(now);
        if (window.isEmpty()) {
            summary.set("");
            return;
        }
        Instant start = window.get().startsAt() == null ? now : window.get().startsAt();
        Instant end = window.get().endsAt();
        String from = window.get().startsAt() == null ? "now" : TimeBoxTimes.moment(start, now, zone);
        // Said only when it happened, beside the day it named: the rule is plain where it matters.
        boolean nextDay = laterDay(start, now) && starting.get() == Starting.AT
                || laterDay(end, start) && lasting.get() == Lasting.UNTIL;
        summary.set("A time-box from " + from + " to " + TimeBoxTimes.moment(end, now, zone) + " ("
                + TimeBoxTimes.length(Duration.between(start, end)) + "); then each agent gets their skills back."
                + (nextDay ? " A time of day that has passed means the next day." : ""));
    }

    private boolean laterDay(Instant at, Instant than) {
        return at.atZone(zone).toLocalDate().isAfter(than.atZone(zone).toLocalDate());
    }

    private static String text(StringProperty field) {
        return field.get() == null ? "" : field.get().trim();
    }

    public ObjectProperty<Lasting> lastingProperty() {
        return lasting;
    }

    /** The length for "For", as typed or picked from {@link #LENGTHS}. */
    public StringProperty lengthProperty() {
        return length;
    }

    /** The time of day for "Until" (HH:mm). */
    public StringProperty untilProperty() {
        return until;
    }

    public ObjectProperty<Starting> startingProperty() {
        return starting;
    }

    /** The time of day for "At" (HH:mm). */
    public StringProperty atProperty() {
        return at;
    }

    /** The time-box's title; optional (the service names it after its agents). */
    public StringProperty titleProperty() {
        return title;
    }

    /** What Apply will do, in a sentence; empty while a field is wrong. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is wrong with the fields, naming each; empty when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
