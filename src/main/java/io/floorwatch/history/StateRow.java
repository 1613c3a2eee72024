package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;

import java.time.Instant;

/** A stored state event and when Floorwatch stored it. */
public record StateRow(AgentStateEvent event, Instant received) {
    /** The position right after this row, for the next page. */
    public StateCursor cursor() {
        return new StateCursor(event.at().toEpochMilli(), event.agentId(), event.kind().name());
    }
}
