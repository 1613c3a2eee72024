package io.floorwatch.ui.floor;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.Controls;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/**
 * The preview, confirm and results of acting on agents, in a window of its own over the floor: every agent with
 * their state now and after (or why they are skipped), the reason, Send, then progress with Cancel and a result
 * per agent, and Undo of the batch. Shows whenever the ViewModel's stage is not closed.
 */
final class AgentActionsDialog {
    private final AgentActionsViewModel model;
    private final Supplier<Window> owner;
    private Stage stage;

    AgentActionsDialog(AgentActionsViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        model.stageProperty().addListener((o, was, now) -> {
            if (now == AgentActionsViewModel.Stage.CLOSED) {
                if (stage != null) {
                    stage.hide();
                }
            } else {
                show();
            }
        });
    }

    private void show() {
        if (stage == null) {
            stage = build();
        }
        if (!stage.isShowing()) {
            stage.show();
            stage.toFront();
        }
    }

    private Stage build() {
        Stage window = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            window.initOwner(parent);
            window.initModality(Modality.WINDOW_MODAL);
        }
        window.titleProperty().bind(model.titleProperty());
        window.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
            } else {
                model.close();
            }
        });
        Label title = new Label();
        title.setId("actionTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(model.titleProperty());
        Label warning = new Label();
        warning.setId("actionWarning");
        warning.getStyleClass().add(Styles.WARNING);
        warning.setWrapText(true);
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        TableView<AgentActionsViewModel.Row> rows = new TableView<>(model.rows());
        rows.setId("actionRows");
        rows.setPlaceholder(new Label("Reading the agents' states from Genesys..."));
        TableColumn<AgentActionsViewModel.Row, String> note = Controls.column("Result", 260,
                AgentActionsViewModel.Row::note);
        rows.getColumns().addAll(List.of(Controls.column("Agent", 180, AgentActionsViewModel.Row::name),
                Controls.column("Now", 130, AgentActionsViewModel.Row::now),
                Controls.column("After", 150, AgentActionsViewModel.Row::after), note));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(rows, Priority.ALWAYS);

        TextField reason = new TextField();
        reason.setId("actionReason");
        reason.promptTextProperty().bind(Bindings.concat("Reason (kept in the audit log and the change notice; "
                + "required to log out and for more than ", model.reasonAboveProperty(), " agents)"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        reason.disableProperty().bind(model.stageProperty().isNotEqualTo(AgentActionsViewModel.Stage.PREVIEW));
        Label problem = new Label();
        problem.setId("actionProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label summary = new Label();
        summary.setId("actionSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("actionProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button send = new Button("Send");
        send.setId("actionSend");
        send.setDefaultButton(true);
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(model.confirmableProperty().not());
        send.visibleProperty().bind(model.stageProperty().isNotEqualTo(AgentActionsViewModel.Stage.DONE));
        send.managedProperty().bind(send.visibleProperty());
        send.setOnAction(e -> model.confirm());
        Button cancel = new Button();
        cancel.setId("actionCancel");
        cancel.textProperty().bind(Bindings.when(model.stageProperty().isEqualTo(AgentActionsViewModel.Stage.DONE))
                .then("Close").otherwise("Cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
            } else {
                model.close();
            }
        });
        Button undo = new Button();
        undo.setId("actionUndo");
        undo.textProperty().bind(model.undoTextProperty());
        undo.visibleProperty().bind(model.stageProperty().isEqualTo(AgentActionsViewModel.Stage.DONE)
                .and(model.undoAvailableProperty()));
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.previewUndo());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, undo, spring, cancel, send);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(10, title, warning, rows, reason, problem, progress, summary, buttons);
        content.setPadding(new Insets(16));
        Scene scene = new Scene(content, 820, 520);
        if (parent != null && parent.getScene() != null) {
            scene.getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !model.runningProperty().get()) {
                model.close();
            }
        });
        window.setScene(scene);
        return window;
    }
}
