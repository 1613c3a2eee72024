package io.floorwatch.ui.common;

import io.floorwatch.config.TableLayout;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a table's layout (columns' order, visibility and widths, sort order and directions) and shows a saved one,
 * by the columns' ids; a column without an id is left where it is. Shown layouts are forgiving: an id the table
 * does not have is ignored (the rest still applies), and a column the layout does not name keeps its place after
 * the column it follows by default. On a table whose optional columns {@link ColumnFit} shows as the width allows,
 * a saved choice to show or hide one is the person's choice there: a shown column that does not fit waits for room,
 * as one ticked in the column menu does. Widths are set as preferred widths: a constrained table shares its width
 * out from them.
 */
public final class TableLayouts {
    private TableLayouts() {
    }

    /** Makes the model read and change the table's layout, showing at once a layout it was asked to meanwhile. */
    public static <S> void follow(TableView<S> table, TableLayoutModel model) {
        model.attach(() -> capture(table), layout -> apply(table, layout));
    }

    /** The table's layout now. */
    public static <S> TableLayout capture(TableView<S> table) {
        Optional<ColumnFit<S>> fit = ColumnFit.of(table);
        List<TableLayout.Column> columns = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (column.getId() == null) {
                continue;
            }
            Boolean visible = fit.isPresent() && fit.get().fits(column) ? fit.get().choice(column)
                    : Boolean.valueOf(column.isVisible());
            double width = column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth();
            columns.add(new TableLayout.Column(column.getId(), visible, (double) Math.round(width)));
        }
        List<TableLayout.SortKey> sort = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getSortOrder()) {
            if (column.getId() != null) {
                sort.add(new TableLayout.SortKey(column.getId(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
        }
        return new TableLayout(columns, sort);
    }

    /**
     * Shows the layout in the table.
     *
     * @return the ids it names that the table does not have (or, for a sort key, cannot sort by)
     */
    public static <S> List<String> apply(TableView<S> table, TableLayout layout) {
        Map<String, TableColumn<S, ?>> byId = new HashMap<>();
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (column.getId() != null) {
                byId.put(column.getId(), column);
            }
        }
        Set<String> ignored = new LinkedHashSet<>();
        reorder(table, layout, byId);
        Optional<ColumnFit<S>> fit = ColumnFit.of(table);
        for (TableLayout.Column saved : layout.columns()) {
            TableColumn<S, ?> column = byId.get(saved.id());
            if (column == null) {
                ignored.add(saved.id());
                continue;
            }
            if (fit.isPresent() && fit.get().fits(column)) {
                fit.get().choose(column, saved.visible());
            } else if (saved.visible() != null) {
                column.setVisible(saved.visible());
            }
            if (saved.width() != null && saved.width() > 0) {
                column.setPrefWidth(Math.max(column.getMinWidth(), saved.width()));
            }
        }
        List<TableColumn<S, ?>> sortOrder = new ArrayList<>();
        for (TableLayout.SortKey key : layout.sort()) {
            TableColumn<S, ?> column = byId.get(key.column());
            if (column == null || !column.isSortable() || sortOrder.contains(column)) {
                ignored.add(key.column());
                continue;
            }
            column.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            sortOrder.add(column);
        }
        if (!sortOrder.equals(table.getSortOrder())) {
            table.getSortOrder().setAll(sortOrder);
        } else {
            // The same columns, perhaps in other directions: the types were set, the table sorts again by them.
            table.sort();
        }
        return List.copyOf(ignored);
    }

    /**
     * Puts the columns the layout names in its order; each column it does not name goes after the column it follows
     * now (first if none), so a column added since the layout was saved keeps its default place.
     */
    private static <S> void reorder(TableView<S> table, TableLayout layout, Map<String, TableColumn<S, ?>> byId) {
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (TableLayout.Column saved : layout.columns()) {
            TableColumn<S, ?> column = byId.get(saved.id());
            if (column != null && !order.contains(column)) {
                order.add(column);
            }
        }
        if (order.isEmpty()) {
            return;
        }
        List<TableColumn<S, ?>> now = List.copyOf(table.getColumns());
        for (int i = 0; i < now.size(); i++) {
            TableColumn<S, ?> column = now.get(i);
            if (order.contains(column)) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int before = order.indexOf(now.get(j));
                if (before >= 0) {
                    at = before + 1;
                    break;
                }
            }
            order.add(at, column);
        }
        if (!order.equals(now)) {
            table.getColumns().setAll(order);
        }
    }
}
