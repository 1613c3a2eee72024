package io.floorwatch.drift;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The routing configuration at one moment, by names (not ids), so a snapshot of one org compares with another's.
 * Maps are sorted by name and lists sorted, so equal configurations are equal snapshots.
 *
 * @param queues queue name to its settings
 * @param skills skill name to its state (ACTIVE, INACTIVE, DELETED)
 * @param agents agent name to their skills (skill name to proficiency)
 */
public record ConfigSnapshot(int formatVersion, Map<String, Queue> queues, Map<String, String> skills,
        Map<String, Map<String, Double>> agents) {
    public static final int FORMAT_VERSION = 1;

    /** A queue's settings as drift compares them. */
    public record Queue(String description, String division, String skillEvaluationMethod, String wrapupPrompt,
            Long acwTimeoutMs, Map<String, Media> media, List<String> members) {
        public Queue {
            description = description == null ? "" : description;
            division = division == null ? "" : division;
            skillEvaluationMethod = skillEvaluationMethod == null ? "" : skillEvaluationMethod;
            wrapupPrompt = wrapupPrompt == null ? "" : wrapupPrompt;
            media = media == null ? Map.of() : new TreeMap<>(media);
            members = members == null ? List.of() : members.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        }
    }

    /** One media type's settings. */
    public record Media(Integer alertingTimeoutSeconds, Double serviceLevelPercentage, Long serviceLevelDurationMs) {
    }

    public ConfigSnapshot {
        queues = queues == null ? Map.of() : new TreeMap<>(queues);
        skills = skills == null ? Map.of() : new TreeMap<>(skills);
        TreeMap<String, Map<String, Double>> sortedAgents = new TreeMap<>();
        if (agents != null) {
            agents.forEach((name, held) -> sortedAgents.put(name, new TreeMap<>(held)));
        }
        agents = sortedAgents;
    }
}
