package io.floorwatch.emulator.sim;

import java.time.LocalTime;

/**
 * The simulated day against the machine's clock: the floor starts at {@code dayStart} when the simulator first
 * steps, and {@code speed} simulated seconds pass per real second. Durations inside the simulation (talk, hold,
 * waits, service levels) are simulated time; the moments it reports are the machine's.
 */
final class SimClock {
    private static final double DAY_SECONDS = 24 * 3600;

    private final long startWallMillis;
    private final double startSecondOfDay;
    private final double speed;

    SimClock(long startWallMillis, LocalTime dayStart, double speed) {
        this.startWallMillis = startWallMillis;
        this.startSecondOfDay = dayStart.toSecondOfDay();
        this.speed = speed;
    }

    /** The simulated time of day at a machine moment, in seconds after midnight. */
    double secondOfDay(long wallMillis) {
        double elapsed = (wallMillis - startWallMillis) * speed / 1000.0;
        return ((startSecondOfDay + elapsed) % DAY_SECONDS + DAY_SECONDS) % DAY_SECONDS;
    }

    /** The simulated day a machine moment falls in: 0 is the day the floor opened, 1 the next. */
    long day(long wallMillis) {
        double elapsed = (wallMillis - startWallMillis) * speed / 1000.0;
        return (long) Math.floor((startSecondOfDay + elapsed) / DAY_SECONDS);
    }

    /** The machine moment of a simulated time of day on simulated day {@code day}. */
    long wallMillisAt(long day, double secondOfDay) {
        double simSecondsFromOpening = day * DAY_SECONDS + secondOfDay - startSecondOfDay;
        return startWallMillis + Math.round(simSecondsFromOpening * 1000 / speed);
    }

    /** Machine milliseconds that {@code simSeconds} of simulated time take (at least one). */
    long wallMillis(double simSeconds) {
        return Math.max(1, Math.round(simSeconds * 1000 / speed));
    }

    /** Simulated milliseconds between two machine moments. */
    long simMillis(long fromWallMillis, long toWallMillis) {
        return Math.round((toWallMillis - fromWallMillis) * speed);
    }
}
