package io.floorwatch.timebox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.history.TimeBoxRow;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A time-box to and from its history row: the plans and results as JSON with skills by id and name (ids are what
 * the revert writes; names are what a person reads in the history file).
 */
final class TimeBoxCodec {
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    private TimeBoxCodec() {
    }

    static TimeBoxRow row(TimeBox box) {
        return new TimeBoxRow(box.id(), box.title(), box.org(), box.createdBy(), box.createdAt(), box.startsAt(), box.endsAt(),
                box.state().name(), box.plan().agents().stream().map(SkillPlan.Agent::agentId).toList(),
                plan(box.plan()), plan(box.revertPlan()), results(box.results()), box.projection(), box.report(),
                box.note(), box.appliedAt(), box.endedAt(), box.leaseOwner(), null, box.version());
    }

    static TimeBox box(TimeBoxRow row) {
        try {
            return new TimeBox(row.id(), row.title(), row.org(), row.createdBy(), row.createdAt(), row.startsAt(), row.endsAt(),
                    TimeBoxState.valueOf(row.state()), plan(JSON.readTree(row.plan())),
                    plan(JSON.readTree(row.revertPlan())), results(JSON.readTree(row.results())), row.projection(),
                    row.report(), row.note(), row.appliedAt(), row.endedAt(), row.leaseOwner(), row.version());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("time-box " + row.id() + " in history cannot be read: " + e.getMessage(),
                    e);
        }
    }

    static String plan(SkillPlan plan) {
        ObjectNode node = JSON.createObjectNode();
        node.put("maxSkillsPerAgent", plan.maxSkillsPerAgent());
        ArrayNode agents = node.putArray("agents");
        for (SkillPlan.Agent agent : plan.agents()) {
            ObjectNode a = agents.addObject();
            a.put("agentId", agent.agentId());
            a.put("agentName", agent.agentName());
            a.set("preview", skills(agent.preview()));
            a.set("target", skills(agent.target()));
        }
        return node.toString();
    }

    private static SkillPlan plan(JsonNode node) {
        List<SkillPlan.Agent> agents = new ArrayList<>();
        node.path("agents").forEach(a -> agents.add(new SkillPlan.Agent(a.path("agentId").asText(),
                a.path("agentName").asText(), skills(a.path("preview")), skills(a.path("target")))));
        return new SkillPlan(node.path("maxSkillsPerAgent").asInt(SkillPlan.DEFAULT_MAX_SKILLS), agents);
    }

    private static ArrayNode skills(List<SkillAssignment> skills) {
        ArrayNode array = JSON.createArrayNode();
        skills.forEach(s -> array.addObject().put("id", s.skillId()).put("name", s.skillName())
                .put("proficiency", s.proficiency()).put("state", s.state().name()));
        return array;
    }

    private static List<SkillAssignment> skills(JsonNode array) {
        List<SkillAssignment> skills = new ArrayList<>();
        array.forEach(s -> skills.add(new SkillAssignment(s.path("id").asText(), s.path("name").asText(),
                s.path("proficiency").asDouble(), SkillState.valueOf(s.path("state").asText("ACTIVE")))));
        return skills;
    }

    private static String results(List<AgentResult> results) {
        ArrayNode array = JSON.createArrayNode();
        for (AgentResult r : results) {
            ObjectNode node = array.addObject();
            node.put("step", r.step().name());
            node.put("agentId", r.agentId());
            node.put("agentName", r.agentName());
            node.put("status", r.status().name());
            node.put("message", r.message());
            node.set("before", skills(r.before()));
            node.set("ours", skills(r.ours()));
            node.set("now", skills(r.now()));
            node.put("at", r.at().toString());
        }
        return array.toString();
    }

    private static List<AgentResult> results(JsonNode array) {
        List<AgentResult> results = new ArrayList<>();
        array.forEach(r -> results.add(new AgentResult(AgentResult.Step.valueOf(r.path("step").asText()),
                r.path("agentId").asText(), r.path("agentName").asText(),
                SkillOutcome.Status.valueOf(r.path("status").asText()), r.path("message").asText(),
                skills(r.path("before")), skills(r.path("ours")), skills(r.path("now")),
                Instant.parse(r.path("at").asText()))));
        return results;
    }
}
