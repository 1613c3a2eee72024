package io.floorwatch.testkit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which labels show their text cut short: a labeled control whose skin draws less than its text, ending in the
 * ellipsis ("Osc...", "All q..."). Only what is on screen counts: a control hidden, or in a hidden parent, is not
 * looked at. Call on the FX thread.
 */
public final class Clipped {
    private Clipped() {
    }

    /** "text -> shown" for each clipped label among {@code nodes} (empty when every one reads in full). */
    public static List<String> among(Collection<? extends Node> nodes) {
        List<String> clipped = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Labeled labeled) || !onScreen(node) || labeled.getText() == null
                    || labeled.getText().isEmpty()) {
                continue;
            }
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && !drawn.getText().equals(labeled.getText())
                        && drawn.getText().endsWith(labeled.getEllipsisString())) {
                    clipped.add("'" + labeled.getText() + "' shown as '" + drawn.getText() + "'");
                }
            }
        }
        return clipped;
    }

    private static boolean onScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
