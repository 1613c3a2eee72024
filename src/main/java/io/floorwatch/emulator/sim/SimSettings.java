package io.floorwatch.emulator.sim;

/**
 * Size and pace of the simulated contact center.
 *
 * @param speed how many simulated seconds pass per real second (1 = real time)
 */
public record SimSettings(int agents, int queues, int skills, long seed, double speed) {
    public SimSettings {
        if (agents < 0 || queues < 1 || skills < 1) {
            throw new IllegalArgumentException("need agents >= 0, queues >= 1, skills >= 1");
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number");
        }
    }
}
