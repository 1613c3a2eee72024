package io.floorwatch.domain;

import java.util.List;

/**
 * A queue ready to create: a spec whose names were all resolved to ids. What Floorwatch sends is built from this
 * and nothing else.
 *
 * @param queueFlowId the in-queue flow, or null
 */
public record QueueDraft(QueueSettings settings, List<Ring> rings, List<Rule> rules, String queueFlowId,
        List<Group> memberGroups) {
    /** A bullseye ring: widen after this many seconds, dropping these skills. */
    public record Ring(double expandAfterSeconds, List<String> skillIdsToRemove) {
        public Ring {
            skillIdsToRemove = List.copyOf(skillIdsToRemove);
        }
    }

    /** A conditional group routing rule; {@code queueId} null for the queue itself. */
    public record Rule(String queueId, GroupRoutingRule.Metric metric, GroupRoutingRule.Operator operator,
            double value, int waitSeconds, List<Group> groups) {
        public Rule {
            groups = List.copyOf(groups);
        }
    }

    /** A member group by id. */
    public record Group(String id, GroupType type) {
    }

    public QueueDraft {
        rings = rings == null ? List.of() : List.copyOf(rings);
        rules = rules == null ? List.of() : List.copyOf(rules);
        memberGroups = memberGroups == null ? List.of() : List.copyOf(memberGroups);
    }
}
