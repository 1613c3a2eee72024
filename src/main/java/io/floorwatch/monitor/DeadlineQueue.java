package io.floorwatch.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * At most one deadline per key, ordered by time: scheduling, moving and cancelling a deadline cost O(log n), and
 * taking the ones that are due costs O(log n) each. Not thread-safe; the monitor's thread owns it.
 */
final class DeadlineQueue {
    private record Entry(long at, long order, String key) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private final TreeSet<Entry> byTime = new TreeSet<>();
    private final Map<String, Entry> byKey = new HashMap<>();
    private long order;

    /** Sets (or moves) the key's deadline. */
    void schedule(String key, Instant at) {
        cancel(key);
        Entry entry = new Entry(at.toEpochMilli(), order++, key);
        byTime.add(entry);
        byKey.put(key, entry);
    }

    void cancel(String key) {
        Entry old = byKey.remove(key);
        if (old != null) {
            byTime.remove(old);
        }
    }

    /** Removes and returns the keys whose deadline is at or before {@code now}, earliest first. */
    List<String> takeDue(Instant now) {
        List<String> due = new ArrayList<>();
        long millis = now.toEpochMilli();
        while (!byTime.isEmpty() && byTime.first().at() <= millis) {
            Entry entry = byTime.pollFirst();
            byKey.remove(entry.key());
            due.add(entry.key());
        }
        return due;
    }

    /** The earliest deadline, or null when none is set. */
    Instant next() {
        return byTime.isEmpty() ? null : Instant.ofEpochMilli(byTime.first().at());
    }

    int size() {
        return byKey.size();
    }

    void clear() {
        byTime.clear();
        byKey.clear();
    }
}
