package io.floorwatch.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shows a table's optional columns as far as its width takes them, and offers the rest in the table's own column
 * menu (the "+" at the header's end). A constrained table whose columns' minimum widths add up to more than its
 * width stops sharing the width out at all: every column kept the width it had and the last ones ran past the
 * table's edge, out of reach (no horizontal scroll). So:
 * <ul>
 * <li>the columns that are not optional always show, and the table asks its container for at least their width
 * (a split pane beside it would otherwise squeeze it below them);</li>
 * <li>the optional ones, the first kept longest, show while every shown column fits at its minimum, and come back
 * when the width does;</li>
 * <li>a column the person shows through the menu wins over the others while it fits; when it does not, it waits
 * hidden until it does, and the menu button's tooltip says why. One they hide stays hidden.</li>
 * </ul>
 * The columns are shown or hidden after a layout pulse, never during one: changed while the table was being laid out
 * (its width changes then), the table shared out a width it no longer had. The scroll bar and the menu button are
 * looked up once, when the skin has made them.
 */
public final class ColumnFit<S> {
    /** The vertical scroll bar's width before the table's skin has made one. */
    private static final double SCROLL_BAR = 12;
    /**
     * Left free beside the columns: at an exact fit (the minimums adding up to the width to the pixel) the policy
     * still gave up, its snapped widths a fraction over, and the last column ran past the edge.
     */
    private static final double SLACK = 4;

    private final TableView<S> table;
    private final List<? extends TableColumn<S, ?>> optional;
    /** The person's choice for an optional column, through the menu: true shown, false hidden; absent: ours. */
    private final Map<TableColumn<S, ?>, Boolean> chosen = new HashMap<>();
    private final Tooltip whyHidden = new Tooltip();
    /** Set while this class changes a column's visibility, so that the change is not taken for the person's. */
    private boolean fitting;
    private boolean scheduled;
    /** Found once the skin has made it; the header's corner is as wide whether it shows or not. */
    private ScrollBar verticalBar;
    private Node menuButton;

    private ColumnFit(TableView<S> table, List<? extends TableColumn<S, ?>> optional) {
        this.table = table;
        this.optional = List.copyOf(optional);
        whyHidden.setWrapText(true);
        whyHidden.setMaxWidth(360);
    }

    /** @param optional the columns that may be hidden, the one to keep longest first */
    public static <S> void keep(TableView<S> table, List<? extends TableColumn<S, ?>> optional) {
        ColumnFit<S> fit = new ColumnFit<>(table, optional);
        // Kept with the table, so that a saved view can set the person's choices through it (TableLayouts).
        table.getProperties().put(ColumnFit.class, fit);
        fit.listen();
    }

    /** The fit that keeps the table's optional columns, if one does. */
    @SuppressWarnings("unchecked")
    public static <S> Optional<ColumnFit<S>> of(TableView<S> table) {
        return Optional.ofNullable((ColumnFit<S>) table.getProperties().get(ColumnFit.class));
    }

    /** Whether the column is one of the optional columns this fit shows as the width allows. */
    public boolean fits(TableColumn<S, ?> column) {
        return optional.contains(column);
    }

    /** The person's choice for an optional column: shown, hidden, or null where the width decides. */
    public Boolean choice(TableColumn<S, ?> column) {
        return chosen.get(column);
    }

    /**
     * Makes a choice the person's, as if made through the column menu (a saved view's): shown waits for room if
     * there is none now; null gives the column back to the width.
     */
    public void choose(TableColumn<S, ?> column, Boolean shown) {
        if (!fits(column)) {
            throw new IllegalArgumentException(column.getText() + " always shows: it has no choice to make");
        }
        if (shown == null) {
            chosen.remove(column);
        } else {
            chosen.put(column, shown);
        }
        fitAfterLayout();
    }

    private void listen() {
        table.setTableMenuButtonVisible(true);
        InvalidationListener refit = o -> fitAfterLayout();
        table.widthProperty().addListener(refit);
        table.sceneProperty().addListener(refit);
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.minWidthProperty().addListener(refit);
            column.visibleProperty().addListener(o -> {
                if (fitting) {
                    return;
                }
                if (optional.contains(column)) {
                    chosen.put(column, column.isVisible());
                }
                fitAfterLayout();
            });
        }
        fitAfterLayout();
    }

    /** Fits the columns once the pulse under way (or the next one) has laid the table out. */
    private void fitAfterLayout() {
        Scene scene = table.getScene();
        if (scheduled || scene == null) {
            return;
        }
        scheduled = true;
        OnPulse.until(scene, () -> {
            scheduled = false;
            fit();
            return true;
        });
        // A choice in the column menu lays nothing out by itself when it changes nothing: the pulse is asked for.
        Platform.requestNextPulse();
    }

    private void fit() {
        if (table.getWidth() <= 0) {
            return;
        }
        double chrome = table.snappedLeftInset() + table.snappedRightInset() + gutter() + SLACK;
        double always = 0;
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (!optional.contains(column) && column.isVisible()) {
                always += column.getMinWidth();
            }
        }
        table.setMinWidth(Math.ceil(always + chrome));
        List<String> refused = new ArrayList<>();
        Set<TableColumn<S, ?>> show = choose(table.getWidth() - chrome - always, refused);
        boolean shownAgain = false;
        fitting = true;
        try {
            for (TableColumn<S, ?> column : optional) {
                shownAgain |= !column.isVisible() && show.contains(column);
                column.setVisible(show.contains(column));
            }
        } finally {
            fitting = false;
        }
        if (shownAgain) {
            // A row keeps the cells of a hidden column, laid out as they were when it last showed them (text at
            // the top of the row, once the row was selected or pointed at meanwhile): the rows are made afresh, here
            // after the layout and so once, for the next pulse to lay out.
            table.refresh();
        }
        explain(refused);
    }

    /**
     * The optional columns that fit in {@code room} at their minimums: the person's first, then ours in order until
     * one does not fit.
     *
     * @param refused gets the titles of the person's columns that do not fit
     */
    private Set<TableColumn<S, ?>> choose(double room, List<String> refused) {
        Set<TableColumn<S, ?>> show = new HashSet<>();
        double used = 0;
        for (TableColumn<S, ?> column : optional) {
            if (Boolean.TRUE.equals(chosen.get(column))) {
                if (used + column.getMinWidth() <= room) {
                    show.add(column);
                    used += column.getMinWidth();
                } else {
                    refused.add(column.getText());
                }
            }
        }
        for (TableColumn<S, ?> column : optional) {
            if (!chosen.containsKey(column)) {
                if (used + column.getMinWidth() > room) {
                    break;
                }
                show.add(column);
                used += column.getMinWidth();
            }
        }
        return show;
    }

    /** Says on the column menu's button which of the person's columns wait for room, or nothing. */
    private void explain(List<String> refused) {
        if (menuButton == null) {
            menuButton = table.lookup(".show-hide-columns-button");
            if (menuButton == null) {
                return;
            }
        }
        if (refused.isEmpty()) {
            Tooltip.uninstall(menuButton, whyHidden);
            return;
        }
        whyHidden.setText(String.join(", ", refused) + ": no room at this width beside the columns that always "
                + "show; " + (refused.size() == 1 ? "it shows" : "they show") + " again once the table is wider.");
        Tooltip.install(menuButton, whyHidden);
    }

    /**
     * The width beside the columns: the vertical scroll bar's, which the header's corner (with the menu button)
     * takes too, whether the bar shows or not.
     */
    private double gutter() {
        if (verticalBar == null) {
            for (Node node : table.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                    verticalBar = bar;
                    break;
                }
            }
        }
        return verticalBar == null ? SCROLL_BAR : verticalBar.prefWidth(-1);
    }
}
