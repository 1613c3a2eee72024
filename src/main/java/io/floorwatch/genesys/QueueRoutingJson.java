package io.floorwatch.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueSettings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A queue's routing beyond its settings, read from and written to the queue's JSON as the SDK's {@code Queue}
 * and {@code CreateQueueRequest} spell it (see the wire notes, "Queue routing"): {@code bullseye.rings[]}
 * ({@code expansionCriteria[]} of type {@code TIMEOUT_SECONDS}, {@code actions.skillsToRemove[].id}),
 * {@code conditionalGroupRouting.rules[]} ({@code queue.id}, {@code metric}, {@code operator},
 * {@code conditionValue}, {@code waitSeconds}, {@code groups[]}), {@code queueFlow.id} and
 * {@code memberGroups[]} ({@code id}, {@code type}).
 */
final class QueueRoutingJson {
    private QueueRoutingJson() {
    }

    static QueueDraft read(QueueSettings settings, JsonNode queue) {
        List<QueueDraft.Ring> rings = new ArrayList<>();
        for (JsonNode ring : queue.path("bullseye").path("rings")) {
            double after = 0;
            for (JsonNode criterion : ring.path("expansionCriteria")) {
                if ("TIMEOUT_SECONDS".equals(criterion.path("type").asText())) {
                    after = criterion.path("threshold").asDouble();
                }
            }
            List<String> removed = new ArrayList<>();
            ring.path("actions").path("skillsToRemove").forEach(skill -> removed.add(skill.path("id").asText()));
            rings.add(new QueueDraft.Ring(after, removed));
        }
        List<QueueDraft.Rule> rules = new ArrayList<>();
        for (JsonNode rule : queue.path("conditionalGroupRouting").path("rules")) {
            String queueId = rule.path("queue").path("id").asText("");
            rules.add(new QueueDraft.Rule(queueId.isEmpty() ? null : queueId, metric(rule.path("metric").asText()),
                    operator(rule.path("operator").asText()), rule.path("conditionValue").asDouble(),
                    rule.path("waitSeconds").asInt(), groups(rule.path("groups"))));
        }
        String flow = queue.path("queueFlow").path("id").asText("");
        return new QueueDraft(settings, rings, rules, flow.isEmpty() ? null : flow, groups(queue.path("memberGroups")));
    }

    private static List<QueueDraft.Group> groups(JsonNode groups) {
        List<QueueDraft.Group> read = new ArrayList<>();
        for (JsonNode group : groups) {
            String type = group.path("type").asText("");
            for (GroupType known : GroupType.values()) {
                if (known.name().equalsIgnoreCase(type)) {
                    read.add(new QueueDraft.Group(group.path("id").asText(), known));
                }
            }
        }
        return read;
    }

    private static GroupRoutingRule.Metric metric(String wire) {
        for (GroupRoutingRule.Metric metric : GroupRoutingRule.Metric.values()) {
            if (metric.wire().equals(wire)) {
                return metric;
            }
        }
        return GroupRoutingRule.Metric.ESTIMATED_WAIT_TIME;
    }

    private static GroupRoutingRule.Operator operator(String wire) {
        for (GroupRoutingRule.Operator operator : GroupRoutingRule.Operator.values()) {
            if (operator.wire().equals(wire)) {
                return operator;
            }
        }
        return GroupRoutingRule.Operator.GREATER_THAN;
    }

    /** The parts a create sends: those with something in them (the rest take Genesys' defaults). */
    static Set<RoutingPart> present(QueueDraft draft) {
        Set<RoutingPart> parts = EnumSet.noneOf(RoutingPart.class);
        if (!draft.rings().isEmpty()) {
            parts.add(RoutingPart.RINGS);
        }
        if (!draft.rules().isEmpty()) {
            parts.add(RoutingPart.GROUP_RULES);
        }
        if (draft.queueFlowId() != null) {
            parts.add(RoutingPart.IN_QUEUE_FLOW);
        }
        if (!draft.memberGroups().isEmpty()) {
            parts.add(RoutingPart.MEMBER_GROUPS);
        }
        return parts;
    }

    /** Writes {@code parts} of the routing into {@code body}, an empty part as empty (an update that clears it). */
    static void write(QueueDraft draft, ObjectNode body, Set<RoutingPart> parts) {
        if (parts.contains(RoutingPart.RINGS)) {
            ArrayNode rings = body.putObject("bullseye").putArray("rings");
            for (QueueDraft.Ring ring : draft.rings()) {
                ObjectNode node = rings.addObject();
                ObjectNode criterion = node.putArray("expansionCriteria").addObject();
                criterion.put("type", "TIMEOUT_SECONDS");
                criterion.put("threshold", ring.expandAfterSeconds());
                ArrayNode remove = node.putObject("actions").putArray("skillsToRemove");
                ring.skillIdsToRemove().forEach(id -> remove.addObject().put("id", id));
            }
        }
        if (parts.contains(RoutingPart.GROUP_RULES)) {
            ArrayNode rules = body.putObject("conditionalGroupRouting").putArray("rules");
            for (QueueDraft.Rule rule : draft.rules()) {
                ObjectNode node = rules.addObject();
                if (rule.queueId() != null) {
                    node.putObject("queue").put("id", rule.queueId());
                }
                node.put("metric", rule.metric().wire());
                node.put("operator", rule.operator().wire());
                node.put("conditionValue", rule.value());
                node.put("waitSeconds", rule.waitSeconds());
                writeGroups(node.putArray("groups"), rule.groups());
            }
        }
        if (parts.contains(RoutingPart.IN_QUEUE_FLOW)) {
            if (draft.queueFlowId() != null) {
                body.putObject("queueFlow").put("id", draft.queueFlowId());
            } else {
                body.remove("queueFlow");
            }
        }
        if (parts.contains(RoutingPart.MEMBER_GROUPS)) {
            writeGroups(body.putArray("memberGroups"), draft.memberGroups());
        }
    }

    private static void writeGroups(ArrayNode target, List<QueueDraft.Group> groups) {
        for (QueueDraft.Group group : groups) {
            ObjectNode node = target.addObject();
            node.put("id", group.id());
            node.put("type", group.type().name());
        }
    }
}
