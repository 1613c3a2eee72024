package io.floorwatch.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.RoutingPart;
import io.floorwatch.history.AuditTrail;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Puts drifted configuration back as the baseline has it, through the same safe writes as the rest of
 * Floorwatch: agents' skills through skill tuning's {@link SkillApplier} (conflict check against what was just
 * read, delta only, read-back), queue settings through a PUT built from a fresh GET, members in calls of at most
 * 100, the org's utilisation through a PUT built from a fresh GET, and a skill deleted since the baseline made
 * again by name. What cannot be put back safely is refused with
 * the reason (Floorwatch never deletes queues or skills). Every write is audited.
 *
 * <p>A little over our usual length: for each kind of entity the plan (what would be written, or why not) and the
 * write sit side by side, so a reader checks one against the other in one file.
 */
public final class DriftReverter {
    private final GenesysGateway gateway;
    private final HistoryWriter audit;
    private final String actor;
    private final Clock clock;
    private final AuditTrail trail;
    private final ObjectMapper json = JsonMappers.COMPACT;

    public DriftReverter(GenesysGateway gateway, HistoryWriter audit, String actor, Clock clock) {
        this.gateway = gateway;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.trail = new AuditTrail(audit, actor, clock);
    }

    /** The writes reverting {@code rows} would make against {@code live}; sends nothing. */
    public RevertPlan plan(ConfigSnapshot baseline, OrgSnapshot live, List<DriftRow> rows) {
        List<RevertPlan.Step> steps = new ArrayList<>();
        for (DriftRow row : rows) {
            steps.add(step(baseline, live, row));
        }
        return new RevertPlan(baseline, live, steps);
    }

    private RevertPlan.Step step(ConfigSnapshot baseline, OrgSnapshot live, DriftRow row) {
        return switch (row.type()) {
            case SKILL -> {
                String was = baseline.skills().get(row.entity());
                if (!"ACTIVE".equals(was)) {
                    yield refused(row, "the skill is " + (was == null ? "not in the baseline" : was)
                            + "; Floorwatch does not delete skills (that takes them from every agent). Delete it "
                            + "in Genesys, or accept the row");
                }
                String now = live.snapshot().skills().get(row.entity());
                if (now != null && !"DELETED".equals(now)) {
                    yield refused(row, "the skill is " + now + " in the org; make it active again in Genesys");
                }
                yield new RevertPlan.Step(row, "create skill '" + row.entity() + "' again", "");
            }
            case QUEUE -> queueStep(baseline, live, row);
            case UTILIZATION -> new RevertPlan.Step(row, row.baseline().isEmpty()
                    ? "take " + UtilizationFields.mediaType(row.field()) + " out of the org's utilisation (Genesys' "
                    + "default applies again)"
                    : "set the org's utilisation " + row.field() + " '" + row.live() + "' -> '" + row.baseline() + "'",
                    "");
            case AGENT_SKILL -> {
                if (!live.agentIds().containsKey(row.entity())) {
                    yield refused(row, "no user '" + row.entity() + "' in the org");
                }
                if (!row.baseline().isEmpty() && !live.skillIds().containsKey(row.item())) {
                    yield refused(row, "the skill '" + row.item() + "' is not in the org; revert its skill row "
                            + "first");
                }
                yield new RevertPlan.Step(row, row.baseline().isEmpty() ? "remove skill '" + row.item() + "' from "
                        + row.entity() : "set " + row.entity() + "'s '" + row.item() + "' to " + row.baseline(), "");
            }
        };
    }

