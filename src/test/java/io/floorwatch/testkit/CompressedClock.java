package io.floorwatch.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulator's simulated time as a clock: {@code speed} simulated milliseconds per machine millisecond since
 * the epoch, which is how the simulator keys its per-minute statistics. A two-hour window at speed 240 passes in
 * 30 s, and the conversation aggregates of that window are the ones the simulator counted in it.
 */
public final class CompressedClock extends Clock {
    private final double speed;

    public CompressedClock(double speed) {
        this.speed = speed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(Math.round(System.currentTimeMillis() * speed));
    }
}
