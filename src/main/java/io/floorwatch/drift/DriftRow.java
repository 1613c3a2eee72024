package io.floorwatch.drift;

/**
 * One difference between a baseline and the live configuration.
 *
 * @param entity   the queue, skill or agent name; for utilisation, "Organization"
 * @param item     for an agent's skill, the skill's name; empty otherwise
 * @param field    which of its fields ("media.call.serviceLevelPercentage", "members", "state", "proficiency",
 *                 "chat.maximumCapacity");
 *                 "*" when the whole entity was added or removed
 * @param baseline the baseline's value as text, empty when added
 * @param live     the live value as text, empty when removed
 */
public record DriftRow(EntityType type, String entity, String item, String field, String baseline, String live,
        Change change, Severity severity) {
    /** What kind of configuration the row is about. */
    public enum EntityType {
        QUEUE("Queues"), SKILL("Skills"), AGENT_SKILL("Agent skills"), UTILIZATION("Utilisation");

        private final String plural;

        EntityType(String plural) {
            this.plural = plural;
        }

        public String plural() {
            return plural;
        }
    }

    /** How it differs. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** How much it matters for routing. */
    public enum Severity { LOW, MEDIUM, HIGH }

    public DriftRow {
        item = item == null ? "" : item;
    }

    /** "Sales" or, for an agent's skill, "Ada Lovelace / Billing". */
    public String label() {
        return item.isEmpty() ? entity : entity + " / " + item;
    }

    /** Identifies the difference with its live value: the same key means the same drift, already seen. */
    public String key() {
        return type + "\u0000" + entity + "\u0000" + item + "\u0000" + field + "\u0000" + live;
    }
}
