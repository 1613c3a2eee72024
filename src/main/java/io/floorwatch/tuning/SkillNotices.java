package io.floorwatch.tuning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.SkillAssignment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON notice of an applied skill change for the change webhook: the agent, each skill with its proficiency
 * before and after (null where it was not held or is no longer), who, when, and a plain {@code text} line.
 */
public final class SkillNotices {
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    private SkillNotices() {
    }

    public static String applied(SkillOutcome outcome, String actor, Instant at) {
        SkillPlan.Agent agent = outcome.agent();
        ObjectNode notice = JSON.createObjectNode();
        notice.put("event", "user.skills.changed");
        notice.put("text", "Floorwatch changed the skills of " + agent.agentName() + " for " + actor + ": "
                + SkillApplier.text(outcome.now()));
        ObjectNode who = notice.putObject("agent");
        who.put("id", agent.agentId());
        who.put("name", agent.agentName());
        ArrayNode changes = notice.putArray("changes");
        Map<String, SkillAssignment> before = byId(agent.preview());
        Map<String, SkillAssignment> after = byId(outcome.now());
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            SkillAssignment was = before.get(id);
            SkillAssignment now = after.get(id);
            if (was != null && now != null && was.proficiency() == now.proficiency()) {
                continue;
            }
            ObjectNode change = changes.addObject();
            change.put("skill", now != null ? now.skillName() : was.skillName());
            if (was == null) {
                change.putNull("before");
            } else {
                change.put("before", was.proficiency());
            }
            if (now == null) {
                change.putNull("after");
            } else {
                change.put("after", now.proficiency());
            }
        }
        notice.put("actor", actor);
        notice.put("at", at.toString());
        return notice.toString();
    }

    private static Map<String, SkillAssignment> byId(List<SkillAssignment> skills) {
        Map<String, SkillAssignment> map = new TreeMap<>();
        skills.forEach(s -> map.put(s.skillId(), s));
        return map;
    }
}
