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
}
