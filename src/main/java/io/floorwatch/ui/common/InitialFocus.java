package io.floorwatch.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.Optional;

/**
 * Where the focus goes when a screen is opened by its shortcut: the control the screen marks (its search box,
 * where a supervisor starts), else the first control a Tab would reach.
 */
public final class InitialFocus {
    /** The style class that marks a screen's first control. */
    static final String STYLE = "initial-focus";

    private InitialFocus() {
    }

    /** Marks the control a screen's shortcut puts the focus in. */
    public static <T extends Node> T mark(T control) {
        control.getStyleClass().add(STYLE);
        return control;
    }

    /** The marked control if it shows, else the first focusable one, depth first. */
    public static Optional<Node> in(Node view) {
        if (view == null) {
            return Optional.empty();
        }
        Node marked = view.lookup("." + STYLE);
        if (marked != null && shown(marked) && marked.isFocusTraversable()) {
            return Optional.of(marked);
        }
        return first(view);
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.isDisabled()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Node> first(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
