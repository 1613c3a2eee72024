package io.floorwatch.emulator.org;

import io.floorwatch.domain.MediaType;

import java.util.EnumMap;
import java.util.Map;

/**
 * A queue's finished work counted per minute and media, for a window of the most recent minutes: offered,
 * answered (and within the media's service-level target), abandoned, and the summed times analytics reports (wait
 * before answer, talk, hold, after-call work, handle). Thread-safe; the minute is whatever clock the caller keys it
 * by (the simulator's for its own rates, the machine's for the analytics queries).
 */
public final class QueueStats {
    /** The sums for one media over a span of minutes. */
    public static final class Totals {
        public long offered;
        public long answered;
        public long answeredInTarget;
        public long abandoned;
        public long abandonMillis;
        public long answerWaitMillis;
        public long handled;
        public long talkMillis;
        public long held;
        public long holdMillis;
        public long acwCount;
        public long acwMillis;
        public long handleMillis;

        void add(Totals other) {
            offered += other.offered;
            answered += other.answered;
            answeredInTarget += other.answeredInTarget;
            abandoned += other.abandoned;
            abandonMillis += other.abandonMillis;
            answerWaitMillis += other.answerWaitMillis;
            handled += other.handled;
            talkMillis += other.talkMillis;
            held += other.held;
            holdMillis += other.holdMillis;
            acwCount += other.acwCount;
            acwMillis += other.acwMillis;
            handleMillis += other.handleMillis;
        }

        /** Answered within target over answered; 1.0 when nothing was answered. */
        public double serviceLevel() {
            return answered == 0 ? 1.0 : (double) answeredInTarget / answered;
        }
    }

    private final int window;
    private final long[] minuteOf;
    private final Map<MediaType, Totals>[] slots;

    @SuppressWarnings("unchecked")
    public QueueStats(int windowMinutes) {
        this.window = windowMinutes;
        this.minuteOf = new long[windowMinutes];
        java.util.Arrays.fill(minuteOf, Long.MIN_VALUE);
        this.slots = new Map[windowMinutes];
    }

    private Totals at(long minute, MediaType media) {
        int slot = (int) Math.floorMod(minute, (long) window);
        if (minuteOf[slot] != minute) {
            minuteOf[slot] = minute;
            slots[slot] = new EnumMap<>(MediaType.class);
        }
        return slots[slot].computeIfAbsent(media, k -> new Totals());
    }

    public synchronized void offered(long minute, MediaType media) {
        at(minute, media).offered++;
    }

    public synchronized void answered(long minute, MediaType media, long waitedMillis, boolean inTarget) {
        Totals t = at(minute, media);
        t.answered++;
        t.answerWaitMillis += waitedMillis;
        if (inTarget) {
            t.answeredInTarget++;
        }
    }

    public synchronized void abandoned(long minute, MediaType media, long waitedMillis) {
        Totals t = at(minute, media);
        t.abandoned++;
        t.abandonMillis += waitedMillis;
    }

    /** One interaction finished: its talk, hold (if any) and after-call work. */
    public synchronized void handled(long minute, MediaType media, long talkMillis, long holdMillis,
            long acwMillis) {
        Totals t = at(minute, media);
        t.handled++;
        t.talkMillis += talkMillis;
        if (holdMillis > 0) {
            t.held++;
            t.holdMillis += holdMillis;
        }
        t.acwCount++;
        t.acwMillis += acwMillis;
        t.handleMillis += talkMillis + holdMillis + acwMillis;
    }

    /** The sums per media over minutes {@code from} to {@code to} (both included) that the window still holds. */
    public synchronized Map<MediaType, Totals> sum(long from, long to) {
        Map<MediaType, Totals> sums = new EnumMap<>(MediaType.class);
        for (int slot = 0; slot < window; slot++) {
            if (minuteOf[slot] >= from && minuteOf[slot] <= to && slots[slot] != null) {
                slots[slot].forEach((media, t) -> sums.computeIfAbsent(media, k -> new Totals()).add(t));
            }
        }
        return sums;
    }

    /** The sums over every media, minutes {@code from} to {@code to} (both included). */
    public synchronized Totals total(long from, long to) {
        Totals total = new Totals();
        sum(from, to).values().forEach(total::add);
        return total;
    }
}
