package io.floorwatch.history;

import java.time.Instant;

/**
 * The queue sample key (migration V3): {@code queue_no * 2^43 + ts * 2 + source}, so that one BIGINT is both the
 * sample's identity and its order (queue, then time). Sample times must fall in [1970, 2109); queue numbers below
 * 2^20 (a million queues).
 */
final class SampleKeys {
    private static final int TIME_BITS = 42;
    private static final long MAX_TS = 1L << TIME_BITS;
    private static final int MAX_QUEUE_NO = 1 << 20;

    private SampleKeys() {
    }

    static long of(int queueNo, long ts, int source) {
        if (ts < 0 || ts >= MAX_TS) {
            throw new IllegalArgumentException("sample time " + Instant.ofEpochMilli(ts)
                    + " is outside 1970..2109");
        }
        if (queueNo < 0 || queueNo >= MAX_QUEUE_NO) {
            throw new IllegalArgumentException("queue number " + queueNo + " is beyond the " + MAX_QUEUE_NO
                    + " queues history can key");
        }
        return ((long) queueNo << (TIME_BITS + 1)) | (ts << 1) | (source & 1);
    }

    /** The first key of a queue's samples at or after {@code ts}. */
    static long from(int queueNo, long ts) {
        return of(queueNo, Math.max(0, Math.min(ts, MAX_TS - 1)), 0);
    }

    static long ts(long key) {
        return (key >>> 1) & (MAX_TS - 1);
    }

    static int source(long key) {
        return (int) (key & 1);
    }
}
