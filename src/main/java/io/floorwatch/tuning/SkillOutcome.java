package io.floorwatch.tuning;

import io.floorwatch.domain.SkillAssignment;

import java.util.List;

/**
 * What applying one agent's part of a plan did.
 *
 * @param now what Genesys holds after (APPLIED, MISMATCH) or held when the conflict was found (CONFLICT)
 */
public record SkillOutcome(SkillPlan.Agent agent, Status status, String message, List<SkillAssignment> now,
        int writes) {
    /** Where one agent ended. */
    public enum Status {
        /** Written and read back as planned (or already so: nothing written). */
        APPLIED,
        /** Someone changed the agent's skills since the preview: nothing written. */
        CONFLICT,
        /** Written, but the read-back differs from the plan. */
        MISMATCH,
        /** Refused by the capacity rules before any call, or by Genesys (its message). */
        FAILED,
        /** Cancelled before this agent was reached. */
        NOT_RUN
    }

    public SkillOutcome {
        now = now == null ? List.of() : List.copyOf(now);
    }
}
