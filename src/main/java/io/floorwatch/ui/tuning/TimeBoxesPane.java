package io.floorwatch.ui.tuning;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.ui.common.ColumnFit;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The Time-boxes tab: the open connection's boxes, newest first, with Cancel (before a box starts) and End now
 * (while it runs); below, the selected box's outcome per agent and, when its end left agents alone, their three
 * ways. Layout and bindings only.
 */
final class TimeBoxesPane extends VBox {
    TimeBoxesPane(TimeBoxesViewModel model, Permits permits) {
        super(8);
        setId("timeBoxesPane");
        setPadding(new Insets(8, 0, 0, 0));
        TableView<TimeBoxRow> table = new TableView<>(model.rows());
        table.setId("timeBoxTable");
        ReadableHeaders.keep(table);
        Label empty = Controls.wrapping(new Label());
        empty.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The words' own widths at least, so a squeezed table drops Note (to its column menu) before it cuts them.
        table.getColumns().add(column("Title", 150, 130, TimeBoxRow::title));
        table.getColumns().add(column("State", 90, 85, TimeBoxRow::state));
        table.getColumns().add(column("Start", 110, 105, TimeBoxRow::start));
        table.getColumns().add(column("End", 110, 105, TimeBoxRow::end));
        table.getColumns().add(ReadableHeaders.describe(column("Agents", 60, TimeBoxRow::agents),
                "How many agents the time-box changes"));
        table.getColumns().add(ReadableHeaders.describe(column("Applied", 65, TimeBoxRow::applied),
                "Agents whose change was applied at the start"));
        table.getColumns().add(ReadableHeaders.describe(column("Put back", 70, TimeBoxRow::putBack),
                "Agents given their skills back at the end"));
        table.getColumns().add(ReadableHeaders.describe(column("Conflicts", 70, TimeBoxRow::conflicts),
                "Agents someone else changed during the time-box: the end left them as they are"));
        TableColumn<TimeBoxRow, String> note = column("Note", 220, 120, TimeBoxRow::note);
        table.getColumns().add(note);
        ColumnFit.keep(table, List.of(note));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (!now.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
            }
        });
        Controls.selectFirstOnFocus(table);

        Button cancel = Controls.button("timeBoxCancel", "Cancel", model.cancelCommand());
        cancel.setAccessibleText("Cancel the selected time-box before its start");
        StackPane endNow = Controls.guarded("timeBoxEndNow", "_End now", model.endNowCommand(), permits,
                GenesysPermissions.SKILL_ASSIGN);
        Controls.guardedButton(endNow).setAccessibleText("End the selected time-box now: its agents get their "
                + "skills back");
        Button refresh = Controls.button("timeBoxRefresh", "Refresh", model.refreshCommand());
        HBox actions = new HBox(8, cancel, endNow, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(table, details(model));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(actions, split);
    }

    /** The selected box in a sentence, each agent's outcome, and the agents its end left alone. */
    private static VBox details(TimeBoxesViewModel model) {
        Label heading = new Label();
        heading.setId("timeBoxDetails");
        heading.setWrapText(true);
        heading.textProperty().bind(model.detailsProperty());
        heading.setMinHeight(Region.USE_PREF_SIZE);

        TableView<TimeBoxOutcomeRow> outcomes = new TableView<>(model.outcomes());
        outcomes.setId("timeBoxOutcomes");
        ReadableHeaders.keep(outcomes);
        outcomes.setPlaceholder(Controls.wrapping(new Label("The selected time-box's agents show here.")));
        outcomes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        outcomes.getColumns().add(column("Step", 80, 80, TimeBoxOutcomeRow::step));
        outcomes.getColumns().add(column("Agent", 150, TimeBoxOutcomeRow::agent));
        outcomes.getColumns().add(column("Result", 120, TimeBoxOutcomeRow::result));
        outcomes.getColumns().add(column("Change", 240, TimeBoxOutcomeRow::change));
        outcomes.getColumns().add(column("Message", 240, TimeBoxOutcomeRow::message));

        TableView<TimeBoxConflictRow> conflicts = new TableView<>(model.conflicts());
        conflicts.setId("timeBoxConflicts");
        ReadableHeaders.keep(conflicts);
        conflicts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        conflicts.getColumns().add(column("Agent", 150, TimeBoxConflictRow::agent));
        conflicts.getColumns().add(column("Before the time-box", 200, TimeBoxConflictRow::before));
        conflicts.getColumns().add(column("Set by it", 200, TimeBoxConflictRow::setByTimeBox));
        conflicts.getColumns().add(column("Now", 200, TimeBoxConflictRow::now));
        Label conflictsHeading = new Label("Changed by someone else during the time-box, so left as they are (the "
                + "skills that differ):");
        conflictsHeading.getStyleClass().add(Styles.TEXT_BOLD);
        conflictsHeading.setWrapText(true);
        VBox conflictPart = new VBox(4, conflictsHeading, conflicts);
        var anyConflict = Bindings.isNotEmpty(model.conflicts());
        conflictPart.visibleProperty().bind(anyConflict);
        conflictPart.managedProperty().bind(anyConflict);
        // The outcomes take the height; the conflicts, usually few, a header and two rows' worth (then scroll).
        VBox.setVgrow(outcomes, Priority.ALWAYS);
        conflicts.setPrefHeight(110);
        conflicts.setMinHeight(110);
        WhatIfTable whatIf = new WhatIfTable("timeBoxWhatIf", model.whatIf(), "Measured");
        whatIf.setPrefHeight(150);
        whatIf.setMinHeight(120);
        VBox details = new VBox(6, heading, outcomes, conflictPart, whatIf);
        details.setPadding(new Insets(6, 0, 0, 0));
        return details;
    }

    /** A column that cannot be sorted: the boxes come newest first, and outcomes in the order they happened. */
    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = Controls.column(title, width, value);
        column.setSortable(false);
        return column;
    }

    private static <R> TableColumn<R, String> column(String title, double width, double min,
            Function<R, String> value) {
        TableColumn<R, String> column = column(title, width, value);
        column.setMinWidth(min);
        return column;
    }
}
