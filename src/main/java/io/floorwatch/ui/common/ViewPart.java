package io.floorwatch.ui.common;

import java.util.List;

/**
 * A screen's part of a saved view: what the screen shows now (filters, columns, sort), and showing a saved one.
 * The saved views' ViewModel holds one per screen and knows nothing else of the screens.
 *
 * @param <T> the screen's part of a view, as the settings keep it
 */
public interface ViewPart<T> {
    /** What the screen shows now; null when it has nothing of its own yet (a screen never built). */
    T capture();

    /**
     * Shows the saved part.
     *
     * @return what of it could not be shown, one sentence each; empty when all of it shows
     */
    List<String> apply(T saved);

    /** What of a saved part this screen would not show (a filter value it does not know), one sentence each. */
    default List<String> problems(T saved) {
        return List.of();
    }
}
