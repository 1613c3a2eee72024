package io.floorwatch.domain;

import java.time.Instant;
import java.util.Objects;

/** A routing queue as Genesys holds it. */
public record RoutingQueue(String id, QueueSettings settings, int memberCount, int joinedMemberCount, Instant dateModified) {
    public RoutingQueue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settings, "settings");
    }

    public String name() {
        return settings.name();
    }
}
