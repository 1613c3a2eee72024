package io.floorwatch.domain;

import java.util.Map;

/**
 * A queue's real-time observation (Genesys' queue observation query or notification): who is on it and what
 * waits. A notification carries one group of the queue: its members (no media) or one media's conversations;
 * a query result adds every group up.
 *
 * @param routingStatuses  on-queue members per routing status
 * @param members          whether it says anything of the members (their counts and statuses)
 * @param byMedia          per media it speaks of (analytics' name, "voice"), {waiting, interacting}: every media
 *                         of a query result, the one media of a notification's conversation group, none of a
 *                         notification's members group
 * @param requestedSkillId the skill the most waiting conversations ask for, from the waiting detail; null if none
 */
public record QueueObservation(
        String queueId,
        int memberUsers,
        int onQueueUsers,
        int offQueueUsers,
        Map<RoutingStatus, Integer> routingStatuses,
        int waiting,
        int interacting,
        long longestWaitingMs,
        boolean members,
        Map<String, int[]> byMedia,
        String requestedSkillId) {
    public QueueObservation {
        routingStatuses = Map.copyOf(routingStatuses);
        byMedia = Map.copyOf(byMedia);
    }

    public int count(RoutingStatus status) {
        return routingStatuses.getOrDefault(status, 0);
    }
}
