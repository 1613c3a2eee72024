package io.floorwatch.ui.common;

import javafx.scene.Scene;

import java.util.function.BooleanSupplier;

/** Work that waits for the scene to be laid out: tried after each layout pulse until it says it is done. */
public final class OnPulse {
    private OnPulse() {
    }

    /** Runs {@code step} after every layout pulse of {@code scene} until it returns true, then no longer. */
    public static void until(Scene scene, BooleanSupplier step) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (step.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
