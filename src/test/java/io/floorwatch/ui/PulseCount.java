package io.floorwatch.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts a scene's pulses over a while: an idle window pulses only when something on it changes. */
final class PulseCount {
    private PulseCount() {
    }

    static int over(Scene scene, Duration span) throws InterruptedException {
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        CountDownLatch added = new CountDownLatch(1);
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(count);
            added.countDown();
        });
        if (!added.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not take the pulse counter");
        }
        Thread.sleep(span.toMillis());
        CountDownLatch removed = new CountDownLatch(1);
        Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(count);
            removed.countDown();
        });
        if (!removed.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not let go of the pulse counter");
        }
        return pulses.get();
    }
}