    private RevertPlan.Step queueStep(ConfigSnapshot baseline, OrgSnapshot live, DriftRow row) {
        ConfigSnapshot.Queue was = baseline.queues().get(row.entity());
        if (row.field().equals("*")) {
            if (was == null) {
                return refused(row, "the queue is not in the baseline; Floorwatch does not delete queues. Delete it "
                        + "in Genesys, or accept the row");
            }
            if (!was.division().isEmpty() && !live.divisionIds().containsKey(was.division())) {
                return refused(row, "its division '" + was.division() + "' is not in the org");
            }
            return new RevertPlan.Step(row, "create queue '" + row.entity() + "' with the baseline's settings"
                    + (was.routingRecorded() ? ", rings, group rules, in-queue flow and member groups" : "") + " and "
                    + was.members().size() + " members", "");
        }
        if (!live.queueIds().containsKey(row.entity()) || was == null) {
            return refused(row, "the queue is not in both the baseline and the org; revert or accept its queue row");
        }
        if (row.field().equals(QueueFields.MEMBERS)) {
            List<String> unknown = was.members().stream().filter(m -> !live.agentIds().containsKey(m)).toList();
            if (!unknown.isEmpty()) {
                return refused(row, "no user " + String.join(", ", unknown) + " in the org");
            }
            return new RevertPlan.Step(row, "set the members of '" + row.entity() + "' back to the baseline's "
                    + was.members().size(), "");
        }
        if (QueueFields.ROUTING.contains(row.field())) {
            return new RevertPlan.Step(row, "update queue '" + row.entity() + "': " + row.field() + " back to '"
                    + row.baseline() + "'", "");
        }
        if (row.baseline().isEmpty() && !row.field().equals("description")) {
            return refused(row, "the baseline has no value for it, and Genesys keeps a value once it is set");
        }
        if (row.field().equals("division") && !live.divisionIds().containsKey(row.baseline())) {
            return refused(row, "the division '" + row.baseline() + "' is not in the org");
        }
        return new RevertPlan.Step(row, "update queue '" + row.entity() + "': " + row.field() + " '" + row.live()
                + "' -> '" + row.baseline() + "'", "");
    }

    private static RevertPlan.Step refused(DriftRow row, String why) {
        return new RevertPlan.Step(row, "", why);
    }

    /**
     * Makes the plan's possible writes: skills first (agents' rows may need them), then queues, then agents'
     * skills. Stops before the next write once {@code cancel} says so.
     */
    public List<RevertOutcome> revert(RevertPlan plan, BooleanSupplier cancel, Consumer<RevertOutcome> progress) {
        List<RevertOutcome> outcomes = new ArrayList<>();
        Consumer<RevertOutcome> told = outcome -> {
            outcomes.add(outcome);
            progress.accept(outcome);
        };
        List<RevertPlan.Step> skills = new ArrayList<>();
        Map<String, List<RevertPlan.Step>> queues = new LinkedHashMap<>();
        List<RevertPlan.Step> agentSkills = new ArrayList<>();
        List<RevertPlan.Step> utilization = new ArrayList<>();
        for (RevertPlan.Step step : plan.steps()) {
            if (!step.possible()) {
                told.accept(new RevertOutcome(step.row(), false, step.refusal()));
            } else if (step.row().type() == DriftRow.EntityType.SKILL) {
                skills.add(step);
            } else if (step.row().type() == DriftRow.EntityType.QUEUE) {
                queues.computeIfAbsent(step.row().entity(), k -> new ArrayList<>()).add(step);
            } else if (step.row().type() == DriftRow.EntityType.UTILIZATION) {
                utilization.add(step);
            } else {
                agentSkills.add(step);
            }
        }
        Map<String, String> skillIds = new HashMap<>(plan.live().skillIds());
        for (RevertPlan.Step step : skills) {
            if (cancel.getAsBoolean()) {
                told.accept(notRun(step));
                continue;
            }
            told.accept(createSkill(step.row(), skillIds));
        }
        RoutingIds routingIds = new RoutingIds(plan.live(), skillIds, gateway);
        queues.forEach((name, steps) -> {
            if (cancel.getAsBoolean()) {
                steps.forEach(step -> told.accept(notRun(step)));
            } else {
                revertQueue(plan, name, steps, routingIds).forEach(told);
            }
        });
        if (!utilization.isEmpty() && cancel.getAsBoolean()) {
            utilization.forEach(step -> told.accept(notRun(step)));
        } else if (!utilization.isEmpty()) {
            revertUtilization(plan.baseline(), utilization).forEach(told);
        }
        revertAgentSkills(plan.live(), agentSkills, skillIds, cancel).forEach(told);
        return outcomes;
    }

    private static RevertOutcome notRun(RevertPlan.Step step) {
        return new RevertOutcome(step.row(), false, "cancelled before this write");
    }

    private RevertOutcome createSkill(DriftRow row, Map<String, String> skillIds) {
        String sent = write(Map.of("name", row.entity()));
        long start = System.nanoTime();
        try {
            gateway.pace();
            Skill skill = gateway.createSkill(row.entity());
            skillIds.put(row.entity(), skill.id());
            record("skill.create", row.entity(), "", sent, AuditEntry.OK, start);
            return new RevertOutcome(row, true, "created again as " + skill.id());
        } catch (GenesysException e) {
            record("skill.create", row.entity(), "", sent, e.describe(), start);
            return new RevertOutcome(row, false, e.describe());
        }
    }

