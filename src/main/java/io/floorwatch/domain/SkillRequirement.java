package io.floorwatch.domain;

/**
 * A skill a queue requires, with the least proficiency an agent needs to be added as a member.
 *
 * @param minProficiency 0.0 to 5.0
 */
public record SkillRequirement(String skill, double minProficiency) {
    public SkillRequirement {
        skill = skill == null ? "" : skill.trim();
    }
}
