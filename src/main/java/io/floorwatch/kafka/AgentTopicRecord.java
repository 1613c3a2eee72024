package io.floorwatch.kafka;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.CollectorHeartbeat;

/** What the collector's agent-state topic carries: agents' state events, and the collector's heartbeats. */
public sealed interface AgentTopicRecord {
    record State(AgentStateEvent event) implements AgentTopicRecord {
    }

    record Heartbeat(CollectorHeartbeat heartbeat) implements AgentTopicRecord {
    }
}
