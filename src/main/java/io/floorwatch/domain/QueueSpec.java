package io.floorwatch.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A routing queue as a supervisor asks for it, by names rather than ids (skills, division, groups, flow and the
 * queues a rule watches are looked up before anything is sent).
 *
 * @param division          the division's name; empty for the home division
 * @param wrapupPrompt      MANDATORY, OPTIONAL, MANDATORY_TIMEOUT, MANDATORY_FORCED_TIMEOUT or AGENT_REQUESTED;
 *                          empty for Genesys' default
 * @param acwTimeoutSeconds after-call work timeout; needed by the two timeout prompts
 * @param media             media type ("call", "callback", "chat", "email", "message") to its settings
 * @param requiredSkills    skills the queue's interactions need; with {@code addSkilledMembers}, every agent holding
 *                          all of them at the minimum proficiency or above becomes a member
 * @param rings             bullseye rings (at most 5), widening the search as the wait grows
 * @param groupRules        conditional group routing rules (at most 5)
 * @param inQueueFlow       the in-queue call flow's name; empty for none
 * @param memberGroups      teams, groups or skill groups whose members are the queue's members
 */
public record QueueSpec(
        String name,
        String description,
        String division,
        SkillEvaluationMethod skillEvaluationMethod,
        String wrapupPrompt,
        Integer acwTimeoutSeconds,
        Map<String, MediaSpec> media,
        List<SkillRequirement> requiredSkills,
        boolean addSkilledMembers,
        List<BullseyeRing> rings,
        List<GroupRoutingRule> groupRules,
        String inQueueFlow,
        List<GroupRef> memberGroups) {
    public QueueSpec {
        name = name == null ? "" : name.trim();
        description = description == null ? "" : description.trim();
        division = division == null ? "" : division.trim();
        wrapupPrompt = wrapupPrompt == null ? "" : wrapupPrompt.trim();
        media = media == null ? Map.of() : Map.copyOf(new TreeMap<>(media));
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        rings = rings == null ? List.of() : List.copyOf(rings);
        groupRules = groupRules == null ? List.of() : List.copyOf(groupRules);
        inQueueFlow = inQueueFlow == null ? "" : inQueueFlow.trim();
        memberGroups = memberGroups == null ? List.of() : List.copyOf(memberGroups);
    }

    /** Just a name: every other setting at Genesys' default. */
    public static QueueSpec named(String name) {
        return new QueueSpec(name, null, null, null, null, null, null, null, false, null, null, null, null);
    }
}
