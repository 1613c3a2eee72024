package io.floorwatch.tuning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.AuditTrail;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a skill plan safely, agent by agent. User routing skills have no version, so the applier reads the
 * agent's skills first: if they differ from the preview the supervisor saw, someone else changed them and the
 * agent is reported as a conflict (preview, ours, now) with nothing written. Otherwise only the delta is written
 * (PATCH bulk of at most 50 for additions and changes, DELETE for each removal), each call paced by the rate
 * budget; a 409 leads to a fresh read and, if nothing else changed, a retry (at most 3 times). The agent's skills
 * are then read back and compared with the plan. Every write is audited with its outcome and latency.
 */
public final class SkillApplier {
    private static final Logger LOG = LoggerFactory.getLogger(SkillApplier.class);
    private static final int PATCH_LIMIT = 50;
    private static final int CONFLICT_RETRIES = 3;

    private final GenesysGateway gateway;
    private final AuditTrail trail;
    private final ObjectMapper json = JsonMappers.COMPACT;

    public SkillApplier(GenesysGateway gateway, HistoryWriter audit, String actor, Clock clock) {
        this.gateway = gateway;
        this.trail = new AuditTrail(audit, actor, clock);
    }

    /**
     * Applies every agent's part in order; stops before the next agent once {@code cancel} says so (agents not
     * reached are NOT_RUN, and what was applied stays applied and audited).
     *
     * @param progress told of each agent's outcome as it is known
     */
    public List<SkillOutcome> apply(SkillPlan plan, BooleanSupplier cancel, Consumer<SkillOutcome> progress) {
        Map<String, Skill> skills = gateway.allSkills().stream().collect(Collectors.toMap(Skill::id,
                Function.identity(), (a, b) -> a));
        List<SkillOutcome> outcomes = new ArrayList<>();
        for (SkillPlan.Agent agent : plan.agents()) {
            SkillOutcome outcome;
            List<String> problems = SkillRules.problems(plan, agent, skills);
            if (!problems.isEmpty()) {
                outcome = new SkillOutcome(agent, SkillOutcome.Status.FAILED, String.join("; ", problems), null, 0);
            } else if (cancel.getAsBoolean()) {
                outcome = new SkillOutcome(agent, SkillOutcome.Status.NOT_RUN, "cancelled before this agent", null, 0);
            } else {
                outcome = applyOne(agent);
            }
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    /** Checks a plan against the capacity rules and the org's skills; sends nothing. */
    public List<String> check(SkillPlan plan) {
        Map<String, Skill> skills = gateway.allSkills().stream().collect(Collectors.toMap(Skill::id,
                Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        plan.agents().forEach(agent -> problems.addAll(SkillRules.problems(plan, agent, skills)));
        return problems.stream().distinct().toList();
    }

    private SkillOutcome applyOne(SkillPlan.Agent agent) {
        int writes = 0;
        for (int attempt = 1; ; attempt++) {
            List<SkillAssignment> now;
            try {
                gateway.pace();
                now = gateway.userSkills(agent.agentId());
            } catch (GenesysException e) {
                return new SkillOutcome(agent, SkillOutcome.Status.FAILED, "reading the skills failed: "
                        + e.describe(), null, writes);
            }
            if (same(now, agent.target())) {
                return new SkillOutcome(agent, SkillOutcome.Status.APPLIED, writes == 0 ? "already so" : "", now,
                        writes);
            }
            if (!same(now, agent.preview())) {
                record(agent, "user.skills.apply", now, agent.target(), "conflict: changed since the preview; "
                        + "not written", 0);
                return new SkillOutcome(agent, SkillOutcome.Status.CONFLICT, "changed since the preview (preview "
                        + text(agent.preview()) + "; ours " + text(agent.target()) + "; now " + text(now) + ")",
                        now, writes);
            }
            try {
                writes += writeDelta(agent, now);
            } catch (GenesysException e) {
                if (e.status() == 409 && attempt < CONFLICT_RETRIES) {
                    LOG.info("skills of {} changed while writing (409); reading them again", agent.agentId());
                    continue;
                }
                return new SkillOutcome(agent, SkillOutcome.Status.FAILED, e.describe(), now, writes);
            }
            return readBack(agent, writes);
        }
    }

    /** PATCH bulk for what is new or changed, DELETE for what goes; returns how many calls were made. */
    private int writeDelta(SkillPlan.Agent agent, List<SkillAssignment> now) {
        Map<String, SkillAssignment> current = byId(now);
        Map<String, SkillAssignment> target = byId(agent.target());
        List<SkillAssignment> upserts = agent.target().stream().filter(s -> current.get(s.skillId()) == null
                || current.get(s.skillId()).proficiency() != s.proficiency()).toList();
        List<SkillAssignment> removals = now.stream().filter(s -> !target.containsKey(s.skillId())).toList();
        int calls = 0;
        for (int from = 0; from < upserts.size(); from += PATCH_LIMIT) {
            List<SkillAssignment> chunk = upserts.subList(from, Math.min(upserts.size(), from + PATCH_LIMIT));
            gateway.pace();
            long start = System.nanoTime();
            try {
                gateway.patchUserSkills(agent.agentId(), chunk);
                record(agent, "user.skills.patch", now, chunk, AuditEntry.OK, AuditTrail.millisSince(start));
            } catch (GenesysException e) {
                record(agent, "user.skills.patch", now, chunk, e.describe(), AuditTrail.millisSince(start));
                throw e;
            }
            calls++;
        }
        for (SkillAssignment removal : removals) {
            gateway.pace();
            long start = System.nanoTime();
            try {
                gateway.removeUserSkill(agent.agentId(), removal.skillId());
                record(agent, "user.skill.delete", List.of(removal), List.of(), AuditEntry.OK,
                        AuditTrail.millisSince(start));
            } catch (GenesysException e) {
                record(agent, "user.skill.delete", List.of(removal), List.of(), e.describe(),
                        AuditTrail.millisSince(start));
                throw e;
            }
            calls++;
        }
        return calls;
    }

    private SkillOutcome readBack(SkillPlan.Agent agent, int writes) {
        List<SkillAssignment> after;
        try {
            gateway.pace();
            after = gateway.userSkills(agent.agentId());
        } catch (GenesysException e) {
            return new SkillOutcome(agent, SkillOutcome.Status.MISMATCH, "written, but the read-back failed: "
                    + e.describe(), null, writes);
        }
        if (same(after, agent.target())) {
            return new SkillOutcome(agent, SkillOutcome.Status.APPLIED, "", after, writes);
        }
        return new SkillOutcome(agent, SkillOutcome.Status.MISMATCH, "Genesys now holds " + text(after)
                + ", not the planned " + text(agent.target()), after, writes);
    }

    /** Whether two lists hold the same skills at the same proficiencies, in any order. */
    public static boolean same(List<SkillAssignment> a, List<SkillAssignment> b) {
        return proficiencies(a).equals(proficiencies(b));
    }

    private static Map<String, Double> proficiencies(List<SkillAssignment> skills) {
        Map<String, Double> map = new TreeMap<>();
        skills.forEach(s -> map.put(s.skillId(), s.proficiency()));
        return map;
    }

    private static Map<String, SkillAssignment> byId(List<SkillAssignment> skills) {
        Map<String, SkillAssignment> map = new TreeMap<>();
        skills.forEach(s -> map.put(s.skillId(), s));
        return map;
    }

    /** "Spanish 3.0, Billing 2.5" */
    public static String text(List<SkillAssignment> skills) {
        return skills.isEmpty() ? "none" : skills.stream().map(s -> (s.skillName().isEmpty() ? s.skillId()
                : s.skillName()) + " " + s.proficiency()).collect(Collectors.joining(", "));
    }

    private void record(SkillPlan.Agent agent, String action, List<SkillAssignment> before,
            List<SkillAssignment> after, String outcome, long latency) {
        trail.record(action, AuditTrail.named(agent.agentId(), agent.agentName()), skillsJson(before),
                skillsJson(after), outcome, latency);
    }

    private String skillsJson(List<SkillAssignment> skills) {
        ArrayNode array = json.createArrayNode();
        skills.forEach(s -> array.addObject().put("id", s.skillId()).put("name", s.skillName())
                .put("proficiency", s.proficiency()));
        return array.toString();
    }

}
