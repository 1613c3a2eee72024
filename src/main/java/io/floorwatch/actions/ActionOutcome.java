package io.floorwatch.actions;

/**
 * What became of one agent of a batch.
 *
 * @param now    the agent's state when the batch reached them (the fact the undo goes back to)
 * @param detail why skipped, Genesys' message when refused or failed, or empty
 */
public record ActionOutcome(ActionPlan.Row row, Status status, String now, String detail, long latencyMillis) {
    public enum Status {
        /** Written. */
        DONE,
        /** Left alone: already so, or changed since the preview, or not planned. */
        SKIPPED,
        /** Genesys said no (403, 400, 404): its message says why. */
        REFUSED,
        /** The write failed for another reason (no answer, 5xx after retries). */
        FAILED,
        /** Cancelled before this agent was reached. */
        NOT_RUN
    }
}
