package io.floorwatch.history;

/** Where a page ended, in the sort order (time, agent, kind, all descending): the next page starts after it. */
public record StateCursor(long ts, String agentId, String kind) {
}
