package io.floorwatch.domain;

import java.util.List;

/**
 * One conditional group routing rule: when {@code metric} of {@code queue} (empty: the queue being created) stands
 * {@code operator} {@code value}, the groups named are added to routing after {@code waitSeconds}
 * (Genesys' {@code conditionalGroupRouting.rules[]}).
 *
 * @param value seconds for estimated wait time, 0 to 1 for service level
 */
public record GroupRoutingRule(String queue, Metric metric, Operator operator, double value, int waitSeconds,
        List<GroupRef> groups) {
    /** What a rule watches. */
    public enum Metric {
        ESTIMATED_WAIT_TIME("EstimatedWaitTime"),
        SERVICE_LEVEL("ServiceLevel");

        private final String wire;

        Metric(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /** How the metric compares with the value. */
    public enum Operator {
        GREATER_THAN("GreaterThan"),
        GREATER_THAN_OR_EQUAL_TO("GreaterThanOrEqualTo"),
        LESS_THAN("LessThan"),
        LESS_THAN_OR_EQUAL_TO("LessThanOrEqualTo");

        private final String wire;

        Operator(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public GroupRoutingRule {
        queue = queue == null ? "" : queue.trim();
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
