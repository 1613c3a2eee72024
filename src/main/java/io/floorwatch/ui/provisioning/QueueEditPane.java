package io.floorwatch.ui.provisioning;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.common.ReadableHeaders;
import io.floorwatch.ui.provisioning.QueueForm.Field;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The edit form: a queue picked and opened, its fields as the new-queue form lays them out, the changes Save
 * would make, and, when someone changed the queue meanwhile, the three-way table with a choice per field both
 * changed. Layout and bindings only.
 */
final class QueueEditPane extends HBox {
    private static final String PREFIX = "edit-";

    /** @param permits saving needs {@code routing:queue:edit} */
    QueueEditPane(QueueEditForm model, QueueOrg org, Permits permits) {
        super(24);
        setPadding(new Insets(12, 0, 0, 0));
        ComboBox<QueueEditForm.QueuePick> queue = new ComboBox<>(model.queues());
        queue.setId("editQueuePicker");
        queue.setPromptText("Pick a queue");
        queue.setConverter(new StringConverter<>() {
            @Override
            public String toString(QueueEditForm.QueuePick entry) {
                return entry == null ? "" : entry.name();
            }

            @Override
            public QueueEditForm.QueuePick fromString(String text) {
                return null;
            }
        });
        queue.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(QueueEditForm.QueuePick entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.name());
            }
        });
        queue.setOnShowing(e -> model.loadQueues());
        queue.valueProperty().bindBidirectional(model.chosenProperty());
        queue.setPrefWidth(280);
        Button open = Controls.button("openQueue", "Open", model.openCommand());
        HBox picking = new HBox(8, queue, open);
        picking.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label();
        heading.setId("editHeading");
        heading.getStyleClass().add(Styles.TEXT_MUTED);
        heading.textProperty().bind(model.headingProperty());

        FieldGrid grid = new FieldGrid(org, model, PREFIX);
        grid.text(Field.NAME, "unique in the org", null);
        grid.text(Field.DESCRIPTION, "", null);
        grid.text(Field.DIVISION, "the division's name", grid.picker("pickDivision", Field.DIVISION,
                QueueOrg.Names.DIVISIONS, name -> name, true));
        grid.row("Skill evaluation", ProvisioningView.skillEvaluation(PREFIX + "skillEvaluation",
                model.skillEvaluationProperty()));
        grid.place(Field.WRAPUP, ProvisioningView.wrapupPrompt(PREFIX + "wrapupPrompt", model.field(Field.WRAPUP)),
                null);
        grid.text(Field.ACW_TIMEOUT, "seconds", null);
        grid.text(Field.ALERTING, "calls, seconds", null);
        grid.text(Field.SERVICE_LEVEL_PERCENT, "calls, percent answered in time", null);
        grid.text(Field.SERVICE_LEVEL_SECONDS, "calls, seconds", null);
        ProvisioningView.routingFields(grid);
        grid.pane().disableProperty().bind(model.openedProperty().isNull().or(model.conflictProperty().isNotNull()));
        Label scope = new Label("The alerting and service level fields are the voice (call) settings; the other "
                + "media, the group routing rules and the members are left as they are.");
        scope.getStyleClass().add(Styles.TEXT_MUTED);
        scope.setWrapText(true);

        Button preview = Controls.button("previewEdit", "Preview changes", model.previewCommand());
        StackPane save = Controls.guarded("saveEdit", "Save", model.saveCommand(), permits,
                GenesysPermissions.QUEUE_EDIT);
        Controls.guardedButton(save).getStyleClass().add(Styles.ACCENT);
        Label message = new Label();
        message.setId("editMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox left = new VBox(10, picking, heading, grid.pane(), scope, new HBox(8, preview, save), message);
        left.setPrefWidth(620);

        TextArea changes = new TextArea();
        changes.setId("editChanges");
        changes.setEditable(false);
        changes.setWrapText(true);
        changes.setPromptText("Preview changes lists each field Save would change, as it is and as it would be.");
        changes.textProperty().bind(model.changesProperty());
        VBox.setVgrow(changes, Priority.ALWAYS);
        Label changesTitle = new Label("Changes");
        changesTitle.getStyleClass().add(Styles.TITLE_4);
        VBox right = new VBox(6, changesTitle, changes, conflictPane(model, permits));
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    /** The three-way table and its two ways out, shown only while a save was refused as stale. */
    private static VBox conflictPane(QueueEditForm model, Permits permits) {
        Label title = new Label("Changed by someone else since you opened it");
        title.getStyleClass().addAll(Styles.TITLE_4, Styles.WARNING);
        TableView<QueueEditForm.ConflictChoice> table = new TableView<>(model.conflictRows());
        ReadableHeaders.keep(table);
        table.setId("editConflict");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("Field", 150, QueueEditForm.ConflictChoice::field));
        table.getColumns().add(Controls.column("When you opened it", 140, QueueEditForm.ConflictChoice::opened));
        table.getColumns().add(Controls.column("Yours", 140, QueueEditForm.ConflictChoice::mine));
        table.getColumns().add(Controls.column("Now in Genesys", 140, QueueEditForm.ConflictChoice::theirs));
        table.getColumns().add(keepColumn());
        table.setPrefHeight(220);
        StackPane saveChoices = Controls.guarded("saveChoices", "Save with these choices",
                model.saveChoicesCommand(), permits, GenesysPermissions.QUEUE_EDIT);
        Controls.guardedButton(saveChoices).getStyleClass().add(Styles.ACCENT);
        Button theirs = Controls.button("takeTheirs", "Take theirs (reload)", model.takeTheirsCommand());
        VBox pane = new VBox(6, title, table, new HBox(8, saveChoices, theirs));
        pane.setId("editConflictPane");
        pane.visibleProperty().bind(model.conflictProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** "Keep": a choice where both sides changed the field, else which side's value the save keeps. */
    private static TableColumn<QueueEditForm.ConflictChoice, QueueEditForm.ConflictChoice> keepColumn() {
        TableColumn<QueueEditForm.ConflictChoice, QueueEditForm.ConflictChoice> keep = new TableColumn<>("Keep");
        keep.setPrefWidth(200);
        keep.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        keep.setCellFactory(c -> new TableCell<>() {
            private final ChoiceBox<QueueEditForm.Keep> choice = new ChoiceBox<>(FXCollections.observableArrayList(
                    QueueEditForm.Keep.values()));
            private QueueEditForm.ConflictChoice bound;

            {
                choice.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(QueueEditForm.Keep keep) {
                        return keep == null ? "" : keep.label();
                    }

                    @Override
                    public QueueEditForm.Keep fromString(String text) {
                        return null;
                    }
                });
            }

            @Override
            protected void updateItem(QueueEditForm.ConflictChoice row, boolean empty) {
                super.updateItem(row, empty);
                if (bound != null) {
                    choice.valueProperty().unbindBidirectional(bound.choiceProperty());
                    bound = null;
                }
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                } else if (row.needsChoice()) {
                    bound = row;
                    choice.setId("keep-" + row.column());
                    choice.valueProperty().bindBidirectional(row.choiceProperty());
                    setText(null);
                    setGraphic(choice);
                } else {
                    setGraphic(null);
                    setText(row.outcome());
                }
            }
        });
        return keep;
    }
}
