package io.floorwatch.ui.shell;

import javafx.scene.Node;

/** One entry of the navigation: an id for tests and shortcuts, the title shown, and the view. */
public record Screen(String id, String title, Node view) {
}
