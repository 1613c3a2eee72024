package io.floorwatch.tuning;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.QueueAggregate;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The what-if projection without IO: which queues a skill plan touches, who would serve each now and after, and
 * what Erlang C makes of the half hour's work for each staffing. {@link WhatIf} reads the inputs from Genesys.
 */
final class WhatIfModel {
    static final String MODEL = "Erlang C";
    static final String ASSUMPTIONS = "Callers arrive at random (Poisson) at the last 30 minutes' rate; handle times "
            + "vary exponentially around the measured average; nobody hangs up, so waits are overstated where "
            + "callers abandon; every counted agent serves this queue only and stays on queue the whole time; "
            + "interactions are answered first come, first served.";
    static final double DEFAULT_TARGET_SECONDS = 20;
    /** The prefix of the note's part that names the measured window: {@link #measured} replaces that part only. */
    private static final String MEASURED = "measured ";

    /**
     * On queue and routed: idle, interacting or communicating. Not responding and "on queue, not routed" are on
     * queue but Genesys offers them nothing until they change, so they serve no caller.
     */
    private static final Set<Activity> SERVING = Set.of(Activity.IDLE, Activity.INTERACTING, Activity.COMMUNICATING);

    private WhatIfModel() {
    }

    /** Whether an agent doing this takes the queue's interactions now. */
    static boolean serves(Activity activity) {
        return SERVING.contains(activity);
    }

    /**
     * The queues the plan touches, queue id to skill id, in {@code queueSkills}' order: those whose required skill
     * the plan adds, removes or changes (proficiency or state) for at least one agent. Queues with no known skill
     * are never touched.
     */
    static Map<String, String> touched(SkillPlan plan, Map<String, String> queueSkills) {
        Set<String> changed = plan.agents().stream().flatMap(a -> changedSkills(a).stream())
                .collect(Collectors.toSet());
        Map<String, String> touched = new LinkedHashMap<>();
        queueSkills.forEach((queueId, skillId) -> {
            if (skillId != null && changed.contains(skillId)) {
                touched.put(queueId, skillId);
            }
        });
        return touched;
    }

    private static Set<String> changedSkills(SkillPlan.Agent agent) {
        Map<String, SkillAssignment> before = bySkill(agent.preview());
        Map<String, SkillAssignment> after = bySkill(agent.target());
        Set<String> changed = new HashSet<>();
        before.forEach((id, s) -> {
            SkillAssignment t = after.get(id);
            if (t == null || t.proficiency() != s.proficiency() || t.state() != s.state()) {
                changed.add(id);
            }
        });
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(changed::add);
        return changed;
    }

    private static Map<String, SkillAssignment> bySkill(List<SkillAssignment> skills) {
        Map<String, SkillAssignment> map = new HashMap<>();
        skills.forEach(s -> map.put(s.skillId(), s));
        return map;
    }

    /**
     * The projection of every touched queue.
     *
     * @param held         every agent's skills now, by agent id (for the agents the plan leaves alone)
     * @param aggregates   the touched queues' work over {@code window}, by queue id; a queue missing had none
     * @param targetMillis each queue's service-level target time, by queue id; missing or null: 20 s assumed
     * @param at           the end of the window
     */
    static WhatIfReport report(SkillPlan plan, Collection<FloorAgent> floor, Map<String, String> queueNames,
            Map<String, String> queueSkills, Map<String, List<SkillAssignment>> held,
            Map<String, QueueAggregate> aggregates, Map<String, Long> targetMillis, Duration window, Instant at) {
        Map<String, SkillPlan.Agent> inPlan = new HashMap<>();
        plan.agents().forEach(a -> inPlan.put(a.agentId(), a));
        List<QueueProjection> queues = new ArrayList<>();
        touched(plan, queueSkills).forEach((queueId, skillId) -> {
            String queueName = queueNames.getOrDefault(queueId, queueId);
            int now = 0;
            int after = 0;
            for (FloorAgent agent : floor) {
                if (!serves(agent.activity()) || !member(agent, queueId, queueName)) {
                    continue;
                }
                SkillPlan.Agent part = inPlan.get(agent.id());
                List<SkillAssignment> theirs = held.getOrDefault(agent.id(), List.of());
                now += holds(part == null ? theirs : part.preview(), skillId) ? 1 : 0;
                after += holds(part == null ? theirs : part.target(), skillId) ? 1 : 0;
            }
            queues.add(queue(queueId, queueName, skillName(skillId, plan, held), aggregates.get(queueId),
                    targetMillis.get(queueId), window, now, after));
        });
        return new WhatIfReport(MODEL, ASSUMPTIONS, at, queues);
    }

