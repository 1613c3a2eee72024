package io.floorwatch.bench;

import java.util.Arrays;

/** Percentiles and medians of measured samples. */
final class Stats {
    private Stats() {
    }

    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /** A figure of several rounds as the reports print it: "median 172 ms (rounds 165-180 ms, 3)". */
    static String figure(double[] rounds, String format, String unit) {
        double[] sorted = rounds.clone();
        Arrays.sort(sorted);
        String u = unit.isEmpty() ? "" : " " + unit;
        return "median " + String.format(format, median(rounds)) + u + " (rounds " + String.format(format, sorted[0])
                + "-" + String.format(format, sorted[sorted.length - 1]) + u + ", " + rounds.length + ")";
    }
}
