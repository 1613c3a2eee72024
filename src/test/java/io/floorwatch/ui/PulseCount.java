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
        onFxThread("take the pulse counter", () -> scene.addPostLayoutPulseListener(count));
        Thread.sleep(span.toMillis());
        onFxThread("let go of the pulse counter", () -> scene.removePostLayoutPulseListener(count));
        return pulses.get();
    }

    private static void onFxThread(String what, Runnable step) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            step.run();
            done.countDown();
        });
        if (!done.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not " + what);
        }
    }
}
