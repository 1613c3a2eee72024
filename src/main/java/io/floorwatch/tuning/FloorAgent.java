package io.floorwatch.tuning;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;

import java.time.Instant;
import java.util.List;

/**
 * An agent as recommendations see them: who, doing what since when, in which queues. The caller takes it from the
 * live floor (tuning does not reach into the feeds).
 */
public record FloorAgent(Agent agent, Activity activity, Instant since, List<String> queues) {
    public FloorAgent {
        queues = List.copyOf(queues);
    }

    public String id() {
        return agent.id();
    }
}
