package io.floorwatch.drift;

import java.time.Instant;
import java.util.List;

/**
 * What one scheduled drift check found.
 *
 * @param rows     every difference from the baseline now
 * @param newRows  the differences not seen by the check before (each one raises an alert)
 * @param problem  why the check could not run, or empty
 * @param calls    API calls the check took
 */
public record DriftCheck(Instant at, String baselineName, List<DriftRow> rows, List<DriftRow> newRows,
        String problem, int calls) {
    public DriftCheck {
        rows = List.copyOf(rows);
        newRows = List.copyOf(newRows);
        problem = problem == null ? "" : problem;
    }

    public boolean failed() {
        return !problem.isEmpty();
    }

    /** "3 differences from 'Production', 1 new", or what went wrong. */
    public String summary() {
        if (failed()) {
            return "check failed: " + problem;
        }
        return (rows.isEmpty() ? "no drift" : rows.size() + (rows.size() == 1 ? " difference" : " differences"))
                + " from '" + baselineName + "'" + (newRows.isEmpty() ? "" : ", " + newRows.size() + " new");
    }
}
