package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;

import java.time.Instant;

/**
 * A stored state event and when Floorwatch stored it.
 *
 * @param cursor the position right after this row, for the next page
 */
public record StateRow(AgentStateEvent event, Instant received, StateCursor cursor) {
}
