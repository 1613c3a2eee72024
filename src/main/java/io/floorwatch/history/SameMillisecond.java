package io.floorwatch.history;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps two different states of one agent that Genesys stamps with the same millisecond (an interaction ends and
 * the agent goes to Training at once: IDLE, then OFF_QUEUE, both at T). The state table's key is (agent, time,
 * kind), so the second would be taken for a replay of the first and the agent's final state lost. Here each
 * further state at the same time is stored 1 ms after the one before, in arrival order, so the newest row is the
 * newest state; the same state at the same time again (a replay, a re-seed) gets the time it was stored at and
 * is skipped by the key as before. Remembers the last event time per agent and kind; used on the writer thread.
 */
final class SameMillisecond {
    /** The states stored at one event time, with the time each was stored at. */
    private static final class Tie {
        final long eventTime;
        final Map<String, Long> storedAt = new HashMap<>(2);
        long latest;

        Tie(long eventTime) {
            this.eventTime = eventTime;
        }
    }

    private final Map<Long, Tie> lastByAgentAndKind = new HashMap<>();

    /** The time to store {@code state} at, given its event time. */
    long storedTime(int agentNo, int kind, long eventTime, String state) {
        long key = ((long) agentNo << 1) | kind;
        Tie tie = lastByAgentAndKind.get(key);
        if (tie == null || eventTime > tie.eventTime) {
            // A change right after a tie must still come after the states the tie moved forward.
            long at = tie == null ? eventTime : Math.max(eventTime, tie.latest + 1);
            Tie fresh = new Tie(eventTime);
            fresh.storedAt.put(state, at);
            fresh.latest = at;
            lastByAgentAndKind.put(key, fresh);
            return at;
        }
        if (eventTime < tie.eventTime) {
            return eventTime; // an older event (history catching up): its own time; the key decides.
        }
        Long stored = tie.storedAt.get(state);
        if (stored != null) {
            return stored;
        }
        tie.latest++;
        tie.storedAt.put(state, tie.latest);
        return tie.latest;
    }
}
