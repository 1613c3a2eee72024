package io.floorwatch.ui.floor;

import io.floorwatch.ui.common.Level;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/** A level shown as a style class on a floor node: "level-WARN" on a row, "duration-ALERT" on a cell. */
final class LevelStyles {
    private LevelStyles() {
    }

    /**
     * Sets the style class {@code prefix + level} (none for OK) in place of the one it had. Touches the class list
     * only when the level changed: every change of it re-applies CSS to the node and repaints all of it, and the
     * time cells call this every second for every visible row (a whole-table repaint per second otherwise).
     */
    static void show(Node node, String prefix, Level level) {
        ObservableList<String> classes = node.getStyleClass();
        boolean warn = classes.contains(prefix + "WARN");
        boolean alert = classes.contains(prefix + "ALERT");
        if (warn == (level == Level.WARN) && alert == (level == Level.ALERT)) {
            return;
        }
        classes.removeAll(prefix + "WARN", prefix + "ALERT");
        if (level != Level.OK) {
            classes.add(prefix + level.name());
        }
    }
}
