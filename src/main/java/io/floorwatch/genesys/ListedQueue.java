package io.floorwatch.genesys;

import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.RoutingQueue;

/**
 * A queue as the listing returns it, with the routing beyond its settings by id ({@code bullseye.rings},
 * {@code conditionalGroupRouting.rules}, {@code queueFlow}, {@code memberGroups}): what provisioning writes and
 * drift compares. {@code routing.settings()} repeats {@code queue.settings()}.
 */
public record ListedQueue(RoutingQueue queue, QueueDraft routing) {
}
