package io.floorwatch.base;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for the executors the services own, and how an owner stops one. Every thread is a daemon (a forgotten executor never keeps
 * the app from exiting; its owner still closes it) and carries a name that says whose it is, which is what a
 * thread dump and the shutdown tests read.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Threads all called {@code name}: for an owner that runs one thread at a time. */
    public static ThreadFactory named(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Threads called {@code prefix-1}, {@code prefix-2}, ...: for a pool. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Lets the executor finish the task under way for up to {@code seconds}, then interrupts it: the way an owner's
     * {@code close()} stops its thread. Keeps the caller's interrupt.
     */
    public static void stop(ExecutorService executor, long seconds) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(seconds, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
