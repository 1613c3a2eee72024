package io.floorwatch.timebox;

import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A skill plan applied for a window and reverted at its end.
 *
 * @param org        the connection it was made on (the worker's {@link TimeBoxWorker#org()})
 * @param plan       what is applied at the start (each agent's preview is what they held when it was planned)
 * @param revertPlan grows agent by agent as the start is carried out: each agent's preview is what the box set,
 *                   the target what they held before it, so the end is the same safe apply the other way
 * @param results    every agent's outcome at the start and at the end, in order
 * @param projection the what-if when it was scheduled (JSON the tuning package owns); empty when none was made
 * @param report     the what-if with what was measured during the window, once ended; empty before
 * @param note       what a person should know (late, missed, cancelled by whom); empty when nothing
 * @param version    history's version of this copy; a write from a stale copy is refused
 */
public record TimeBox(String id, String title, String org, String createdBy, Instant createdAt, Instant startsAt,
        Instant endsAt, TimeBoxState state, SkillPlan plan, SkillPlan revertPlan, List<AgentResult> results,
        String projection, String report, String note, Instant appliedAt, Instant endedAt, String leaseOwner,
        int version) {
    public TimeBox {
        results = List.copyOf(results);
        projection = projection == null ? "" : projection;
        report = report == null ? "" : report;
        note = note == null ? "" : note;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    /** The results of one step. */
    public List<AgentResult> results(AgentResult.Step step) {
        return results.stream().filter(r -> r.step() == step).toList();
    }

    /** The agents the end left alone because someone changed them during the window. */
    public List<AgentResult> conflicts() {
        return results(AgentResult.Step.END).stream().filter(r -> r.status()
                == SkillOutcome.Status.CONFLICT).toList();
    }

    public Optional<String> projectionJson() {
        return projection.isEmpty() ? Optional.empty() : Optional.of(projection);
    }

    TimeBox with(TimeBoxState newState, Instant newEnd, SkillPlan newRevert, List<AgentResult> newResults,
            String newReport, String newNote, Instant newApplied, Instant newEnded) {
        return new TimeBox(id, title, org, createdBy, createdAt, startsAt, newEnd, newState, plan, newRevert, newResults,
                projection, newReport, newNote, newApplied, newEnded, leaseOwner, version);
    }

    TimeBox withVersion(int newVersion) {
        return new TimeBox(id, title, org, createdBy, createdAt, startsAt, endsAt, state, plan, revertPlan, results,
                projection, report, note, appliedAt, endedAt, leaseOwner, newVersion);
    }
}
