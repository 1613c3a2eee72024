package io.floorwatch.drift;

import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.NamedEntity;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.genesys.Directory;
import io.floorwatch.genesys.ListedQueue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts names on a queue's routing as the org holds it by id (skills, queues, groups, teams, skill groups, the
 * in-queue flow), so a snapshot of one org compares with another's; and keeps the ids behind the names for a
 * revert. The directory is read only for what some queue names (most orgs name no member groups at all).
 */
final class RoutingNames {
    private final Map<String, String> skillNames;
    private final Map<String, String> queueNames;
    private final Map<String, String> groupNames = new HashMap<>();
    private final Map<String, String> groupIds = new HashMap<>();
    private final Map<String, String> flowNames = new HashMap<>();
    private final Map<String, String> flowIds = new HashMap<>();

    RoutingNames(Directory directory, Map<String, String> skillNames, Map<String, String> queueNames,
            List<ListedQueue> queues) {
        this.skillNames = skillNames;
        this.queueNames = queueNames;
        boolean groups = queues.stream().anyMatch(q -> !q.routing().memberGroups().isEmpty()
                || q.routing().rules().stream().anyMatch(r -> !r.groups().isEmpty()));
        if (groups) {
            index(GroupType.GROUP, directory.groups());
            index(GroupType.TEAM, directory.teams());
            index(GroupType.SKILLGROUP, directory.skillGroups());
        }
        if (queues.stream().anyMatch(q -> q.routing().queueFlowId() != null)) {
            for (NamedEntity flow : directory.inQueueFlows()) {
                flowNames.put(flow.id(), flow.name());
                flowIds.put(flow.name(), flow.id());
            }
        }
    }

    private void index(GroupType type, List<NamedEntity> entities) {
        for (NamedEntity entity : entities) {
            String key = type.name() + ":" + entity.name();
            groupNames.put(type.name() + ":" + entity.id(), key);
            groupIds.put(key, entity.id());
        }
    }

    /**
     * {@code queue} with the routing of {@code routing} by names; an id without a name stays an id, and a rule on
     * the queue itself (its own id) reads as on "this queue", so a snapshot of another org compares.
     */
    ConfigSnapshot.Queue withRouting(String queueId, ConfigSnapshot.Queue queue, QueueDraft routing) {
        List<ConfigSnapshot.Ring> rings = routing.rings().stream().map(ring -> new ConfigSnapshot.Ring(
                ring.expandAfterSeconds(), ring.skillIdsToRemove().stream()
                        .map(id -> skillNames.getOrDefault(id, id)).toList())).toList();
        List<ConfigSnapshot.GroupRule> rules = routing.rules().stream().map(rule -> new ConfigSnapshot.GroupRule(
                rule.queueId() == null || rule.queueId().equals(queueId) ? ""
                        : queueNames.getOrDefault(rule.queueId(), rule.queueId()),
                rule.metric().wire(), rule.operator().wire(), rule.value(), rule.waitSeconds(),
                names(rule.groups()))).toList();
        String flow = routing.queueFlowId() == null ? "" : flowNames.getOrDefault(routing.queueFlowId(),
                routing.queueFlowId());
        return new ConfigSnapshot.Queue(queue.description(), queue.division(), queue.skillEvaluationMethod(),
                queue.wrapupPrompt(), queue.acwTimeoutMs(), queue.media(), queue.members(), rings, rules, flow,
                names(routing.memberGroups()));
    }

    private List<String> names(List<QueueDraft.Group> groups) {
        return groups.stream().map(g -> groupNames.getOrDefault(g.type().name() + ":" + g.id(),
                g.type().name() + ":" + g.id())).toList();
    }

    Map<String, String> groupIds() {
        return groupIds;
    }

    Map<String, String> flowIds() {
        return flowIds;
    }
}
