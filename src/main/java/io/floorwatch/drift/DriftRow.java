package io.floorwatch.drift;

/**
 * One difference between a baseline and the live configuration.
 *
 * @param entity   the queue, skill or agent name (for an agent's skill: "agent / skill")
 * @param field    which of its fields ("serviceLevel.call.percentage", "members", "state", "proficiency"); "*" when
 *                 the whole entity was added or removed
 * @param baseline the baseline's value as text, empty when added
 * @param live     the live value as text, empty when removed
 */
public record DriftRow(EntityType type, String entity, String field, String baseline, String live, Change change,
        Severity severity) {
    /** What kind of configuration the row is about. */
    public enum EntityType { QUEUE, SKILL, AGENT_SKILL }

    /** How it differs. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** How much it matters for routing. */
    public enum Severity { LOW, MEDIUM, HIGH }
}
