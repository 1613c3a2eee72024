package io.floorwatch.drift;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.floorwatch.domain.MediaUtilization;

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
 * @param utilization the org's utilisation, media type to its capacity; null in a snapshot before format 3, which
 *                    did not record it
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // a snapshot of format 2 or before is written as it was
public record ConfigSnapshot(int formatVersion, Map<String, Queue> queues, Map<String, String> skills,
        Map<String, Map<String, Double>> agents, Map<String, MediaUtilization> utilization) {
    /**
     * Format 3 records every media setting (auto-answer and the alert tones too) and the utilisation; 2 recorded
     * each queue's routing (rings, group rules, in-queue flow, member groups); 1 did not.
     */
    public static final int FORMAT_VERSION = 3;
    /** The first format that records the media's answering settings and the utilisation. */
    public static final int FULL_MEDIA_FORMAT = 3;

    /**
     * A queue's settings as drift compares them. The routing parts are null in a snapshot of format 1, which did
     * not record them: drift then says nothing about them rather than calling them all removed.
     *
     * @param rings        the bullseye rings in order
     * @param groupRules   the conditional group routing rules in order
     * @param inQueueFlow  the in-queue call flow's name, empty for none
     * @param memberGroups member groups as "TYPE:name", sorted
     */
    @JsonInclude(JsonInclude.Include.NON_NULL) // a format-1 queue is written as format 1 wrote it
    public record Queue(String description, String division, String skillEvaluationMethod, String wrapupPrompt,
            Long acwTimeoutMs, Map<String, Media> media, List<String> members, List<Ring> rings,
            List<GroupRule> groupRules, String inQueueFlow, List<String> memberGroups) {
        public Queue {
            description = description == null ? "" : description;
            division = division == null ? "" : division;
            skillEvaluationMethod = skillEvaluationMethod == null ? "" : skillEvaluationMethod;
            wrapupPrompt = wrapupPrompt == null ? "" : wrapupPrompt;
            media = media == null ? Map.of() : new TreeMap<>(media);
            members = members == null ? List.of() : members.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
            rings = rings == null ? null : List.copyOf(rings);
            groupRules = groupRules == null ? null : List.copyOf(groupRules);
            memberGroups = memberGroups == null ? null : memberGroups.stream().sorted().toList();
        }

        /** A queue without its routing recorded, as format 1 has it. */
        public Queue(String description, String division, String skillEvaluationMethod, String wrapupPrompt,
                Long acwTimeoutMs, Map<String, Media> media, List<String> members) {
            this(description, division, skillEvaluationMethod, wrapupPrompt, acwTimeoutMs, media, members, null,
                    null, null, null);
        }

        /** Whether the routing parts were recorded (format 2 and later). */
        public boolean routingRecorded() {
            return rings != null;
        }
    }

    /** A bullseye ring: it widens after {@code expandAfterSeconds}, no longer asking for these skills (sorted). */
    public record Ring(double expandAfterSeconds, List<String> skillsRemoved) {
        public Ring {
            skillsRemoved = skillsRemoved == null ? List.of() : skillsRemoved.stream().sorted().toList();
        }
    }

    /**
     * A conditional group routing rule: when {@code metric} of {@code queue} (empty: the queue itself) stands
     * {@code operator} {@code value}, the groups ("TYPE:name", sorted) join after {@code waitSeconds}.
     */
    public record GroupRule(String queue, String metric, String operator, double value, int waitSeconds,
            List<String> groups) {
        public GroupRule {
            queue = queue == null ? "" : queue;
            groups = groups == null ? List.of() : groups.stream().sorted().toList();
        }
    }

    /**
     * One media type's settings; the answering settings (auto-answer, the alert tones, auto-answer per sub-type)
     * are null in a snapshot of format 2 or before.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Media(Integer alertingTimeoutSeconds, Double serviceLevelPercentage, Long serviceLevelDurationMs,
            Boolean enableAutoAnswer, Double autoAnswerAlertToneSeconds, Double manualAnswerAlertToneSeconds,
            Map<String, Boolean> subTypeAutoAnswer) {
        public static final Media NONE = new Media(null, null, null, null, null, null, null);

        public Media {
            subTypeAutoAnswer = subTypeAutoAnswer == null || subTypeAutoAnswer.isEmpty() ? null
                    : new TreeMap<>(subTypeAutoAnswer);
        }

        public Media(Integer alertingTimeoutSeconds, Double serviceLevelPercentage, Long serviceLevelDurationMs) {
            this(alertingTimeoutSeconds, serviceLevelPercentage, serviceLevelDurationMs, null, null, null, null);
        }

        public boolean nothingSet() {
            return equals(NONE);
        }
    }

    /** A snapshot without the org's utilisation, as formats 1 and 2 have it. */
    public ConfigSnapshot(int formatVersion, Map<String, Queue> queues, Map<String, String> skills,
            Map<String, Map<String, Double>> agents) {
        this(formatVersion, queues, skills, agents, null);
    }

    public ConfigSnapshot {
        utilization = utilization == null ? null : new TreeMap<>(utilization);
        queues = queues == null ? Map.of() : new TreeMap<>(queues);
        skills = skills == null ? Map.of() : new TreeMap<>(skills);
        TreeMap<String, Map<String, Double>> sortedAgents = new TreeMap<>();
        if (agents != null) {
            agents.forEach((name, held) -> sortedAgents.put(name, new TreeMap<>(held)));
        }
        agents = sortedAgents;
    }

    /** Whether the org's utilisation was recorded (format 3 and later). */
    public boolean utilizationRecorded() {
        return utilization != null;
    }
}