    private List<RevertOutcome> revertQueue(RevertPlan plan, String name, List<RevertPlan.Step> steps,
            RoutingIds routingIds) {
        ConfigSnapshot.Queue was = plan.baseline().queues().get(name);
        List<RevertOutcome> outcomes = new ArrayList<>();
        List<RevertPlan.Step> settings = new ArrayList<>();
        List<RevertPlan.Step> routing = new ArrayList<>();
        RevertPlan.Step members = null;
        for (RevertPlan.Step step : steps) {
            if (step.row().field().equals("*")) {
                outcomes.add(createQueue(plan, name, was, step.row(), routingIds));
            } else if (step.row().field().equals(QueueFields.MEMBERS)) {
                members = step;
            } else if (QueueFields.ROUTING.contains(step.row().field())) {
                routing.add(step);
            } else {
                settings.add(step);
            }
        }
        String queueId = plan.live().queueIds().get(name);
        if (!settings.isEmpty()) {
            outcomes.addAll(updateQueue(plan, queueId, name, was, settings));
        }
        if (!routing.isEmpty()) {
            outcomes.addAll(updateRouting(queueId, name, was, routing, routingIds));
        }
        if (members != null) {
            outcomes.add(setMembers(plan, queueId, name, was.members(), members.row()));
        }
        return outcomes;
    }

    private RevertOutcome createQueue(RevertPlan plan, String name, ConfigSnapshot.Queue was, DriftRow row,
            RoutingIds routingIds) {
        QueueSettings settings = new QueueSettings(name, was.description(), was.division().isEmpty() ? null
                : plan.live().divisionIds().get(was.division()), method(was.skillEvaluationMethod()),
                was.wrapupPrompt().isEmpty() ? null : was.wrapupPrompt(), was.acwTimeoutMs(), media(was));
        List<String> problems = new ArrayList<>();
        QueueDraft draft;
        try {
            draft = routingIds.draft(settings, was, problems);
        } catch (GenesysException e) {
            return new RevertOutcome(row, false, "reading the groups and flows failed: " + e.describe());
        }
        if (!problems.isEmpty()) {
            return new RevertOutcome(row, false, "not created: " + String.join("; ", problems));
        }
        long start = System.nanoTime();
        String sent = gateway.createQueueRequest(draft);
        RoutingQueue queue;
        try {
            queue = gateway.createQueue(draft);
            record("queue.create", name, "", sent, AuditEntry.OK, start);
        } catch (GenesysException e) {
            record("queue.create", name, "", sent, e.describe(), start);
            return new RevertOutcome(row, false, e.describe());
        }
        String problem = changeMembers(queue.id(), name, was.members().stream()
                .map(plan.live().agentIds()::get).filter(Objects::nonNull).toList(), false);
        return new RevertOutcome(row, problem.isEmpty(), problem.isEmpty() ? "created again as " + queue.id()
                : "created as " + queue.id() + ", but " + problem);
    }

    private List<RevertOutcome> updateQueue(RevertPlan plan, String queueId, String name, ConfigSnapshot.Queue was,
            List<RevertPlan.Step> steps) {
        Map<String, String> divisions = plan.live().divisionIds();
        long start = System.nanoTime();
        QueueSettings[] before = new QueueSettings[1];
        QueueSettings[] after = new QueueSettings[1];
        String result;
        try {
            gateway.pace();
            gateway.updateQueue(queueId, fresh -> {
                before[0] = fresh;
                QueueSettings changed = fresh;
                for (RevertPlan.Step step : steps) {
                    changed = withBaseline(changed, step.row().field(), was, divisions);
                }
                after[0] = changed;
                return changed;
            });
            result = AuditEntry.OK;
        } catch (GenesysException e) {
            result = e.describe();
        }
        String outcome = result;
        record("queue.update", AuditTrail.named(queueId, name), before[0] == null ? "" : write(before[0]),
                after[0] == null ? ""
                : write(after[0]), outcome, start);
        String message = outcome.equals(AuditEntry.OK) ? "written from a fresh read" : outcome;
        return steps.stream().map(step -> new RevertOutcome(step.row(), outcome.equals(AuditEntry.OK), message))
                .toList();
    }

