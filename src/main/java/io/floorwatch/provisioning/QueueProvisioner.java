package io.floorwatch.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaSpec;
import io.floorwatch.domain.NamedEntity;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.genesys.Directory;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.AuditTrail;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Creates routing queues from specs, safely: the org is read once, every row is validated against it before
 * anything is sent, names are resolved to ids, each create goes through the gateway (which looks the exact name
 * up before retrying an unknown outcome, so a retry never duplicates a queue), members holding the required
 * skills are added in calls of at most 100, and every write is audited with its outcome and latency.
 */
public final class QueueProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(QueueProvisioner.class);
    private static final int MEMBERS_PER_CALL = 100;

    private final GenesysGateway gateway;
    private final AuditTrail trail;
    private final Consumer<QueueOutcome> created;
    private final ObjectMapper json = JsonMappers.COMPACT;

    /**
     * @param created told of every created queue, after it is stored and audited (the outbound webhook); must not
     *                block
     */
    public QueueProvisioner(GenesysGateway gateway, HistoryWriter audit, String actor, Clock clock,
            Consumer<QueueOutcome> created) {
        this.gateway = gateway;
        this.trail = new AuditTrail(audit, actor, clock);
        this.created = created;
    }

    /** What a run validates against and resolves names with, read once. */
    public record Org(OrgIndex index, Map<String, List<SkillAssignment>> userSkills) {
    }

    /** Reads the org: skills, queues, divisions, in-queue flows, teams, groups, skill groups, users' skills. */
    public Org readOrg() {
        OrgIndex index = new OrgIndex();
        for (Skill skill : gateway.allSkills()) {
            index.skill(skill.id(), skill.name(), skill.state() == SkillState.ACTIVE);
        }
        for (RoutingQueue queue : gateway.allQueues()) {
            index.queue(queue.id(), queue.name());
        }
        Directory directory = gateway.directory();
        directory.divisions().forEach(d -> index.division(d.id(), d.name()));
        directory.inQueueFlows().forEach(f -> index.flow(f.id(), f.name()));
        add(index, GroupType.TEAM, directory.teams());
        add(index, GroupType.GROUP, directory.groups());
        add(index, GroupType.SKILLGROUP, directory.skillGroups());
        return new Org(index, directory.userSkills());
    }

    private static void add(OrgIndex index, GroupType type, List<NamedEntity> entities) {
        entities.forEach(e -> index.group(type, e.id(), e.name()));
    }

    /**
     * Validates every row against the org and against the rows before it (a name may be created once; a rule may
     * watch a queue an earlier valid row creates). Rows that could not be read keep their problems.
     */
    public static List<SpecRow> check(List<SpecRow> rows, OrgIndex org) {
        List<SpecRow> checked = new ArrayList<>();
        Set<String> earlier = new HashSet<>();
        for (SpecRow row : rows) {
            if (row.spec() == null) {
                checked.add(row);
                continue;
            }
            SpecRow result = row.withProblems(QueueSpecValidator.validate(row.spec(), org, earlier));
            if (result.valid()) {
                earlier.add(row.spec().name());
            }
            checked.add(result);
        }
        return checked;
    }

    /** The request a valid spec makes, as JSON: the preview. */
    public String preview(QueueSpec spec, Org org) {
        return gateway.createQueueRequest(draft(spec, org.index(), Map.of()));
    }

    /**
     * Creates the valid rows in order; invalid ones are skipped with their problems. Stops before the next row
     * once {@code cancel} is set; rows not reached are reported as skipped.
     *
     * @param progress told of each row's outcome as it is known
     */
    public List<QueueOutcome> createAll(List<SpecRow> rows, Org org, BooleanSupplier cancel,
            Consumer<QueueOutcome> progress) {
        List<SpecRow> checked = check(rows, org.index());
        Map<String, String> createdIds = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<QueueOutcome> outcomes = new ArrayList<>();
        for (SpecRow row : checked) {
            QueueOutcome outcome;
            if (!row.valid()) {
                outcome = new QueueOutcome(row, QueueOutcome.Status.SKIPPED, "", String.join("; ",
                        row.problems().stream().map(SpecProblem::toString).toList()), 0, 0);
            } else if (cancel.getAsBoolean()) {
                outcome = new QueueOutcome(row, QueueOutcome.Status.SKIPPED, "", "cancelled before it was sent", 0, 0);
            } else {
                outcome = create(row, org, createdIds);
                if (outcome.status() == QueueOutcome.Status.CREATED) {
                    createdIds.put(row.spec().name(), outcome.queueId());
                }
            }
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    /** Validates without sending anything: each valid row is reported VALID. */
    public static List<QueueOutcome> dryRun(List<SpecRow> rows, OrgIndex org) {
        return check(rows, org).stream().map(row -> row.valid()
                ? new QueueOutcome(row, QueueOutcome.Status.VALID, "", "", 0, 0)
                : new QueueOutcome(row, QueueOutcome.Status.SKIPPED, "", String.join("; ",
                        row.problems().stream().map(SpecProblem::toString).toList()), 0, 0)).toList();
    }

    private QueueOutcome create(SpecRow row, Org org, Map<String, String> createdEarlier) {
        QueueSpec spec = row.spec();
        QueueDraft draft = draft(spec, org.index(), createdEarlier);
        String request = compact(gateway.createQueueRequest(draft));
        long start = System.nanoTime();
        RoutingQueue queue;
        try {
            queue = gateway.createQueue(draft);
        } catch (GenesysException e) {
            long latency = AuditTrail.millisSince(start);
            trail.record("queue.create", spec.name(), "", request, e.describe(), latency);
            return new QueueOutcome(row, QueueOutcome.Status.FAILED, "", e.describe(), 0, latency);
        }
        long createLatency = AuditTrail.millisSince(start);
        trail.record("queue.create", spec.name(), "", request, AuditEntry.OK, createLatency);
        List<String> members = spec.addSkilledMembers() ? skilledMembers(spec, org) : List.of();
        String memberProblem = addMembers(queue.id(), spec.name(), members);
        long latency = AuditTrail.millisSince(start);
        QueueOutcome outcome = memberProblem.isEmpty()
                ? new QueueOutcome(row, QueueOutcome.Status.CREATED, queue.id(), "", members.size(), latency)
                : new QueueOutcome(row, QueueOutcome.Status.FAILED, queue.id(), "created, but " + memberProblem, 0,
                        latency);
        try {
            created.accept(outcome);
        } catch (RuntimeException e) {
            LOG.warn("telling of the new queue {} failed: {}", spec.name(), e.getMessage(), e);
        }
        return outcome;
    }

    /** Agents holding every required skill at or above its minimum. */
    static List<String> skilledMembers(QueueSpec spec, Org org) {
        List<String> members = new ArrayList<>();
        for (Map.Entry<String, List<SkillAssignment>> user : org.userSkills().entrySet()) {
            boolean qualifies = spec.requiredSkills().stream().allMatch(required -> user.getValue().stream()
                    .anyMatch(held -> held.skillName().equalsIgnoreCase(required.skill())
                            && held.proficiency() >= required.minProficiency()));
            if (qualifies) {
                members.add(user.getKey());
            }
        }
        return members;
    }

    /** Adds members in calls of at most 100, each audited; returns what went wrong, or empty. */
    private String addMembers(String queueId, String queueName, List<String> userIds) {
        for (int from = 0; from < userIds.size(); from += MEMBERS_PER_CALL) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + MEMBERS_PER_CALL));
            long start = System.nanoTime();
            String after = json.valueToTree(chunk).toString();
            try {
                gateway.addQueueMembers(queueId, chunk);
                trail.record("queue.members.add", AuditTrail.named(queueId, queueName), "", after, AuditEntry.OK,
                        AuditTrail.millisSince(start));
            } catch (GenesysException e) {
                trail.record("queue.members.add", AuditTrail.named(queueId, queueName), "", after, e.describe(),
                        AuditTrail.millisSince(start));
                return "adding members " + (from + 1) + " to " + (from + chunk.size()) + " of " + userIds.size()
                        + " failed: " + e.describe();
            }
        }
        return "";
    }

    /** The request on one line, as the audit log keeps it. */
    private String compact(String pretty) {
        try {
            return json.readTree(pretty).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the gateway's request is not JSON", e);
        }
    }

    /** The spec with every name resolved; call only for a spec {@link #check} found valid. */
    static QueueDraft draft(QueueSpec spec, OrgIndex org, Map<String, String> createdEarlier) {
        Map<String, MediaSettings> media = new TreeMap<>();
        spec.media().forEach((type, m) -> media.put(type, settings(m)));
        QueueSettings settings = new QueueSettings(spec.name(), spec.description().isEmpty() ? null
                : spec.description(), spec.division().isEmpty() ? null : id(org.division(spec.division()), "division"),
                spec.skillEvaluationMethod(), spec.wrapupPrompt().isEmpty() ? null : spec.wrapupPrompt(),
                spec.acwTimeoutSeconds() == null ? null : spec.acwTimeoutSeconds() * 1000L, media);
        List<QueueDraft.Ring> rings = new ArrayList<>();
        for (BullseyeRing ring : spec.rings()) {
            rings.add(new QueueDraft.Ring(ring.expandAfterSeconds(), ring.skillsRemoved().stream()
                    .map(s -> id(org.skill(s), "skill " + s)).toList()));
        }
        List<QueueDraft.Rule> rules = new ArrayList<>();
        for (GroupRoutingRule rule : spec.groupRules()) {
            String queueId = rule.queue().isEmpty() ? null : org.queue(rule.queue()).map(OrgIndex.Entry::id)
                    .orElseGet(() -> createdEarlier.get(rule.queue()));
            rules.add(new QueueDraft.Rule(queueId, rule.metric(), rule.operator(), rule.value(), rule.waitSeconds(),
                    groups(rule.groups(), org)));
        }
        String flow = spec.inQueueFlow().isEmpty() ? null : id(org.flow(spec.inQueueFlow()), "flow");
        return new QueueDraft(settings, rings, rules, flow, groups(spec.memberGroups(), org));
    }

    private static MediaSettings settings(MediaSpec spec) {
        return new MediaSettings(spec.alertingTimeoutSeconds(), spec.serviceLevelPercentage(),
                spec.serviceLevelDurationSeconds() == null ? null : spec.serviceLevelDurationSeconds() * 1000L);
    }

    private static List<QueueDraft.Group> groups(List<GroupRef> refs, OrgIndex org) {
        return refs.stream().map(g -> new QueueDraft.Group(id(org.group(g.type(), g.name()),
                g.type().name().toLowerCase(Locale.ROOT) + " " + g.name()), g.type())).toList();
    }

    private static String id(Optional<OrgIndex.Entry> entry, String what) {
        return entry.map(OrgIndex.Entry::id).orElseThrow(() -> new IllegalStateException(what
                + " was not validated before drafting"));
    }
}
