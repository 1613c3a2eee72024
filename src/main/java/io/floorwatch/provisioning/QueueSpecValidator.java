package io.floorwatch.provisioning;

import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.MediaSpec;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.SkillRequirement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a queue spec against the org before anything is sent: every failure names the field and the rule. The
 * name must be new by exact, case-insensitive comparison (Genesys' {@code name} filter is a wildcard search, so the
 * check is made here, on the org's full list). Pure: the org comes in as an {@link OrgIndex}.
 */
public final class QueueSpecValidator {
    /** Longest queue name accepted (Genesys documents no limit for queues; 255 is its usual entity-name limit). */
    public static final int MAX_NAME = 255;
    public static final int MAX_RINGS = 5;
    public static final int MAX_GROUP_RULES = 5;
    public static final Set<String> MEDIA_TYPES = Set.of("call", "callback", "chat", "email", "message");
    public static final Set<String> WRAPUP_PROMPTS = Set.of("MANDATORY", "OPTIONAL", "MANDATORY_TIMEOUT",
            "MANDATORY_FORCED_TIMEOUT", "AGENT_REQUESTED");
    private static final int MAX_SECONDS = 24 * 3600;

    private QueueSpecValidator() {
    }

    /**
     * @param earlierInBatch names (any case) of queues created earlier in the same run: a rule may watch them, and
     *                       a second row of the same name is a duplicate
     */
    public static List<SpecProblem> validate(QueueSpec spec, OrgIndex org, Set<String> earlierInBatch) {
        return validate(spec, org, earlierInBatch, null);
    }

    /**
     * As {@link #validate(QueueSpec, OrgIndex, Set)}, for an edit of the queue {@code ownQueueId}: it may keep its
     * own name (null for a new queue).
     */
    public static List<SpecProblem> validate(QueueSpec spec, OrgIndex org, Set<String> earlierInBatch,
            String ownQueueId) {
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> batch = lower(earlierInBatch);
        name(spec, org, batch, ownQueueId, problems);
        if (!spec.division().isEmpty() && org.division(spec.division()).isEmpty()) {
            problems.add(new SpecProblem("division", "no division named '" + spec.division() + "'"));
        }
        if (!spec.wrapupPrompt().isEmpty() && !WRAPUP_PROMPTS.contains(spec.wrapupPrompt())) {
            problems.add(new SpecProblem("wrapupPrompt", "'" + spec.wrapupPrompt() + "' is not one of "
                    + String.join(", ", new TreeSet<>(WRAPUP_PROMPTS))));
        }
        boolean timeoutPrompt = spec.wrapupPrompt().endsWith("TIMEOUT");
        if (spec.acwTimeoutSeconds() != null && (spec.acwTimeoutSeconds() <= 0 || spec.acwTimeoutSeconds() > MAX_SECONDS)) {
            problems.add(new SpecProblem("acwTimeoutSeconds", "must be 1 to 86400 seconds, not "
                    + spec.acwTimeoutSeconds()));
        } else if (timeoutPrompt && spec.acwTimeoutSeconds() == null) {
            problems.add(new SpecProblem("acwTimeoutSeconds", "required with the wrap-up prompt "
                    + spec.wrapupPrompt()));
        }
        media(spec.media(), problems);
        skills(spec.requiredSkills(), org, problems);
        if (spec.addSkilledMembers() && spec.requiredSkills().isEmpty()) {
            problems.add(new SpecProblem("addSkilledMembers", "needs at least one required skill to pick members by"));
        }
        rings(spec.rings(), org, problems);
        rules(spec.groupRules(), org, batch, problems);
        if (!spec.inQueueFlow().isEmpty() && org.flow(spec.inQueueFlow()).isEmpty()) {
            problems.add(new SpecProblem("inQueueFlow", "no in-queue call flow named '" + spec.inQueueFlow() + "'"));
        }
        groups("memberGroups", spec.memberGroups(), org, problems);
        return problems;
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> lowered = new HashSet<>();
        names.forEach(n -> lowered.add(n.trim().toLowerCase(Locale.ROOT)));
        return lowered;
    }

    private static void name(QueueSpec spec, OrgIndex org, Set<String> batch, String ownQueueId,
            List<SpecProblem> problems) {
        String name = spec.name();
        if (name.isEmpty()) {
            problems.add(new SpecProblem("name", "required"));
            return;
        }
        if (name.length() > MAX_NAME) {
            problems.add(new SpecProblem("name", "at most " + MAX_NAME + " characters, not " + name.length()));
        }
        if (name.contains("*")) {
            problems.add(new SpecProblem("name", "must not contain '*' (Genesys' name search treats it as a wildcard)"));
        }
        org.queue(name).filter(existing -> !existing.id().equals(ownQueueId)).ifPresent(existing -> problems.add(
                new SpecProblem("name", "a queue named '"
                + existing.name() + "' already exists (names compare without regard to case)")));
        if (batch.contains(name.toLowerCase(Locale.ROOT))) {
            problems.add(new SpecProblem("name", "'" + name + "' is already created by an earlier row"));
        }
    }

    private static void media(Map<String, MediaSpec> media, List<SpecProblem> problems) {
        media.forEach((type, settings) -> {
            String field = "media." + type;
            if (!MEDIA_TYPES.contains(type)) {
                problems.add(new SpecProblem(field, "unknown media type; use call, callback, chat, email or message"));
                return;
            }
            if (settings.alertingTimeoutSeconds() != null && (settings.alertingTimeoutSeconds() <= 0
                    || settings.alertingTimeoutSeconds() > 3600)) {
                problems.add(new SpecProblem(field + ".alertingTimeoutSeconds", "must be 1 to 3600 seconds, not "
                        + settings.alertingTimeoutSeconds()));
            }
            Double percentage = settings.serviceLevelPercentage();
            if (percentage != null && !(percentage >= 0 && percentage <= 1)) {
                problems.add(new SpecProblem(field + ".serviceLevelPercentage", "a share from 0 to 1 (0.8 is 80 %), "
                        + "not " + percentage));
            }
            Integer duration = settings.serviceLevelDurationSeconds();
            if (duration != null && (duration <= 0 || duration > MAX_SECONDS)) {
                problems.add(new SpecProblem(field + ".serviceLevelDurationSeconds", "must be 1 to 86400 seconds, not "
                        + duration));
            }
            if (percentage == null != (duration == null)) {
                problems.add(new SpecProblem(field + ".serviceLevel", "give both the percentage and the duration, "
                        + "or neither"));
            }
        });
    }

    private static void skills(List<SkillRequirement> required, OrgIndex org, List<SpecProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < required.size(); i++) {
            SkillRequirement skill = required.get(i);
            String field = "requiredSkills[" + (i + 1) + "]";
            if (skill.skill().isEmpty()) {
                problems.add(new SpecProblem(field, "the skill's name is required"));
                continue;
            }
            if (!seen.add(skill.skill().toLowerCase(Locale.ROOT))) {
                problems.add(new SpecProblem(field, "'" + skill.skill() + "' is named twice"));
            }
            known(field, skill.skill(), org, problems);
            if (!(skill.minProficiency() >= 0 && skill.minProficiency() <= 5)) {
                problems.add(new SpecProblem(field + ".minProficiency", "0.0 to 5.0, not " + skill.minProficiency()));
            }
        }
    }

    /** The skill exists and is active. */
    private static void known(String field, String skill, OrgIndex org, List<SpecProblem> problems) {
        org.skill(skill).ifPresentOrElse(entry -> {
            if (!entry.active()) {
                problems.add(new SpecProblem(field, "the skill '" + entry.name() + "' is inactive"));
            }
        }, () -> problems.add(new SpecProblem(field, "no skill named '" + skill + "'")));
    }

    private static void rings(List<BullseyeRing> rings, OrgIndex org, List<SpecProblem> problems) {
        if (rings.size() > MAX_RINGS) {
            problems.add(new SpecProblem("rings", "at most " + MAX_RINGS + " bullseye rings, not " + rings.size()));
        }
        double previous = 0;
        for (int i = 0; i < rings.size(); i++) {
            BullseyeRing ring = rings.get(i);
            String field = "rings[" + (i + 1) + "]";
            if (!(ring.expandAfterSeconds() > 0) || ring.expandAfterSeconds() > MAX_SECONDS) {
                problems.add(new SpecProblem(field + ".expandAfterSeconds", "must be above 0 and at most 86400 "
                        + "seconds, not " + ring.expandAfterSeconds()));
            } else if (ring.expandAfterSeconds() <= previous) {
                problems.add(new SpecProblem(field + ".expandAfterSeconds", "must be later than the ring before ("
                        + previous + " s)"));
            }
            previous = Math.max(previous, ring.expandAfterSeconds());
            for (String skill : ring.skillsRemoved()) {
                known(field + ".skillsRemoved", skill, org, problems);
            }
        }
    }

    private static void rules(List<GroupRoutingRule> rules, OrgIndex org, Set<String> batch,
            List<SpecProblem> problems) {
        if (rules.size() > MAX_GROUP_RULES) {
            problems.add(new SpecProblem("groupRules", "at most " + MAX_GROUP_RULES + " rules, not " + rules.size()));
        }
        for (int i = 0; i < rules.size(); i++) {
            GroupRoutingRule rule = rules.get(i);
            String field = "groupRules[" + (i + 1) + "]";
            if (!rule.queue().isEmpty() && org.queue(rule.queue()).isEmpty()
                    && !batch.contains(rule.queue().toLowerCase(Locale.ROOT))) {
                problems.add(new SpecProblem(field + ".queue", "no queue named '" + rule.queue() + "'"));
            }
            if (rule.metric() == null || rule.operator() == null) {
                problems.add(new SpecProblem(field, "needs a metric (ESTIMATED_WAIT_TIME or SERVICE_LEVEL) and an "
                        + "operator (GREATER_THAN, LESS_THAN, ...)"));
            } else if (rule.metric() == GroupRoutingRule.Metric.SERVICE_LEVEL && !(rule.value() >= 0
                    && rule.value() <= 1)) {
                problems.add(new SpecProblem(field + ".value", "a service level is a share from 0 to 1, not "
                        + rule.value()));
            } else if (rule.metric() == GroupRoutingRule.Metric.ESTIMATED_WAIT_TIME && !(rule.value() > 0)) {
                problems.add(new SpecProblem(field + ".value", "an estimated wait time in seconds above 0, not "
                        + rule.value()));
            }
            if (rule.waitSeconds() < 0 || rule.waitSeconds() > MAX_SECONDS) {
                problems.add(new SpecProblem(field + ".waitSeconds", "must be 0 to 86400 seconds, not "
                        + rule.waitSeconds()));
            }
            if (rule.groups().isEmpty()) {
                problems.add(new SpecProblem(field + ".groups", "name at least one team, group or skill group"));
            }
            groups(field + ".groups", rule.groups(), org, problems);
        }
    }

    private static void groups(String field, List<GroupRef> groups, OrgIndex org, List<SpecProblem> problems) {
        for (GroupRef group : groups) {
            if (group.name().isEmpty()) {
                problems.add(new SpecProblem(field, "a " + group.type().name().toLowerCase(Locale.ROOT)
                        + " without a name"));
            } else if (org.group(group.type(), group.name()).isEmpty()) {
                problems.add(new SpecProblem(field, "no " + group.type().name().toLowerCase(Locale.ROOT).replace(
                        "skillgroup", "skill group") + " named '" + group.name() + "'"));
            }
        }
    }
}
