package io.floorwatch.drift;

import java.util.List;

/**
 * One comparison's result: where each side came from and what it held when read (kept, so rows can be accepted
 * into the baseline it came from, or reverted, without reading again), and the differences between them.
 *
 * @param calls how many API calls reading the two sides took (0 for files and saved baselines)
 */
public record Comparison(SnapshotSource from, ConfigSnapshot baseline, SnapshotSource against,
        ConfigSnapshot target, List<DriftRow> rows, int calls) {
    public Comparison {
        rows = List.copyOf(rows);
    }

    /** The same target against a new version of the baseline (after rows were accepted into it). */
    Comparison withBaseline(ConfigSnapshot accepted, List<DriftRow> found) {
        return new Comparison(from, accepted, against, target, found, 0);
    }

    /** The same baseline against the target read again (after a revert). */
    Comparison withTarget(ConfigSnapshot reread, List<DriftRow> found, int readCalls) {
        return new Comparison(from, baseline, against, reread, found, readCalls);
    }
}
