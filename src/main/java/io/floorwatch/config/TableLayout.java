package io.floorwatch.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table's layout in a saved view: its columns in order, each shown or hidden and how wide, and what the table is
 * sorted by. Columns are named by their stable id (never their title, which may be reworded), so a layout saved by
 * an older or newer Floorwatch still applies: a column it names that the table no longer has is ignored, and a
 * column it does not name keeps its default place.
 *
 * @param columns the columns in the order they show, left to right; empty: the table's own layout
 * @param sort    the sort keys, most significant first; empty: the table's own order
 */
public record TableLayout(List<Column> columns, List<SortKey> sort) {
    public TableLayout {
        columns = columns == null ? List.of() : List.copyOf(withIds(columns, Column::id));
        sort = sort == null ? List.of() : List.copyOf(withIds(sort, SortKey::column));
    }

    /** No layout of its own: the table shows as it is. */
    public static TableLayout none() {
        return new TableLayout(List.of(), List.of());
    }

    /**
     * One column.
     *
     * @param id      the column's stable id
     * @param visible shown or hidden; null where the table decides (an optional column shown while there is room)
     * @param width   its width in pixels; null for the table's own
     */
    public record Column(String id, Boolean visible, Double width) {
    }

    /**
     * One sort key.
     *
     * @param column    the column's stable id
     * @param ascending the column's first click (for time in state: the longest first)
     */
    public record SortKey(String column, boolean ascending) {
    }

    /** Leaves out entries without an id: a hand-edited file may hold them, and they could name no column. */
    private static <T> List<T> withIds(List<T> entries, Function<T, String> id) {
        List<T> kept = new ArrayList<>(entries.size());
        for (T entry : entries) {
            if (entry != null && id.apply(entry) != null && !id.apply(entry).isBlank()) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /** Whether the layout says nothing (a view saved before its screen was ever built). */
    public boolean empty() {
        return columns.isEmpty() && sort.isEmpty();
    }
}
