package io.floorwatch.emulator.sim;

/**
 * How busy a contact-center day is hour by hour, relative to mid-morning (1.0): quiet before eight, a morning ramp,
 * a lunch peak a quarter above mid-morning, an afternoon dip and a late-afternoon shoulder, then the evening
 * tail. Linear between the points; each queue reads it shifted by a few minutes of its own so peaks do not all
 * land at once.
 */
final class DayCurve {
    /** (hour of day, load) points; the day wraps from the last back to the first. */
    private static final double[][] POINTS = {
            {0, 0.05}, {7, 0.15}, {8, 0.55}, {9, 0.85}, {10, 1.0}, {11.5, 1.0}, {12.5, 1.25}, {13.5, 1.1},
            {14.5, 0.8}, {16, 0.95}, {17, 0.85}, {18, 0.45}, {20, 0.2}, {24, 0.05}};

    private DayCurve() {
    }

    /** The load at {@code secondOfDay} (0 to 86,400), at least 0.05. */
    static double at(double secondOfDay) {
        double hour = ((secondOfDay / 3600.0) % 24 + 24) % 24;
        for (int i = 1; i < POINTS.length; i++) {
            if (hour <= POINTS[i][0]) {
                double[] a = POINTS[i - 1];
                double[] b = POINTS[i];
                return a[1] + (b[1] - a[1]) * (hour - a[0]) / (b[0] - a[0]);
            }
        }
        return POINTS[POINTS.length - 1][1];
    }
}
