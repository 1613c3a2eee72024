package io.floorwatch.emulator.rest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults of the HTTP front, switchable at run time by tests (directly) and by anyone (through the admin
 * endpoint). Counted faults hit the next N matching requests and then stop by themselves.
 */
public final class Faults {
    private final AtomicInteger rateLimitPerMinute;
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger throttleRetryAfterSeconds = new AtomicInteger(1);
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger failStatus = new AtomicInteger(503);
    private final AtomicInteger createdButUnavailable = new AtomicInteger();
    private final AtomicInteger concurrentSkillChange = new AtomicInteger();
    private final AtomicInteger skillConflicts = new AtomicInteger();
    private final AtomicLong latencyMillis = new AtomicLong();
    private final AtomicLong apiRequests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();

    public Faults(int rateLimitPerMinute) {
        this.rateLimitPerMinute = new AtomicInteger(rateLimitPerMinute);
    }

    /** Requests a token may make per minute before it is answered 429 (Genesys' default is 300). */
    public void rateLimit(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 request a minute");
        }
        rateLimitPerMinute.set(perMinute);
    }

    public int rateLimit() {
        return rateLimitPerMinute.get();
    }

    /** The next {@code count} API requests are answered 429 with {@code Retry-After: seconds}. */
    public void throttleNext(int count, int retryAfterSeconds) {
        throttleRetryAfterSeconds.set(retryAfterSeconds);
        throttleNext.set(count);
    }

    /** The next {@code count} API requests fail with {@code status} (a 5xx burst) before doing anything. */
    public void failNext(int count, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be a 5xx");
        }
        failStatus.set(status);
        failNext.set(count);
    }

    /** The next {@code count} creates are carried out and then answered 503, as a gateway timeout would. */
    public void createdButUnavailable(int count) {
        createdButUnavailable.set(count);
    }

    /**
     * The next {@code count} reads of a user's routing skills are followed, right after the answer is built,
     * by a change made "by another admin": the reader now holds a stale view.
     */
    public void concurrentSkillChange(int count) {
        concurrentSkillChange.set(count);
    }

    /** The next {@code count} writes of user routing skills are refused with 409. */
    public void skillConflicts(int count) {
        skillConflicts.set(count);
    }

    /** Every API request waits this long before it is handled. */
    public void latency(Duration latency) {
        latencyMillis.set(Math.max(0, latency.toMillis()));
    }

    public long latencyMillis() {
        return latencyMillis.get();
    }

    /** Clears every HTTP fault (the rate limit stays as configured). */
    public void reset() {
        throttleNext.set(0);
        failNext.set(0);
        createdButUnavailable.set(0);
        concurrentSkillChange.set(0);
        skillConflicts.set(0);
        latencyMillis.set(0);
    }

    void countRequest() {
        apiRequests.incrementAndGet();
    }

    void countThrottled() {
        throttled.incrementAndGet();
    }

    /** API requests received so far (benchmarks read the share answered 429 from these). */
    public long apiRequests() {
        return apiRequests.get();
    }

    /** API requests answered 429, by the per-token budget or an injected throttle. */
    public long throttled() {
        return throttled.get();
    }

    int takeThrottle() {
        return take(throttleNext) ? throttleRetryAfterSeconds.get() : -1;
    }

    int takeFailure() {
        return take(failNext) ? failStatus.get() : -1;
    }

    boolean takeCreatedButUnavailable() {
        return take(createdButUnavailable);
    }

    boolean takeConcurrentSkillChange() {
        return take(concurrentSkillChange);
    }

    boolean takeSkillConflict() {
        return take(skillConflicts);
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** What is switched on now, for the admin endpoint. */
    public String describe() {
        return "rateLimitPerMinute=" + rateLimitPerMinute.get() + ", throttleNext=" + throttleNext.get()
                + ", failNext=" + failNext.get() + " (" + failStatus.get() + ")"
                + ", createdButUnavailable=" + createdButUnavailable.get()
                + ", concurrentSkillChange=" + concurrentSkillChange.get()
                + ", skillConflicts=" + skillConflicts.get() + ", latencyMillis=" + latencyMillis.get();
    }
}
