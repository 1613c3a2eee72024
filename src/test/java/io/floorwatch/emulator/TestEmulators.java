package io.floorwatch.emulator;

import io.floorwatch.emulator.sim.SimSettings;

import java.time.Duration;

/** Emulator setups for tests: small, seeded, and (unless a test wants motion) a still floor. */
public final class TestEmulators {
    private TestEmulators() {
    }

    public static EmulatorConfig still(int agents) {
        return EmulatorConfig.defaults().withFloor(new SimSettings(agents, 6, 12, 11, 1.0)).withSimulation(false);
    }

    public static EmulatorConfig fastTimers(int agents, Duration channelTtl, Duration heartbeat) {
        return still(agents).withTimes(Duration.ofHours(1), channelTtl, heartbeat);
    }
}
