package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.org.EmRole;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.OrgDirectory;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Routing skills and users' routing skills. User skills carry no version: concurrent edits are only visible
 * as changed data (or as a 409 when the conflict fault is on), which is why clients must write deltas.
 */
final class SkillEndpoints {
    /** Genesys refuses more than 50 entries in one bulk call, and holds at most 50 skills per user. */
    static final int MAX_BULK = 50;
    static final int MAX_SKILLS_PER_USER = 50;

    private final OrgDirectory org;
    private final WireViews views;
    private final Faults faults;

    SkillEndpoints(OrgDirectory org, WireViews views, Faults faults) {
        this.org = org;
        this.views = views;
        this.faults = faults;
    }

    void register(Router router) {
        router.add("GET", "/api/v2/routing/skills", this::listSkills)
                .add("POST", "/api/v2/routing/skills", Permissions.requires(this::createSkill, EmRole.SKILL_MANAGE))
                .add("GET", "/api/v2/routing/skills/{skillId}", this::getSkill)
                .add("DELETE", "/api/v2/routing/skills/{skillId}",
                        Permissions.requires(this::deleteSkill, EmRole.SKILL_MANAGE))
                .add("GET", "/api/v2/users/{userId}/routingskills", this::listUserSkills)
                .add("POST", "/api/v2/users/{userId}/routingskills",
                        Permissions.requires(this::addUserSkill, EmRole.SKILL_ASSIGN))
                .add("PATCH", "/api/v2/users/{userId}/routingskills/bulk",
                        Permissions.requires(e -> bulk(e, false), EmRole.SKILL_ASSIGN))
                .add("PUT", "/api/v2/users/{userId}/routingskills/bulk",
                        Permissions.requires(e -> bulk(e, true), EmRole.SKILL_ASSIGN))
                .add("PUT", "/api/v2/users/{userId}/routingskills/{skillId}",
                        Permissions.requires(this::putUserSkill, EmRole.SKILL_ASSIGN))
                .add("DELETE", "/api/v2/users/{userId}/routingskills/{skillId}",
                        Permissions.requires(this::deleteUserSkill, EmRole.SKILL_ASSIGN));
    }

    // ---- org skills ------------------------------------------------------------------------------------

