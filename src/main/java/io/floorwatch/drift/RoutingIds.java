package io.floorwatch.drift;

import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.NamedEntity;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.genesys.GenesysGateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids behind a baseline queue's routing names in the org a revert writes to: skills and queues from the live
 * read (and skills the revert made again), groups and in-queue flows from it too, else read from the directory
 * once when a name is missing there. A name the org does not have is a problem, named.
 */
final class RoutingIds {
    private final OrgSnapshot live;
    private final Map<String, String> skillIds;
    private final GenesysGateway gateway;
    private Map<String, String> groupIds;
    private Map<String, String> flowIds;

    RoutingIds(OrgSnapshot live, Map<String, String> skillIds, GenesysGateway gateway) {
        this.live = live;
        this.skillIds = skillIds;
        this.gateway = gateway;
        this.groupIds = live.groupIds();
        this.flowIds = live.flowIds();
    }

    /** The baseline queue's routing by id (with {@code settings}), or the names missing in {@code problems}. */
    QueueDraft draft(QueueSettings settings, ConfigSnapshot.Queue was, List<String> problems) {
        if (!was.routingRecorded()) {
            return new QueueDraft(settings, List.of(), List.of(), null, List.of());
        }
        List<QueueDraft.Ring> rings = new ArrayList<>();
        for (ConfigSnapshot.Ring ring : was.rings()) {
            List<String> ids = new ArrayList<>();
            for (String skill : ring.skillsRemoved()) {
                ids.add(id(skillIds, skill, "skill", problems));
            }
            rings.add(new QueueDraft.Ring(ring.expandAfterSeconds(), ids));
        }
        List<QueueDraft.Rule> rules = new ArrayList<>();
        for (ConfigSnapshot.GroupRule rule : was.groupRules()) {
            String queueId = rule.queue().isEmpty() || rule.queue().equals(settings.name()) ? null
                    : id(live.queueIds(), rule.queue(), "queue", problems);
            rules.add(new QueueDraft.Rule(queueId, metric(rule.metric()), operator(rule.operator()), rule.value(),
                    rule.waitSeconds(), groups(rule.groups(), problems)));
        }
        String flow = null;
        if (was.inQueueFlow() != null && !was.inQueueFlow().isEmpty()) {
            if (!flowIds.containsKey(was.inQueueFlow())) {
                flowIds = readFlows();
            }
            flow = id(flowIds, was.inQueueFlow(), "in-queue flow", problems);
        }
        return new QueueDraft(settings, rings, rules, flow, groups(was.memberGroups(), problems));
    }

    private List<QueueDraft.Group> groups(List<String> keys, List<String> problems) {
        List<QueueDraft.Group> groups = new ArrayList<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            GroupType type = colon < 0 ? null : typeOf(key.substring(0, colon));
            if (type == null) {
                problems.add("member group '" + key + "' is not TYPE:name");
                continue;
            }
            if (!groupIds.containsKey(key)) {
                groupIds = readGroups();
            }
            groups.add(new QueueDraft.Group(id(groupIds, key, "group", problems), type));
        }
        return groups;
    }

    private static GroupType typeOf(String name) {
        for (GroupType type : GroupType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    private Map<String, String> readGroups() {
        Map<String, String> read = new HashMap<>(groupIds);
        for (GroupType type : GroupType.values()) {
            List<NamedEntity> entities = switch (type) {
                case GROUP -> gateway.directory().groups();
                case TEAM -> gateway.directory().teams();
                case SKILLGROUP -> gateway.directory().skillGroups();
            };
            entities.forEach(e -> read.put(type.name() + ":" + e.name(), e.id()));
        }
        return read;
    }

    private Map<String, String> readFlows() {
        Map<String, String> read = new HashMap<>(flowIds);
        gateway.directory().inQueueFlows().forEach(f -> read.put(f.name(), f.id()));
        return read;
    }

    private static String id(Map<String, String> ids, String name, String what, List<String> problems) {
        String id = ids.get(name);
        if (id == null) {
            problems.add("no " + what + " '" + name + "' in the org");
            return name;
        }
        return id;
    }

    private static GroupRoutingRule.Metric metric(String wire) {
        for (GroupRoutingRule.Metric metric : GroupRoutingRule.Metric.values()) {
            if (metric.wire().equals(wire)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("a group rule's metric '" + wire + "' is not one Genesys has");
    }

    private static GroupRoutingRule.Operator operator(String wire) {
        for (GroupRoutingRule.Operator operator : GroupRoutingRule.Operator.values()) {
            if (operator.wire().equals(wire)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("a group rule's operator '" + wire + "' is not one Genesys has");
    }
}
