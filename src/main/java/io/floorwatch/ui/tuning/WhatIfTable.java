package io.floorwatch.ui.tuning;

import io.floorwatch.ui.common.ColumnFit;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * A what-if on screen: the model and its assumptions in words above a table of the queues the plan touches, each
 * figure now → after. Layout and bindings only.
 */
final class WhatIfTable extends VBox {
    WhatIfTable(String id, WhatIfShown shown, String measuredHeader) {
        super(6);
        Label model = new Label();
        model.setId(id + "Model");
        model.setWrapText(true);
        model.setMinHeight(Region.USE_PREF_SIZE);
        model.textProperty().bind(shown.modelProperty());
        TableView<WhatIfRow> table = new TableView<>(shown.rows());
        table.setId(id + "Table");
        ReadableHeaders.keep(table);
        table.setPlaceholder(Controls.wrapping(new Label(
                "The queues a plan touches show here, each with its figures now → after.")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Queue", 120, WhatIfRow::queue));
        TableColumn<WhatIfRow, String> skill = column("Skill", 90, WhatIfRow::skill);
        table.getColumns().add(skill);
        table.getColumns().add(ReadableHeaders.describe(column("Calls/h", 60, WhatIfRow::callsPerHour),
                "Arrivals per hour over the last 30 minutes"));
        table.getColumns().add(ReadableHeaders.describe(column("AHT", 55, WhatIfRow::aht),
                "Average handle time over the last 30 minutes"));
        table.getColumns().add(ReadableHeaders.describe(column("Target", 55, WhatIfRow::target),
                "The queue's service-level time: answered within it counts as in service level"));
        table.getColumns().add(ReadableHeaders.describe(column("Agents", 65, WhatIfRow::agents),
                "Members on queue now who hold the skill: now → after the change"));
        table.getColumns().add(ReadableHeaders.describe(column("Service level", 105,
                WhatIfRow::serviceLevel), "Modelled share answered within the target: now → after"));
        table.getColumns().add(ReadableHeaders.describe(column("ASA", 100, WhatIfRow::asa),
                "Modelled average speed of answer: now → after"));
        table.getColumns().add(column(measuredHeader, 130, WhatIfRow::measured));
        TableColumn<WhatIfRow, String> note = column("Note", 150, WhatIfRow::note);
        table.getColumns().add(note);
        // At 1024 px the figures stay; Note and Skill (the queue's name mostly says it) go to the column menu first.
        ColumnFit.keep(table, List.of(skill, note));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(model, table);
    }

    private static TableColumn<WhatIfRow, String> column(String title, double width,
            Function<WhatIfRow, String> value) {
        TableColumn<WhatIfRow, String> column = Controls.column(title, width, value);
        column.setMinWidth(Math.min(width, 55));
        return column;
    }
}
