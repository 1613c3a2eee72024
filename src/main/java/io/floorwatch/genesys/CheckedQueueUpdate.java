package io.floorwatch.genesys;

import io.floorwatch.domain.RoutingQueue;

/**
 * What a checked queue edit found and did: the queue as read just before the write, and the queue as written, or
 * null when the check refused to write because the queue had changed since the editor opened it.
 */
public record CheckedQueueUpdate(ListedQueue current, RoutingQueue written) {
    public boolean refused() {
        return written == null;
    }
}
