package io.floorwatch.provisioning;

/**
 * What happened to one row of a provisioning run.
 *
 * @param queueId  the created queue's id (CREATED), else empty
 * @param message  why it was skipped or failed (the validation problems, or Genesys' own message)
 * @param members  members added
 */
public record QueueOutcome(SpecRow row, Status status, String queueId, String message, int members,
        long latencyMillis) {
    /** Where a row ended. */
    public enum Status {
        CREATED,
        /** Valid, and not sent: a dry run. */
        VALID,
        /** Invalid (nothing sent), or not reached because the run was cancelled. */
        SKIPPED,
        /** Sent, and Genesys refused it (or the members could not all be added). */
        FAILED
    }

    public String name() {
        return row.spec() == null ? "" : row.spec().name();
    }
}
