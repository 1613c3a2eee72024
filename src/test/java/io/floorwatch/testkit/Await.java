package io.floorwatch.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits in tests: {@link #until} polls a condition until it holds, failing with what was awaited when it does not
 * within the time given; {@link #quietFor} checks that something stays absent for a window.
 */
public final class Await {
    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    /**
     * Checks that something does not happen within a window: the one wait that must run its whole length, since
     * only time shows an absence. Fails as soon as it happens, naming it.
     */
    public static void quietFor(String what, Duration window, BooleanSupplier happened) throws InterruptedException {
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            if (happened.getAsBoolean()) {
                throw new AssertionError("expected no " + what + " within " + window.toMillis() + " ms, but it came");
            }
            Thread.sleep(50);
        }
        if (happened.getAsBoolean()) {
            throw new AssertionError("expected no " + what + " within " + window.toMillis() + " ms, but it came");
        }
    }
}
