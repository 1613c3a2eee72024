package io.floorwatch.ui.common;

import io.floorwatch.config.TableLayout;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A table's layout as its screen's ViewModel holds it, for the saved views: the View attaches its table
 * ({@link TableLayouts#follow}), after which {@link #current} reads the table and {@link #show} changes it. A
 * layout shown before the table is there waits for it. Used on the FX thread only.
 */
public final class TableLayoutModel {
    private Supplier<TableLayout> reader;
    private Function<TableLayout, List<String>> writer;
    private TableLayout pending;

    /** Called by the View's table: how to read its layout and how to change it. */
    void attach(Supplier<TableLayout> read, Function<TableLayout, List<String>> write) {
        reader = read;
        writer = write;
        if (pending != null) {
            write.apply(pending);
            pending = null;
        }
    }

    /** What the table shows now; with no table yet, the layout it will show (none by default). */
    public TableLayout current() {
        if (reader != null) {
            return reader.get();
        }
        return pending == null ? TableLayout.none() : pending;
    }

    /**
     * Shows the layout in the table, or once there is one.
     *
     * @return the ids of the columns and sort keys it names that the table does not have (ignored)
     */
    public List<String> show(TableLayout layout) {
        if (writer == null) {
            pending = layout;
            return List.of();
        }
        return writer.apply(layout);
    }
}
