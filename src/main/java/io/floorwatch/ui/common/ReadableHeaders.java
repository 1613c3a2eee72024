package io.floorwatch.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Keeps a table's column titles whole: once the table is on screen with the theme's font, each column is given
 * at least the width its title needs (the table scrolls sideways where the window is too narrow for them all,
 * rather than reading "Wai..."), and each title gets a tooltip. Measured from the header's own font, since the
 * theme's is larger than the default one a fixed width would have been guessed from. A short title can carry its
 * meaning for the tooltip ({@link #describe}).
 */
public final class ReadableHeaders {
    private static final String DESCRIPTION = "floorwatch.header.description";
    /** Beside the title's text: the sort arrow of a sortable column, and a little air either way. */
    private static final double ARROW = 14;
    private static final double AIR = 6;

    private ReadableHeaders() {
    }

    /** A short title's meaning, for its tooltip in place of the title itself. */
    public static <C extends TableColumnBase<?, ?>> C describe(C column, String meaning) {
        column.getProperties().put(DESCRIPTION, meaning);
        return column;
    }

    public static void keep(TableView<?> table) {
        table.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                measureNowOrAfterLayout(table, scene);
            }
        });
        if (table.getScene() != null) {
            measureNowOrAfterLayout(table, table.getScene());
        }
    }

    /**
     * Measures at once when the table's header can be styled now, so the first layout (where the constrained
     * policy shares out the width) already knows the minimums: raised later, they made the table run past its
     * edge until the window was resized. Else on the first pulse that lays the header out.
     */
    private static void measureNowOrAfterLayout(TableView<?> table, Scene scene) {
        table.applyCss();
        if (!measure(table)) {
            OnPulse.until(scene, () -> measure(table));
        }
    }

    /** Sets the columns' minimum widths from their titles; false while the headers are not laid out yet. */
    private static boolean measure(TableView<?> table) {
        boolean any = false;
        for (var node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header)) {
                continue;
            }
            TableColumnBase<?, ?> column = header.getTableColumn();
            Label label = (Label) header.lookup(".label");
            if (column == null || label == null) {
                continue;
            }
            any = true;
            if (column.getText() == null || column.getText().isEmpty()) {
                // A title drawn by a graphic of its own (a label with an explanation): its width, as it asks.
                if (column.getGraphic() != null) {
                    column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(column.getGraphic().prefWidth(-1)
                            + header.getInsets().getLeft() + header.getInsets().getRight() + 2 * AIR
                            + (column.isSortable() ? ARROW : 0))));
                }
                continue;
            }
            Text probe = new Text(column.getText());
            probe.setFont(label.getFont());
            double needed = Math.ceil(probe.getLayoutBounds().getWidth() + label.getInsets().getLeft()
                    + label.getInsets().getRight() + header.getInsets().getLeft() + header.getInsets().getRight()
                    + AIR + (column.isSortable() ? ARROW : 0)
                    + (column.getGraphic() == null ? 0 : column.getGraphic().prefWidth(-1) + 4));
            if (column.getMinWidth() < needed) {
                column.setMinWidth(needed);
            }
            if (column.getGraphic() == null && label.getTooltip() == null) {
                Tooltip tip = new Tooltip(String.valueOf(column.getProperties().getOrDefault(DESCRIPTION,
                        column.getText())));
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                label.setTooltip(tip);
            }
        }
        return any;
    }
}
