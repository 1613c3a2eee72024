package io.floorwatch.history;

import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;

import java.time.Instant;

/**
 * What the alert center's past alerts and the export ask for.
 *
 * @param agent     part of the agent's name or id, any case; null or blank for every agent
 * @param status    null for any
 * @param condition null for any
 * @param from      raised at or after, or null
 * @param to        raised before, or null
 */
public record AlertQuery(String agent, AlertStatus status, AlertCondition condition, Instant from, Instant to) {
    public AlertQuery {
        agent = agent == null ? "" : agent.trim();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range is empty: 'from' (" + from
                    + ") must be before 'to' (" + to + ")");
        }
    }

    public static AlertQuery all() {
        return new AlertQuery(null, null, null, null, null);
    }
}
