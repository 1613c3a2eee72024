package io.floorwatch.provisioning;

import io.floorwatch.domain.RoutingQueue;

import java.util.List;

/** A queue edit that was written: told to the change webhook and to the live queue directory (a rename shows). */
public record QueueEdited(RoutingQueue queue, List<FieldChange> changes, long latencyMillis) {
    public QueueEdited {
        changes = List.copyOf(changes);
    }

    public String queueId() {
        return queue.id();
    }

    public String name() {
        return queue.name();
    }
}
