package io.floorwatch.kafka;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.domain.InteractionEvent;

/**
 * What the collector's agent-state topic carries: agents' state events, changes to their interactions, and the
 * collector's heartbeats.
 */
public sealed interface AgentTopicRecord {
    record State(AgentStateEvent event) implements AgentTopicRecord {
    }

    record Interaction(InteractionEvent event) implements AgentTopicRecord {
    }

    record Heartbeat(CollectorHeartbeat heartbeat) implements AgentTopicRecord {
    }
}