    /** Sets the routing parts of the rows back as the baseline has them, in one PUT from a fresh read. */
    private List<RevertOutcome> updateRouting(String queueId, String name, ConfigSnapshot.Queue was,
            List<RevertPlan.Step> steps, RoutingIds routingIds) {
        List<String> problems = new ArrayList<>();
        Set<RoutingPart> parts = EnumSet.noneOf(RoutingPart.class);
        steps.forEach(step -> parts.add(part(step.row().field())));
        String outcome;
        String sent = "";
        long start = System.nanoTime();
        try {
            QueueDraft draft = routingIds.draft(QueueSettings.named(name), was, problems);
            if (!problems.isEmpty()) {
                outcome = "not written: " + String.join("; ", problems);
            } else {
                sent = write(Map.of("parts", parts, "routing", draft));
                gateway.pace();
                gateway.updateQueueRouting(queueId, draft, parts);
                outcome = AuditEntry.OK;
            }
        } catch (GenesysException e) {
            outcome = e.describe();
        }
        if (problems.isEmpty()) {
            record("queue.update", AuditTrail.named(queueId, name), "", sent, outcome, start);
        }
        String result = outcome;
        return steps.stream().map(step -> new RevertOutcome(step.row(), result.equals(AuditEntry.OK),
                result.equals(AuditEntry.OK) ? "written from a fresh read" : result)).toList();
    }

    private static RoutingPart part(String field) {
        return switch (field) {
            case QueueFields.RINGS -> RoutingPart.RINGS;
            case QueueFields.GROUP_RULES -> RoutingPart.GROUP_RULES;
            case QueueFields.IN_QUEUE_FLOW -> RoutingPart.IN_QUEUE_FLOW;
            case QueueFields.MEMBER_GROUPS -> RoutingPart.MEMBER_GROUPS;
            default -> throw new IllegalArgumentException("'" + field + "' is not a routing field");
        };
    }

    private RevertOutcome setMembers(RevertPlan plan, String queueId, String name, List<String> baseline,
            DriftRow row) {
        List<String> wanted = baseline.stream().map(plan.live().agentIds()::get).toList();
        List<String> now;
        try {
            gateway.pace();
            now = gateway.queueMembers(queueId).stream().map(m -> m.userId()).toList();
        } catch (GenesysException e) {
            return new RevertOutcome(row, false, "reading the members failed: " + e.describe());
        }
        List<String> add = wanted.stream().filter(id -> !now.contains(id)).toList();
        List<String> remove = now.stream().filter(id -> !wanted.contains(id)).toList();
        String problem = changeMembers(queueId, name, add, false);
        if (problem.isEmpty()) {
            problem = changeMembers(queueId, name, remove, true);
        }
        return new RevertOutcome(row, problem.isEmpty(), problem.isEmpty() ? add.size() + " added, " + remove.size()
                + " removed" : problem);
    }

    /** Adds or removes members (the gateway sends at most 100 a call), audited; returns what went wrong, or "". */
    private String changeMembers(String queueId, String name, List<String> userIds, boolean remove) {
        if (userIds.isEmpty()) {
            return "";
        }
        String action = remove ? "queue.members.remove" : "queue.members.add";
        String ids = write(userIds);
        long start = System.nanoTime();
        try {
            gateway.pace();
            if (remove) {
                gateway.removeQueueMembers(queueId, userIds);
            } else {
                gateway.addQueueMembers(queueId, userIds);
            }
            record(action, AuditTrail.named(queueId, name), "", ids, AuditEntry.OK, start);
            return "";
        } catch (GenesysException e) {
            record(action, AuditTrail.named(queueId, name), "", ids, e.describe(), start);
            return (remove ? "removing" : "adding") + " members of '" + name + "' failed: " + e.describe();
        }
    }

    /** Sets the org's utilisation fields of the rows back as the baseline has them, in one PUT from a fresh read. */
    private List<RevertOutcome> revertUtilization(ConfigSnapshot baseline, List<RevertPlan.Step> steps) {
        long start = System.nanoTime();
        String before = "";
        String after = "";
        String outcome;
        try {
            gateway.pace();
            Map<String, MediaUtilization> fresh = gateway.utilizations().org().media();
            Map<String, MediaUtilization> changed = fresh;
            for (RevertPlan.Step step : steps) {
                changed = UtilizationFields.with(changed, step.row().field(), baseline.utilization());
            }
            before = write(fresh);
            after = write(changed);
            gateway.pace();
            gateway.utilizations().setOrg(changed);
            outcome = AuditEntry.OK;
        } catch (GenesysException e) {
            outcome = e.describe();
        }
        record("utilization.update", UtilizationFields.ORG, before, after, outcome, start);
        String result = outcome;
        return steps.stream().map(step -> new RevertOutcome(step.row(), result.equals(AuditEntry.OK),
                result.equals(AuditEntry.OK) ? "written from a fresh read" : result)).toList();
    }

