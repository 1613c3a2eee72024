package io.floorwatch.timebox;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.tuning.SkillOutcome;

import java.time.Instant;
import java.util.List;

/**
 * What one step of a time-box did to one agent. At the start: {@code before} is what the agent held, {@code ours}
 * what the box set. At the end the same two, and {@code now} what Genesys held when the revert came: for a
 * {@link SkillOutcome.Status#CONFLICT} these are the three ways a supervisor needs to decide (someone changed the
 * agent during the window, so the revert left them alone).
 */
public record AgentResult(Step step, String agentId, String agentName, SkillOutcome.Status status, String message,
        List<SkillAssignment> before, List<SkillAssignment> ours, List<SkillAssignment> now, Instant at) {
    /** The two steps of a box. */
    public enum Step {
        START, END
    }

    public AgentResult {
        before = before == null ? List.of() : List.copyOf(before);
        ours = ours == null ? List.of() : List.copyOf(ours);
        now = now == null ? List.of() : List.copyOf(now);
        message = message == null ? "" : message;
    }
}
