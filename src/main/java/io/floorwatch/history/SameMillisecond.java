package io.floorwatch.history;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps two different states of one agent that Genesys stamps with the same millisecond (an interaction ends and
 * the agent goes to Training at once: IDLE, then OFF_QUEUE, both at T). The state table's key is (agent, time,
 * kind), so the second would be taken for a replay of the first and the agent's final state lost. Here each
 * further state at the same time is stored 1 ms after the one before, in arrival order, so the newest row is the
 * newest state; the same state at the same time again (a replay, a re-seed) gets the time it was stored at and
 * is skipped by the key as before. Remembers the last event time per agent and kind; used on the writer thread.
 */
final class SameMillisecond {
    /**
     * The states stored at one event time, with the time each was stored at. One per agent and kind, reset in
     * place for each new event time and holding its first state in fields: a fresh object (and map) per event
     * lived about as long as the agent's next event, so at 50,000 agents the young collector copied some 100,000
     * of them on and on (the ingest benchmark spent more than twice the raw insert's time in GC).
     */
    private static final class Tie {
        long eventTime;
        String firstState;
        long firstAt;
        /** Further states at the same time (rare), or null. */
        Map<String, Long> more;
        long latest;

        void reset(long time, String state, long at) {
            eventTime = time;
            firstState = state;
            firstAt = at;
            more = null;
            latest = at;
        }

        Long storedAt(String state) {
            if (Objects.equals(state, firstState)) {
                return firstAt;
            }
            return more == null ? null : more.get(state);
        }

        void add(String state, long at) {
            if (more == null) {
                more = new HashMap<>(4);
            }
            more.put(state, at);
            latest = at;
        }
    }

    private final Map<Long, Tie> lastByAgentAndKind = new HashMap<>();

    /** The time to store {@code state} at, given its event time. */
    long storedTime(int agentNo, int kind, long eventTime, String state) {
        long key = ((long) agentNo << 1) | kind;
        Tie tie = lastByAgentAndKind.get(key);
        if (tie == null) {
            tie = new Tie();
            tie.reset(eventTime, state, eventTime);
            lastByAgentAndKind.put(key, tie);
            return eventTime;
        }
        if (eventTime > tie.eventTime) {
            // A change right after a tie must still come after the states the tie moved forward.
            long at = Math.max(eventTime, tie.latest + 1);
            tie.reset(eventTime, state, at);
            return at;
        }
        if (eventTime < tie.eventTime) {
            return eventTime; // an older event (history catching up): its own time; the key decides.
        }
        Long stored = tie.storedAt(state);
        if (stored != null) {
            return stored;
        }
        tie.add(state, tie.latest + 1);
        return tie.latest;
    }
}
