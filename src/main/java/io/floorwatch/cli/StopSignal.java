package io.floorwatch.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells long-running commands to stop: released by the JVM's shutdown hook (Ctrl-C) or by a test. */
public final class StopSignal {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public void release() {
        stop.countDown();
    }

    public void await() throws InterruptedException {
        stop.await();
    }

    /** Waits until released or until {@code timeout} passes; true when released. */
    public boolean await(Duration timeout) throws InterruptedException {
        return stop.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the command has been told to stop (a long run checks between steps). */
    public boolean released() {
        return stop.getCount() == 0;
    }

    /** Called by the command once it has closed everything. */
    public void done() {
        stopped.countDown();
    }

    /** Waits (bounded) for the command to finish closing. */
    public boolean awaitDone(long seconds) throws InterruptedException {
        return stopped.await(seconds, TimeUnit.SECONDS);
    }
}
