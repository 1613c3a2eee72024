package io.floorwatch.emulator.sim;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Size and pace of the simulated contact center.
 *
 * @param speed    how many simulated seconds pass per real second (1 = real time)
 * @param load     how busy the day is against the staff: 1.0 keeps agents about 90 % busy in mid-morning, so the
 *                 lunch peak overruns the busier queues; 0.5 is a quiet day, 1.3 a bad one
 * @param dayStart the simulated time of day when the floor opens (the arrival curve follows it)
 */
public record SimSettings(int agents, int queues, int skills, long seed, double speed, double load,
        LocalTime dayStart) {
    /**
     * Eleven in the morning: the floor opens late morning, when the busiest queues already slip now and then, an
     * hour or so before the lunch peak, so a supervisor trying the demo sees waits within minutes.
     */
    public static final LocalTime DEFAULT_DAY_START = LocalTime.of(11, 0);

    public SimSettings {
        if (agents < 0 || queues < 1 || skills < 1) {
            throw new IllegalArgumentException("need agents >= 0, queues >= 1, skills >= 1");
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number");
        }
        if (!(load >= 0) || load > 10) {
            throw new IllegalArgumentException("load must be from 0 to 10, not " + load);
        }
        Objects.requireNonNull(dayStart, "dayStart");
    }

    /** A floor at the usual load, opening at {@link #DEFAULT_DAY_START}. */
    public SimSettings(int agents, int queues, int skills, long seed, double speed) {
        this(agents, queues, skills, seed, speed, 1.0, DEFAULT_DAY_START);
    }

    public SimSettings withSpeed(double newSpeed) {
        return new SimSettings(agents, queues, skills, seed, newSpeed, load, dayStart);
    }

    public SimSettings withDayStart(LocalTime newDayStart) {
        return new SimSettings(agents, queues, skills, seed, speed, load, newDayStart);
    }
}
