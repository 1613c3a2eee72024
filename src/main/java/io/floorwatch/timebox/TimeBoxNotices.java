package io.floorwatch.timebox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.tuning.SkillOutcome;

import java.time.Instant;
import java.util.List;

/**
 * The JSON change notices of a time-box's steps ({@code timebox.scheduled}, {@code .cancelled}, {@code .ending},
 * {@code .started}, {@code .ended}, {@code .missed}): the box, how many agents each step reached, the three ways
 * of every agent the end left alone, who and when, and a plain {@code text} line. Each agent's own skill change is
 * noticed apart, as {@code user.skills.changed}.
 */
public final class TimeBoxNotices {
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    private TimeBoxNotices() {
    }

    /** @param event the step's name after "timebox." */
    public static String of(String event, TimeBox box, String text, String actor, Instant at) {
        ObjectNode notice = JSON.createObjectNode();
        notice.put("event", "timebox." + event);
        notice.put("text", text);
        ObjectNode timeBox = notice.putObject("timeBox");
        timeBox.put("id", box.id());
        timeBox.put("title", box.title());
        timeBox.put("state", box.state().name());
        timeBox.put("startsAt", box.startsAt().toString());
        timeBox.put("endsAt", box.endsAt().toString());
        timeBox.put("agents", box.plan().agents().size());
        timeBox.put("applied", count(box, AgentResult.Step.START, SkillOutcome.Status.APPLIED));
        timeBox.put("reverted", count(box, AgentResult.Step.END, SkillOutcome.Status.APPLIED));
        ArrayNode conflicts = notice.putArray("conflicts");
        for (AgentResult conflict : box.conflicts()) {
            ObjectNode c = conflicts.addObject();
            c.put("agentId", conflict.agentId());
            c.put("agentName", conflict.agentName());
            c.set("beforeTimeBox", skills(conflict.before()));
            c.set("setByTimeBox", skills(conflict.ours()));
            c.set("now", skills(conflict.now()));
        }
        notice.put("actor", actor);
        notice.put("at", at.toString());
        return notice.toString();
    }

    private static long count(TimeBox box, AgentResult.Step step, SkillOutcome.Status status) {
        return box.results(step).stream().filter(r -> r.status() == status).count();
    }

    private static ArrayNode skills(List<SkillAssignment> skills) {
        ArrayNode array = JSON.createArrayNode();
        skills.forEach(s -> array.addObject().put("skill", s.skillName()).put("proficiency", s.proficiency()));
        return array;
    }
}
