package io.floorwatch.ui.shell;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

/**
 * One entry of the navigation: an id for tests and shortcuts, the title shown, the view, and optionally a count
 * the navigation shows as a badge when it is above zero (the alerts waiting for someone).
 */
public record Screen(String id, String title, Node view, ObservableIntegerValue badge) {
    public Screen(String id, String title, Node view) {
        this(id, title, view, null);
    }
}
