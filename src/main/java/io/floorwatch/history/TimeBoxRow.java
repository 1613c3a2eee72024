package io.floorwatch.history;

import java.time.Instant;
import java.util.List;

/**
 * A time-box as history keeps it: its window, its state's name, and the texts the timebox package owns (plan,
 * revert plan, results, projection, report), opaque here. {@code version} grows with each write, so a change made
 * from a stale copy is refused instead of lost.
 *
 * @param org        the connection it was made on; only a runner on the same one carries it out
 *
 * @param appliedAt  when its start was carried out; null before
 * @param endedAt    when it ended (reverted, cancelled or missed); null before
 * @param leaseOwner the runner carrying it out now; null when none
 */
public record TimeBoxRow(String id, String title, String org, String createdBy, Instant createdAt, Instant startsAt,
        Instant endsAt, String state, List<String> agentIds, String plan, String revertPlan, String results,
        String projection, String report, String note, Instant appliedAt, Instant endedAt, String leaseOwner,
        Instant leaseUntil, int version) {
    public TimeBoxRow {
        agentIds = List.copyOf(agentIds);
    }
}
