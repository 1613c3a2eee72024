package io.floorwatch.provisioning;

import java.util.List;

/**
 * What a queue save came to.
 *
 * @param changes  what was (or would have been) written
 * @param problems the fields that are wrong (INVALID)
 * @param conflict the three-way difference (CONFLICT), else null
 * @param now      the queue as saved (SAVED), to go on editing from; else null
 */
public record EditOutcome(Status status, String message, List<FieldChange> changes, List<SpecProblem> problems,
        QueueConflict conflict, QueueEdit now, long latencyMillis) {
    public enum Status {
        SAVED, UNCHANGED, INVALID, CONFLICT, FAILED
    }

    public EditOutcome {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    static EditOutcome of(Status status, String message, List<FieldChange> changes) {
        return new EditOutcome(status, message, changes, List.of(), null, null, 0);
    }
}
