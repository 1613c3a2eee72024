package io.floorwatch.ui.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/**
 * Shows a table's optional columns as far as its width takes them, and offers the rest in the table's own column
 * menu (the "+" at the header's end). A constrained table whose columns' minimum widths add up to more than its
 * width stops sharing the width out at all: every column went back to its preferred width and the last ones ran
 * past the table's edge (a header there could not even be clicked). So the optional columns, the first kept
 * longest, are shown only while every shown column fits at its minimum; this is done again whenever the table's
 * width or a minimum changes, until the person shows or hides a column through the menu: their choice then stands.
 */
public final class ColumnFit {
    /** The vertical scroll bar's width before the table's skin has made one. */
    private static final double SCROLL_BAR = 12;

    private ColumnFit() {
    }

    /** @param optional the columns that may be hidden, the one to keep longest first */
    public static <S> void keep(TableView<S> table, List<? extends TableColumn<S, ?>> optional) {
        table.setTableMenuButtonVisible(true);
        boolean[] fitting = new boolean[1];
        boolean[] chosen = new boolean[1];
        Runnable fit = () -> {
            if (chosen[0] || table.getWidth() <= 0) {
                return;
            }
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - gutter(table);
            double used = 0;
            for (TableColumn<S, ?> column : table.getColumns()) {
                if (!optional.contains(column) && column.isVisible()) {
                    used += column.getMinWidth();
                }
            }
            fitting[0] = true;
            boolean changed = false;
            try {
                boolean fits = true;
                for (TableColumn<S, ?> column : optional) {
                    fits = fits && used + column.getMinWidth() <= room;
                    if (fits) {
                        used += column.getMinWidth();
                    }
                    changed |= column.isVisible() != fits;
                    column.setVisible(fits);
                }
            } finally {
                fitting[0] = false;
            }
            if (changed) {
                // Cells of a column shown again kept the layout they had while hidden (their text at the top of
                // the row): the rows are made again.
                table.refresh();
            }
        };
        InvalidationListener refit = o -> fit.run();
        table.widthProperty().addListener(refit);
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.minWidthProperty().addListener(refit);
        }
        for (TableColumn<S, ?> column : optional) {
            column.visibleProperty().addListener(o -> chosen[0] |= !fitting[0]);
        }
        fit.run();
    }

    /**
     * The width beside the columns: the vertical scroll bar's, which the header's corner (with the menu button)
     * takes too, whether the bar shows or not.
     */
    private static double gutter(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar.prefWidth(-1);
            }
        }
        return SCROLL_BAR;
    }
}
