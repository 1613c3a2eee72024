package io.floorwatch.domain;

import java.util.Objects;

/**
 * One routing skill held by one agent.
 *
 * @param proficiency 0.0 to 5.0, as Genesys rates it
 */
public record SkillAssignment(String skillId, String skillName, double proficiency, SkillState state) {
    public static final double MIN_PROFICIENCY = 0.0;
    public static final double MAX_PROFICIENCY = 5.0;

    public SkillAssignment {
        Objects.requireNonNull(skillId, "skillId");
        skillName = skillName == null ? "" : skillName;
        state = state == null ? SkillState.ACTIVE : state;
    }
}
