package io.floorwatch.domain;

import java.util.Map;

/**
 * A queue's real-time observation (Genesys' queue observation query): who is on it and what waits.
 *
 * @param routingStatuses on-queue members per routing status
 */
public record QueueObservation(
        String queueId,
        int memberUsers,
        int onQueueUsers,
        int offQueueUsers,
        Map<RoutingStatus, Integer> routingStatuses,
        int waiting,
        int interacting,
        long longestWaitingMs) {
    public QueueObservation {
        routingStatuses = Map.copyOf(routingStatuses);
    }

    public int count(RoutingStatus status) {
        return routingStatuses.getOrDefault(status, 0);
    }
}
