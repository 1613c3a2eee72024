package io.floorwatch.feed;

import java.util.concurrent.atomic.AtomicLongArray;

/** Events per second over the last few whole seconds, counted in one-second buckets without locks. */
final class EventRate {
    private static final int SECONDS = 5;
    private final AtomicLongArray counts = new AtomicLongArray(SECONDS + 1);
    private final AtomicLongArray stamps = new AtomicLongArray(SECONDS + 1);

    void add(long nowMillis, int events) {
        long second = nowMillis / 1000;
        int slot = (int) (second % counts.length());
        if (stamps.get(slot) != second) {
            stamps.set(slot, second);
            counts.set(slot, 0);
        }
        counts.addAndGet(slot, events);
    }

    /** The mean over the last {@value #SECONDS} complete seconds. */
    double perSecond(long nowMillis) {
        long current = nowMillis / 1000;
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            long second = stamps.get(i);
            if (second < current && second >= current - SECONDS) {
                total += counts.get(i);
            }
        }
        return total / (double) SECONDS;
    }
}