    private List<RevertOutcome> revertAgentSkills(OrgSnapshot live, List<RevertPlan.Step> steps,
            Map<String, String> skillIds, BooleanSupplier cancel) {
        if (steps.isEmpty()) {
            return List.of();
        }
        Map<String, List<RevertPlan.Step>> byAgent = new LinkedHashMap<>();
        steps.forEach(step -> byAgent.computeIfAbsent(step.row().entity(), k -> new ArrayList<>()).add(step));
        List<SkillPlan.Agent> agents = new ArrayList<>();
        for (Map.Entry<String, List<RevertPlan.Step>> entry : byAgent.entrySet()) {
            Map<String, Double> held = live.snapshot().agents().getOrDefault(entry.getKey(), Map.of());
            Map<String, Double> target = new TreeMap<>(held);
            for (RevertPlan.Step step : entry.getValue()) {
                if (step.row().baseline().isEmpty()) {
                    target.remove(step.row().item());
                } else {
                    target.put(step.row().item(), Double.parseDouble(step.row().baseline()));
                }
            }
            agents.add(new SkillPlan.Agent(live.agentIds().get(entry.getKey()), entry.getKey(),
                    assignments(held, skillIds), assignments(target, skillIds)));
        }
        SkillApplier applier = new SkillApplier(gateway, audit, actor, clock);
        List<RevertOutcome> outcomes = new ArrayList<>();
        for (SkillOutcome outcome : applier.apply(new SkillPlan(SkillPlan.CEILING, agents), cancel, o -> { })) {
            boolean ok = outcome.status() == SkillOutcome.Status.APPLIED;
            String message = ok ? "written and read back" : outcome.status().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ": " + outcome.message();
            byAgent.get(outcome.agent().agentName()).forEach(step -> outcomes.add(new RevertOutcome(step.row(), ok,
                    message)));
        }
        return outcomes;
    }

    private static List<SkillAssignment> assignments(Map<String, Double> byName, Map<String, String> skillIds) {
        List<SkillAssignment> list = new ArrayList<>();
        byName.forEach((name, proficiency) -> list.add(new SkillAssignment(skillIds.getOrDefault(name, name), name,
                proficiency, null)));
        return list;
    }

    /** {@code current} with {@code field} set as the baseline has it. */
    static QueueSettings withBaseline(QueueSettings current, String field, ConfigSnapshot.Queue was,
            Map<String, String> divisionIds) {
        String description = current.description();
        String divisionId = current.divisionId();
        SkillEvaluationMethod method = current.skillEvaluationMethod();
        String wrapup = current.wrapupPrompt();
        Long acw = current.acwTimeoutMs();
        Map<String, MediaSettings> media = new TreeMap<>(current.media());
        switch (field) {
            case "description" -> description = was.description();
            case "division" -> divisionId = divisionIds.get(was.division());
            case "skillEvaluationMethod" -> method = method(was.skillEvaluationMethod());
            case "wrapupPrompt" -> wrapup = was.wrapupPrompt();
            case "acwTimeoutMs" -> acw = was.acwTimeoutMs();
            default -> {
                String type = QueueFields.mediaType(field);
                MediaSettings now = media.getOrDefault(type, new MediaSettings(null, null, null));
                ConfigSnapshot.Media merged = QueueFields.mediaWith(QueueFields.recorded(now),
                        QueueFields.mediaAttribute(field), was.media().getOrDefault(type, ConfigSnapshot.Media.NONE));
                media.put(type, QueueFields.settings(merged));
            }
        }
        return new QueueSettings(current.name(), description, divisionId, method, wrapup, acw, media);
    }

    private static SkillEvaluationMethod method(String name) {
        return name == null || name.isEmpty() ? null : SkillEvaluationMethod.valueOf(name);
    }

    private static Map<String, MediaSettings> media(ConfigSnapshot.Queue queue) {
        Map<String, MediaSettings> media = new TreeMap<>();
        queue.media().forEach((type, m) -> media.put(type, QueueFields.settings(m)));
        return media;
    }

    private void record(String action, String target, String before, String after, String outcome, long start) {
        trail.record(action, target, before, after, outcome, AuditTrail.millisSince(start));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit value could not be written as JSON", e);
        }
    }
}
