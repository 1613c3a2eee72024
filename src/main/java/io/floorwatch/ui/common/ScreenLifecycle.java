package io.floorwatch.ui.common;

/**
 * A screen whose timers or subscriptions should run only while it shows: the shell calls {@link #activate} on the
 * screen it shows and {@link #deactivate} on the one it leaves (and on the shown one when the window goes away).
 * Both run on the FX thread and may be called again in the same state (a second call does nothing).
 * What must go on while a screen is hidden (a navigation badge's count, toasts) does not belong to it.
 */
public interface ScreenLifecycle {
    /** The screen now shows: starts its timers and refreshes at once. */
    void activate();

    /** The screen no longer shows: stops its timers. */
    void deactivate();
}
