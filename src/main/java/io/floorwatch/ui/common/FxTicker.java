package io.floorwatch.ui.common;

import io.floorwatch.base.DaemonThreads;
import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action on the FX thread at a fixed period: the coalescing bridge's clock. Unlike a running Timeline,
 * it does not keep JavaFX pulsing 60 times a second between ticks, and a tick is never queued while the previous
 * one still waits for the FX thread, so a busy FX thread skips ticks instead of piling them up.
 */
public final class FxTicker implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final AtomicBoolean queued = new AtomicBoolean();

    public FxTicker(String name, Duration period, Runnable onFxThread) {
        timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
        timer.scheduleAtFixedRate(() -> {
            if (queued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    onFxThread.run();
                });
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
