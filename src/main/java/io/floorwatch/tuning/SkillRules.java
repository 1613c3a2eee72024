package io.floorwatch.tuning;

import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The capacity rules an agent's target skills must meet before anything is sent: at most the plan's
 * {@code maxSkillsPerAgent} (itself at most 50, as in Genesys), no skill twice, proficiency 0.0 to 5.0 in half
 * steps, and only skills that exist and are active (a retired skill the agent already holds may stay as it is).
 */
public final class SkillRules {
    private SkillRules() {
    }

    /** The one proficiency rule: 0.0 to 5.0 in half steps (the staging form and the plan check both use it). */
    public static boolean isProficiency(double p) {
        return p >= SkillAssignment.MIN_PROFICIENCY && p <= SkillAssignment.MAX_PROFICIENCY && p * 2 == Math.rint(p * 2);
    }

    /** What is wrong with the plan's limit, or with one agent's target; empty when it may be applied. */
    public static List<String> problems(SkillPlan plan, SkillPlan.Agent agent, Map<String, Skill> skillsById) {
        List<String> problems = new ArrayList<>();
        if (plan.maxSkillsPerAgent() < 1 || plan.maxSkillsPerAgent() > SkillPlan.CEILING) {
            problems.add("maxSkillsPerAgent: 1 to " + SkillPlan.CEILING + ", not " + plan.maxSkillsPerAgent());
        }
        if (agent.target().size() > plan.maxSkillsPerAgent()) {
            problems.add(agent.agentName() + ": " + agent.target().size() + " skills, more than the "
                    + plan.maxSkillsPerAgent() + " an agent may hold");
        }
        Set<String> seen = new HashSet<>();
        for (SkillAssignment skill : agent.target()) {
            String label = skill.skillName().isEmpty() ? skill.skillId() : skill.skillName();
            if (!seen.add(skill.skillId())) {
                problems.add(agent.agentName() + ": " + label + " is given twice");
            }
            double p = skill.proficiency();
            if (!isProficiency(p)) {
                problems.add(agent.agentName() + ": " + label + " proficiency must be 0.0 to 5.0 in half steps, not "
                        + p);
            }
            Skill known = skillsById.get(skill.skillId());
            // A retired skill the agent already holds, left as it is, is no change: only what is given is checked.
            boolean unchanged = agent.preview().stream().anyMatch(held -> held.skillId().equals(skill.skillId())
                    && held.proficiency() == skill.proficiency());
            if (known == null) {
                problems.add(agent.agentName() + ": no skill " + label);
            } else if (known.state() != SkillState.ACTIVE && !unchanged) {
                problems.add(agent.agentName() + ": the skill " + known.name() + " is not active");
            }
        }
        return problems;
    }
}
