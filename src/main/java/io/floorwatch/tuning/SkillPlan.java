package io.floorwatch.tuning;

import io.floorwatch.domain.SkillAssignment;

import java.util.List;

/**
 * The skills to give some agents, with what each agent held when the supervisor looked (the preview): the plan's
 * unit of safety. Skills are by id and name; proficiency 0.0 to 5.0.
 *
 * @param maxSkillsPerAgent the capacity rule in force for this plan (default 5, at most 50)
 */
public record SkillPlan(int maxSkillsPerAgent, List<Agent> agents) {
    public static final int DEFAULT_MAX_SKILLS = 5;
    public static final int CEILING = 50;

    /** One agent's part: what they held at preview time and what they should hold. */
    public record Agent(String agentId, String agentName, List<SkillAssignment> preview,
            List<SkillAssignment> target) {
        public Agent {
            preview = List.copyOf(preview);
            target = List.copyOf(target);
        }
    }

    public SkillPlan {
        agents = List.copyOf(agents);
    }
}
