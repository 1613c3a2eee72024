package io.floorwatch.history;

/**
 * Where a page ended, in the sort order (time, agent number, kind, all descending): the next page starts after
 * it. Opaque to callers; they pass back what a page gave them.
 */
public record StateCursor(long ts, int agentNo, int kind) {
}
