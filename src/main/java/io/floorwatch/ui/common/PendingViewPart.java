package io.floorwatch.ui.common;

import java.util.List;

/**
 * A screen's part of the views for a screen built the first time it is shown: a view switched to before then is
 * kept, and shown when the screen is built ({@link #attach}); until then the view kept is what the screen "shows".
 * Used on the FX thread only.
 */
public final class PendingViewPart<T> implements ViewPart<T> {
    private ViewPart<T> screen;
    private T pending;

    /** The screen is built: it shows the view switched to meanwhile, if any, and answers from now on. */
    public void attach(ViewPart<T> built) {
        screen = built;
        if (pending != null) {
            built.apply(pending);
            pending = null;
        }
    }

    @Override
    public T capture() {
        return screen == null ? pending : screen.capture();
    }

    @Override
    public List<String> apply(T saved) {
        if (screen == null) {
            pending = saved;
            return List.of();
        }
        return screen.apply(saved);
    }

    @Override
    public List<String> problems(T saved) {
        return screen == null ? List.of() : screen.problems(saved);
    }
}