    private HttpReply listSkills(Exchange exchange) {
        Listing.Paging paging = Listing.paging(exchange, 25, 500);
        String name = exchange.query("name");
        List<String> ids = exchange.queryAll("id");
        Set<String> wanted = new HashSet<>(ids);
        List<EmSkill> skills = org.skills().stream()
                .filter(s -> s.state() != SkillState.DELETED)
                // "Filter for results that start with this value"
                .filter(s -> name == null || name.isEmpty()
                        || s.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)))
                .filter(s -> wanted.isEmpty() || wanted.contains(s.id()))
                .toList();
        return HttpReply.ok(Listing.page(exchange, skills, views::skill, paging, true));
    }

    private HttpReply createSkill(Exchange exchange) {
        String name = exchange.json().path("name").asText("").trim();
        if (name.isEmpty()) {
            throw ApiError.badRequest("name is required");
        }
        boolean taken = org.skills().stream()
                .anyMatch(s -> s.state() != SkillState.DELETED && s.name().equalsIgnoreCase(name));
        if (taken) {
            throw ApiError.badRequest("A skill named '" + name + "' already exists");
        }
        EmSkill skill = org.addSkill(name, SkillState.ACTIVE);
        if (faults.takeCreatedButUnavailable()) {
            throw ApiError.unavailable();
        }
        return HttpReply.ok(views.skill(skill));
    }

    private HttpReply getSkill(Exchange exchange) {
        return HttpReply.ok(views.skill(skill(exchange.path("skillId"))));
    }

    private HttpReply deleteSkill(Exchange exchange) {
        skill(exchange.path("skillId"));
        org.setSkillState(exchange.path("skillId"), SkillState.DELETED);
        return HttpReply.empty(204);
    }

    // ---- user skills -----------------------------------------------------------------------------------

    private HttpReply listUserSkills(Exchange exchange) {
        EmUser user = user(exchange);
        Listing.Paging paging = Listing.paging(exchange, 25, 100);
        List<ObjectNode> skills = new ArrayList<>(views.userSkills(user));
        if ("desc".equalsIgnoreCase(exchange.query("sortOrder"))) {
            Collections.reverse(skills);
        }
        HttpReply reply = HttpReply.ok(Listing.page(exchange, skills, n -> n, paging, true));
        if (faults.takeConcurrentSkillChange()) {
            changeBehindTheReadersBack(user);
        }
        return reply;
    }

    private HttpReply addUserSkill(Exchange exchange) {
        EmUser user = user(exchange);
        Map.Entry<String, Double> entry = assignment(exchange.json(), "body");
        refuseIfConflict();
        synchronized (user) {
            if (!user.skills().containsKey(entry.getKey()) && user.skills().size() >= MAX_SKILLS_PER_USER) {
                throw ApiError.badRequest("A user may hold at most " + MAX_SKILLS_PER_USER + " routing skills");
            }
            org.putUserSkill(user, entry.getKey(), entry.getValue());
        }
        return HttpReply.ok(views.userSkill(user, entry.getKey(), entry.getValue()));
    }

    private HttpReply putUserSkill(Exchange exchange) {
        EmUser user = user(exchange);
        String skillId = exchange.path("skillId");
        JsonNode body = exchange.json();
        if (body.hasNonNull("id") && !body.path("id").asText().equals(skillId)) {
            throw ApiError.badRequest("The id in the body does not match the skill in the path");
        }
        double proficiency = proficiency(body.path("proficiency"), "proficiency");
        refuseIfConflict();
        synchronized (user) {
            if (!user.skills().containsKey(skillId)) {
                throw ApiError.notFound("The user does not have the routing skill " + skillId);
            }
            org.putUserSkill(user, skillId, proficiency);
        }
        return HttpReply.ok(views.userSkill(user, skillId, proficiency));
    }

    private HttpReply deleteUserSkill(Exchange exchange) {
        EmUser user = user(exchange);
        refuseIfConflict();
        if (!org.removeUserSkill(user, exchange.path("skillId"))) {
            throw ApiError.notFound("The user does not have the routing skill " + exchange.path("skillId"));
        }
        return HttpReply.empty(204);
    }

    private HttpReply bulk(Exchange exchange, boolean replace) {
        EmUser user = user(exchange);
        JsonNode body = exchange.json();
        if (!body.isArray()) {
            throw ApiError.badRequest("The body must be a JSON array of {id, proficiency}");
        }
        if (body.size() > MAX_BULK) {
            throw ApiError.badRequest("At most " + MAX_BULK + " routing skills may be sent in one call ("
                    + body.size() + " sent)");
        }
        Map<String, Double> entries = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            Map.Entry<String, Double> entry = assignment(body.get(i), "body[" + i + "]");
            entries.put(entry.getKey(), entry.getValue());
        }
        refuseIfConflict();
        synchronized (user) {
            Map<String, Double> result = replace ? new LinkedHashMap<>() : user.skills();
            result.putAll(entries);
            if (result.size() > MAX_SKILLS_PER_USER) {
                throw ApiError.badRequest("A user may hold at most " + MAX_SKILLS_PER_USER + " routing skills ("
                        + result.size() + " requested)");
            }
            if (replace) {
                org.replaceUserSkills(user, new ArrayList<>(result.entrySet()));
            } else {
                entries.forEach((id, p) -> org.putUserSkill(user, id, p));
            }
        }
        List<ObjectNode> all = views.userSkills(user);
        return HttpReply.ok(Listing.page(exchange, all, n -> n, new Listing.Paging(1, Math.max(1, all.size())), true));
    }

    private Map.Entry<String, Double> assignment(JsonNode node, String where) {
        String skillId = node.path("id").asText("");
        if (skillId.isEmpty()) {
            throw ApiError.badRequest(where + ".id is required");
        }
        EmSkill skill = org.skill(skillId)
                .orElseThrow(() -> ApiError.badRequest(where + ".id: routing skill " + skillId + " does not exist"));
        if (skill.state() != SkillState.ACTIVE) {
            throw ApiError.badRequest(where + ".id: routing skill '" + skill.name() + "' is "
                    + skill.state().name().toLowerCase(Locale.ROOT) + " and cannot be assigned");
        }
        return new AbstractMap.SimpleEntry<>(skillId, proficiency(node.path("proficiency"), where + ".proficiency"));
    }

    private static double proficiency(JsonNode node, String field) {
        if (!node.isNumber()) {
            throw ApiError.badRequest(field + " is required and must be a number from 0.0 to 5.0");
        }
        double value = node.asDouble();
        if (value < 0.0 || value > 5.0) {
            throw ApiError.badRequest(field + " must be from 0.0 to 5.0 (was " + value + ")");
        }
        return value;
    }

    private void refuseIfConflict() {
        if (faults.takeSkillConflict()) {
            throw ApiError.conflict("The user's routing skills were changed by another request; read them again");
        }
    }

    /** The concurrent-change fault: another admin raises the first skill by one step, or adds one. */
    private void changeBehindTheReadersBack(EmUser user) {
        Map<String, Double> skills = user.skills();
        if (!skills.isEmpty()) {
            Map.Entry<String, Double> first = skills.entrySet().iterator().next();
            double bumped = first.getValue() >= 5.0 ? 4.0 : Math.min(5.0, first.getValue() + 1.0);
            org.putUserSkill(user, first.getKey(), bumped);
            return;
        }
        org.skills().stream().filter(s -> s.state() == SkillState.ACTIVE).findFirst()
                .ifPresent(s -> org.putUserSkill(user, s.id(), 3.0));
    }

    private EmSkill skill(String id) {
        return org.skill(id).orElseThrow(ApiError::notFound);
    }

    private EmUser user(Exchange exchange) {
        return org.user(exchange.path("userId")).filter(u -> exchange.sees(u.divisionId()))
                .orElseThrow(ApiError::notFound);
    }
}
