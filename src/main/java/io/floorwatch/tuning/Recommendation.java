package io.floorwatch.tuning;

/**
 * One proposal: give an agent a skill (or raise it) so a queue that needs help gets it.
 *
 * @param fromProficiency the agent's proficiency now, or null when the skill is new to them
 * @param reason          why, for people: the queue's score breakdown and why this agent
 */
public record Recommendation(String agentId, String agentName, String queueName, String skillId, String skillName,
        Double fromProficiency, double toProficiency, String reason) {
}
