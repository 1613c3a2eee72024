package io.floorwatch.emulator.org;

import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A queue's joined members who are on queue now, counted by routing status: what queue observations report as
 * {@code oOnQueueUsers} and {@code oUserRoutingStatuses}, and what the simulated metrics feed publishes.
 */
public record MemberStatuses(int onQueue, Map<RoutingStatus, Integer> byStatus) {

    public static MemberStatuses of(OrgDirectory org, EmQueue queue) {
        Map<RoutingStatus, Integer> statuses = new EnumMap<>(RoutingStatus.class);
        int onQueue = 0;
        for (EmQueue.Member member : queue.members()) {
            EmUser user = member.joined() ? org.user(member.userId()).orElse(null) : null;
            if (user != null) {
                EmUser.Status status = user.status();
                if (status.presence() == SystemPresence.ON_QUEUE) {
                    onQueue++;
                    statuses.merge(status.routingStatus(), 1, Integer::sum);
                }
            }
        }
        return new MemberStatuses(onQueue, Collections.unmodifiableMap(statuses));
    }

    public int count(RoutingStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
