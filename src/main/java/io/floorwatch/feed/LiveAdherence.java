package io.floorwatch.feed;

import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentSchedule;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every agent's real-time adherence and published schedule, as the adherence feed last heard, read without locks.
 * Kept apart from the agents themselves (the adherence feed may speak before the agent feed has seeded), but
 * reported through the floor's change log so an agent's row shows a change within the second. A record older than
 * the one held is stale and ignored, so a re-read after a reconnect is safe at any time.
 */
public final class LiveAdherence {
    private final Map<String, Held> adherence = new ConcurrentHashMap<>();
    private final Map<String, AgentSchedule> schedules = new ConcurrentHashMap<>();
    private final Consumer<String> changed;

    /** @param changed told the id of every agent whose adherence or schedule changed */
    LiveAdherence(Consumer<String> changed) {
        this.changed = changed;
    }

    /**
     * A record as held, with when it was applied ({@link System#nanoTime()}): the floor measures how long a change
     * takes to reach the screen from then.
     */
    public record Held(Adherence adherence, long appliedNanos) {
    }

    /** Applies one record; true when it changed what the floor shows. */
    public boolean apply(Adherence record) {
        boolean[] applied = new boolean[1];
        long nanos = System.nanoTime();
        adherence.compute(record.userId(), (id, held) -> {
            if (held != null && (record.changedAt().isBefore(held.adherence().changedAt())
                    || record.sameAs(held.adherence()))) {
                return held;
            }
            applied[0] = true;
            return new Held(record, nanos);
        });
        if (applied[0]) {
            changed.accept(record.userId());
        }
        return applied[0];
    }

    /** Replaces the schedules of the agents these belong to (a unit's read); others keep theirs. */
    public void putSchedules(Collection<AgentSchedule> read) {
        for (AgentSchedule schedule : read) {
            AgentSchedule before = schedules.put(schedule.userId(), schedule);
            if (!schedule.equals(before)) {
                changed.accept(schedule.userId());
            }
        }
    }

    public Optional<Adherence> of(String userId) {
        Held held = adherence.get(userId);
        return held == null ? Optional.empty() : Optional.of(held.adherence());
    }

    /** The record held for the agent with when it was applied; null when none. */
    public Held held(String userId) {
        return adherence.get(userId);
    }

    public Optional<AgentSchedule> scheduleOf(String userId) {
        return Optional.ofNullable(schedules.get(userId));
    }

    public int size() {
        return adherence.size();
    }

    void clear() {
        adherence.clear();
        schedules.clear();
    }
}
