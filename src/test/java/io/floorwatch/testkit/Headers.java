package io.floorwatch.testkit;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/** A table's column header, found by its column's id (the header node does not carry that id itself). */
public final class Headers {
    private Headers() {
    }

    public static TableColumnHeader of(TableView<?> table, String columnId) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && columnId.equals(header.getTableColumn().getId())) {
                return header;
            }
        }
        throw new AssertionError("no header for column " + columnId + " in " + table.getId());
    }
}