    /**
     * Whether the agent is a member of the queue: the floor lists agents' queues by name (as the live state holds
     * them) and the recommender matches them so; an id is taken too.
     */
    private static boolean member(FloorAgent agent, String queueId, String queueName) {
        return agent.queues().contains(queueName) || agent.queues().contains(queueId);
    }

    /** Routing honours active skills only, at any proficiency. */
    private static boolean holds(List<SkillAssignment> skills, String skillId) {
        return skills.stream().anyMatch(s -> s.skillId().equals(skillId) && s.state() == SkillState.ACTIVE);
    }

    private static String skillName(String skillId, SkillPlan plan, Map<String, List<SkillAssignment>> held) {
        return plan.agents().stream().flatMap(a -> Stream.concat(a.preview().stream(),
                        a.target().stream()))
                .filter(s -> s.skillId().equals(skillId) && !s.skillName().isEmpty()).map(SkillAssignment::skillName)
                .findFirst()
                .or(() -> held.values().stream().flatMap(List::stream)
                        .filter(s -> s.skillId().equals(skillId) && !s.skillName().isEmpty())
                        .map(SkillAssignment::skillName).findFirst())
                .orElse(skillId);
    }

    /** One queue's figures from its work over the window and the two staffings. */
    static QueueProjection queue(String queueId, String queueName, String skillName, QueueAggregate work,
            Long targetMillis, Duration window, int agentsNow, int agentsAfter) {
        List<String> notes = new ArrayList<>();
        double seconds = Math.max(1, window.toSeconds());
        long offered = work == null ? 0 : work.offered();
        Double aht = work == null ? null : work.averageHandleSeconds();
        double target = targetMillis == null ? DEFAULT_TARGET_SECONDS : targetMillis / 1000.0;
        if (targetMillis == null) {
            notes.add("the queue sets no service-level time for calls: " + Math.round(DEFAULT_TARGET_SECONDS)
                    + " s assumed");
        }
        Double slNow = null;
        Double slAfter = null;
        Double asaNow = null;
        Double asaAfter = null;
        if (aht == null) {
            notes.add("nothing handled in the last " + window.toMinutes() + " minutes: no handle time to project "
                    + "with");
        } else {
            double erlangs = ErlangC.trafficIntensity(offered / seconds, aht);
            ErlangC.Result before = ErlangC.of(agentsNow, erlangs, aht, target);
            ErlangC.Result later = ErlangC.of(agentsAfter, erlangs, aht, target);
            slNow = before.serviceLevel();
            slAfter = later.serviceLevel();
            asaNow = before.asaSeconds();
            asaAfter = later.asaSeconds();
        }
        notes.add(MEASURED + "over the last " + window.toMinutes() + " minutes");
        return new QueueProjection(queueId, queueName, skillName, offered * 3600 / seconds, aht, target, agentsNow,
                agentsAfter, slNow, slAfter, asaNow, asaAfter, work == null ? null : work.serviceLevel(),
                work == null ? null : work.averageAnswerSeconds(), String.join("; ", notes));
    }

    /**
     * The projection with the service level and ASA measured from {@code from} to {@code to}; the note names that
     * window in place of the one measured before.
     */
    static QueueProjection measured(QueueProjection projection, QueueAggregate work, Instant from, Instant to) {
        List<String> notes = new ArrayList<>();
        for (String part : projection.note().split("; ")) {
            if (!part.isEmpty() && !part.startsWith(MEASURED)) {
                notes.add(part);
            }
        }
        notes.add(MEASURED + "from " + from.truncatedTo(ChronoUnit.SECONDS) + " to "
                + to.truncatedTo(ChronoUnit.SECONDS));
        return projection.withMeasured(work == null ? null : work.serviceLevel(),
                work == null ? null : work.averageAnswerSeconds(), String.join("; ", notes));
    }
}
