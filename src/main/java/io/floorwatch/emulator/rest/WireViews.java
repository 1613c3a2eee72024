package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.notify.EmChannel;
import io.floorwatch.emulator.org.ConversationWire;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.emulator.org.PresenceCatalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The JSON Genesys returns for each kind of entity (camelCase keys as in the SDK models' attribute maps). */
final class WireViews {
    private final OrgDirectory org;

    WireViews(OrgDirectory org) {
        this.org = org;
    }

    ObjectNode user(EmUser user, Set<String> expand) {
        ObjectNode node = Json.object();
        node.put("id", user.id());
        node.put("name", user.name());
        ObjectNode division = node.putObject("division");
        division.put("id", user.divisionId());
        division.put("name", org.division(user.divisionId()).map(d -> d.name()).orElse(""));
        division.put("selfUri", "/api/v2/authorization/divisions/" + user.divisionId());
        node.putObject("chat").put("jabberId", user.id() + "@floorwatch.example");
        node.put("email", user.email());
        node.put("state", "active");
        node.put("title", user.title());
        node.put("username", user.email());
        node.put("version", user.version());
        node.put("acdAutoAnswer", false);
        EmUser.Status status = user.status();
        if (expand.contains("presence")) {
            node.set("presence", presence(status));
        }
        if (expand.contains("routingstatus")) {
            node.set("routingStatus", routingStatus(user, status));
        }
        if (expand.contains("team") && user.team() != null) {
            ObjectNode team = node.putObject("team");
            team.put("id", user.team().id());
            team.put("name", user.team().name());
            team.put("selfUri", "/api/v2/teams/" + user.team().id());
        }
        if (expand.contains("skills")) {
            ArrayNode skills = node.putArray("skills");
            userSkills(user).forEach(skills::add);
        }
        if (expand.contains("conversationsummary")) {
            node.set("conversationSummary", ConversationWire.summary(user.id(), org.conversationsOf(user.id())));
        }
        node.put("selfUri", "/api/v2/users/" + user.id());
        return node;
    }

    /** A user's presence as REST spells it: title-case systemPresence ("On Queue"). */
    ObjectNode presence(EmUser.Status status) {
        PresenceCatalog.Entry entry = org.presences().of(status.presence());
        ObjectNode node = Json.object();
        node.put("source", "PURECLOUD");
        node.put("primary", true);
        ObjectNode definition = node.putObject("presenceDefinition");
        definition.put("id", entry.id());
        definition.put("systemPresence", entry.restName());
        definition.put("selfUri", "/api/v2/presencedefinitions/" + entry.id());
        node.put("message", "");
        node.put("modifiedDate", Json.date(status.presenceModified()));
        return node;
    }

    ObjectNode routingStatus(EmUser user, EmUser.Status status) {
        ObjectNode node = Json.object();
        node.put("userId", user.id());
        node.put("status", status.routingStatus().name());
        node.put("startTime", Json.date(status.routingStart()));
        return node;
    }

    ObjectNode presenceDefinition(PresenceCatalog.Entry entry) {
        ObjectNode node = Json.object();
        node.put("id", entry.id());
        node.putObject("languageLabels").put("en_US", entry.restName());
        node.put("systemPresence", entry.restName());
        node.put("deactivated", false);
        node.put("primary", true);
        node.put("selfUri", "/api/v2/presencedefinitions/" + entry.id());
        return node;
    }

    ObjectNode skill(EmSkill skill) {
        ObjectNode node = Json.object();
        node.put("id", skill.id());
        node.put("name", skill.name());
        node.put("dateModified", Json.date(skill.dateModified()));
        node.put("state", skill.state().name().toLowerCase(Locale.ROOT));
        node.put("version", Integer.toString(skill.version()));
        node.put("selfUri", "/api/v2/routing/skills/" + skill.id());
        return node;
    }

    /** A user's skills sorted by skill name, as {@code GET .../routingskills} lists them. */
    List<ObjectNode> userSkills(EmUser user) {
        return user.skills().entrySet().stream()
                .map(e -> userSkill(user, e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((ObjectNode n) -> n.path("name").asText(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    ObjectNode userSkill(EmUser user, String skillId, double proficiency) {
        EmSkill skill = org.skill(skillId).orElse(null);
        ObjectNode node = Json.object();
        node.put("id", skillId);
        node.put("name", skill == null ? "" : skill.name());
        node.put("proficiency", proficiency);
        node.put("state", skill == null ? "deleted" : skill.state().name().toLowerCase(Locale.ROOT));
        node.put("skillUri", "/api/v2/routing/skills/" + skillId);
        node.put("selfUri", "/api/v2/users/" + user.id() + "/routingskills/" + skillId);
        return node;
    }

    ObjectNode queue(EmQueue queue) {
        ObjectNode node = Json.object();
        node.put("id", queue.id());
        ObjectNode body = queue.body();
        node.put("name", body.path("name").asText());
        node.setAll(body);
        node.put("dateCreated", Json.date(queue.dateCreated()));
        node.put("dateModified", Json.date(queue.dateModified()));
        node.put("modifiedBy", queue.modifiedBy());
        node.put("createdBy", queue.createdBy());
        node.put("memberCount", queue.memberCount());
        node.put("userMemberCount", queue.memberCount());
        node.put("joinedMemberCount", queue.joinedMemberCount());
        node.put("selfUri", "/api/v2/routing/queues/" + queue.id());
        return node;
    }

    ObjectNode member(EmQueue queue, EmQueue.Member member, Set<String> expand) {
        EmUser user = org.user(member.userId()).orElse(null);
        ObjectNode node = Json.object();
        node.put("id", member.userId());
        node.put("name", user == null ? "" : user.name());
        ObjectNode userNode = node.putObject("user");
        userNode.put("id", member.userId());
        userNode.put("name", user == null ? "" : user.name());
        userNode.put("selfUri", "/api/v2/users/" + member.userId());
        node.put("ringNumber", member.ringNumber());
        node.put("joined", member.joined());
        node.put("memberBy", "user");
        if (user != null && expand.contains("routingstatus")) {
            node.set("routingStatus", routingStatus(user, user.status()));
        }
        if (user != null && expand.contains("presence")) {
            userNode.set("presence", presence(user.status()));
        }
        node.put("selfUri", "/api/v2/routing/queues/" + queue.id() + "/members/" + member.userId());
        return node;
    }

    ObjectNode channel(EmChannel channel) {
        ObjectNode node = Json.object();
        node.put("connectUri", channel.connectUri());
        node.put("id", channel.id());
        node.put("expires", Json.date(channel.expires()));
        return node;
    }

    /** A channel's topics as subscribed (combined topics stay whole); every topic is permitted here. */
    ObjectNode channelTopics(Map<String, List<String>> topics) {
        return Listing.entities(List.copyOf(topics.keySet()), topic -> {
            ObjectNode node = Json.object();
            node.put("id", topic);
            node.put("state", "Permitted");
            return node;
        });
    }
}
