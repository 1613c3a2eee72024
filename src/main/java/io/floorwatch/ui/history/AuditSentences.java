package io.floorwatch.ui.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.base.Plural;
import io.floorwatch.domain.AuditEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry as a sentence a supervisor reads ("Added 12 members to queue Billing"), from its action, its
 * target ("id (name)": the name is what is said) and what was sent; the raw request stays in the entry's detail.
 */
final class AuditSentences {
    private static final Pattern NAMED = Pattern.compile("^(\\S+) \\((.+)\\)$");

    private AuditSentences() {
    }

    static String of(AuditEntry entry) {
        String name = name(entry.target());
        switch (entry.action()) {
            case "user.skills.patch":
                return "Changed the skills of " + name + skillList(entry.after());
            case "user.skills.apply":
                return "Left the skills of " + name + " as they were";
            case "queue.create":
                return "Created queue " + name;
            case "queue.update":
                return "Changed the settings of queue " + name;
            case "queue.members.add":
                return "Added " + Plural.of(count(entry.after()), "member") + " to queue " + name;
            case "queue.members.remove":
                return "Removed " + Plural.of(count(entry.after()), "member") + " from queue " + name;
            case "skill.create":
                return "Created skill " + name;
            case "user.presence.set":
                return "Set the presence of " + name + " to " + field(entry.after(), "state") + reason(entry);
            case "user.logout":
                return "Logged " + name + " out" + reason(entry);
            case "queue.member.join":
                return "Joined " + name + " to queue " + field(entry.after(), "target") + reason(entry);
            case "queue.member.leave":
                return "Unjoined " + name + " from queue " + field(entry.after(), "target") + reason(entry);
            case "drift.accept":
                return "Accepted " + Plural.of(count(entry.after()), "difference") + " into baseline " + name;
            default:
                return entry.action() + " " + name;
        }
    }

    /** "ok" as a word, anything else as Genesys said it. */
    static String outcome(AuditEntry entry) {
        return entry.outcome().equals(AuditEntry.OK) ? "Done" : entry.outcome();
    }

    /** The name in an "id (name)" target, or the target as it is. */
    static String name(String target) {
        Matcher named = NAMED.matcher(target);
        return named.matches() ? named.group(2) : target;
    }

    /** " (reason: ...)" of an agent action, or empty when none was given. */
    private static String reason(AuditEntry entry) {
        String reason = field(entry.after(), "reason");
        return reason.isEmpty() ? "" : " (reason: " + reason + ")";
    }

    private static String field(String json, String name) {
        JsonNode node = read(json);
        return node == null ? "" : node.path(name).asText("");
    }

    private static int count(String json) {
        JsonNode node = read(json);
        return node != null && node.isArray() ? node.size() : 0;
    }

    /** ": Spanish 4, Billing 3" from the skills sent; empty when there is nothing to list. */
    private static String skillList(String json) {
        JsonNode node = read(json);
        if (node == null || !node.isArray() || node.isEmpty()) {
            return node != null && node.isArray() ? " (none left)" : "";
        }
        List<String> skills = new ArrayList<>();
        for (JsonNode skill : node) {
            String name = skill.path("name").asText(skill.path("id").asText());
            skills.add(skill.has("proficiency") ? name + " " + trim(skill.path("proficiency").asDouble()) : name);
        }
        return ": " + String.join(", ", skills);
    }

    private static String trim(double proficiency) {
        return proficiency == Math.rint(proficiency) ? Long.toString((long) proficiency) : Double.toString(proficiency);
    }

    /** The JSON indented for reading; as it is when it is not JSON; "(nothing)" when empty. */
    static String pretty(String json) {
        JsonNode node = read(json);
        if (node == null) {
            return json == null || json.isBlank() ? "(nothing)" : json;
        }
        try {
            return JsonMappers.DOCUMENT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** The JSON, or null when there is none or it is not JSON (an entry from a tool other than ours). */
    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JsonMappers.COMPACT.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
