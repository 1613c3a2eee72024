package io.floorwatch.ui.floor;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.util.Callback;

import java.util.function.Function;

/**
 * List cells whose words wrap at the list's width, for the agent pane's narrow lists. A list asks a cell for its
 * height with no width, so a cell's own text, wrap set or not, stayed one line a row and ended in "..." (or the list
 * scrolled sideways); a {@link Text} wraps at the width it is given whatever it is asked.
 */
final class WrappingCells {
    /** Beside the words in a cell: its padding, the list's scroll bar, and a little air. */
    private static final double BESIDE = 30;
    /** Between a mark (an activity's dot) and the words. */
    private static final double GAP = 6;

    private WrappingCells() {
    }

    /**
     * @param words     what a cell says for an item
     * @param mark      a node shown before the words (made per item), or null for none
     * @param markWidth the room the mark takes
     */
    static <T> Callback<ListView<T>, ListCell<T>> of(Function<T, String> words, Function<T, Node> mark,
            double markWidth) {
        return list -> new ListCell<>() {
            private final Text text = new Text();

            {
                // The words look as the cell's own would: its font and its colour (which selection and theme set).
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                text.wrappingWidthProperty().bind(list.widthProperty().subtract(BESIDE
                        + (mark == null ? 0 : markWidth + GAP)));
                // No width asked for: the list keeps to its own rather than scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(words.apply(item));
                setGraphic(mark == null ? text : new HBox(GAP, mark.apply(item), text));
            }
        };
    }
}
