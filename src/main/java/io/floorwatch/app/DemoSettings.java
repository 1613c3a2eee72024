package io.floorwatch.app;

import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;

/** The embedded default: how big the simulated contact center is when Floorwatch runs with no configuration. */
public final class DemoSettings {
    static final int AGENTS = 500;
    static final int QUEUES = 12;
    static final int SKILLS = 24;
    static final long SEED = 7;

    private DemoSettings() {
    }

    public static EmulatorConfig emulator() {
        return EmulatorConfig.defaults().withFloor(new SimSettings(AGENTS, QUEUES, SKILLS, SEED, 1.0));
    }
}
