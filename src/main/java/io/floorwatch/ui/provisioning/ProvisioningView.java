package io.floorwatch.ui.provisioning;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.common.ReadableHeaders;
import io.floorwatch.ui.provisioning.QueueForm.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;


/**
 * The provisioning screen: the queue form (each field decorated and explained when the model finds it wrong) with
 * the request preview, and the bulk import table. Layout and bindings only.
 */
public final class ProvisioningView extends VBox {
    private final ProvisioningViewModel model;
    private final Permits permits;

    public ProvisioningView(ProvisioningViewModel model) {
        this(model, new Permits());
    }

    /** @param permits what the signed-in person may do: creating queues needs {@code routing:queue:add} */
    public ProvisioningView(ProvisioningViewModel model, Permits permits) {
        this.model = model;
        this.permits = permits;
        setId("provisioningView");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Provision queues");
        title.getStyleClass().add(Styles.TITLE_3);
        Label org = new Label();
        org.setId("orgStatus");
        org.getStyleClass().add(Styles.TEXT_MUTED);
        org.textProperty().bind(model.org().statusProperty());
        Button refresh = Controls.button("refreshOrg", "Read the org again", model.org().refreshCommand());
        HBox header = new HBox(12, title, org, refresh);
        header.setAlignment(Pos.BASELINE_LEFT);

        Tab form = new Tab("New queue", formPane());
        form.setId("formTab");
        Tab bulk = new Tab("Bulk import", bulkPane());
        bulk.setId("bulkTab");
        Tab edit = new Tab("Edit queue", new QueueEditPane(model.edit(), model.org(), permits));
        edit.setId("editTab");
        TabPane tabs = new TabPane(form, edit, bulk);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);
    }

    private Node formPane() {
        QueueForm queue = model.form();
        FieldGrid grid = new FieldGrid(model.org(), queue, "");
        grid.text(Field.NAME, "unique in the org, e.g. Billing Spanish", null);
        grid.text(Field.DESCRIPTION, "", null);
        grid.text(Field.DIVISION, "empty: Home", grid.picker("pickDivision", Field.DIVISION,
                QueueOrg.Names.DIVISIONS, name -> name, true));
        grid.row("Skill evaluation", skillEvaluation("skillEvaluation", queue.skillEvaluationProperty()));
        grid.place(Field.WRAPUP, wrapupPrompt("wrapupPrompt", queue.field(Field.WRAPUP)), null);
        grid.text(Field.ACW_TIMEOUT, "needed by the timeout prompts", null);
        grid.text(Field.ALERTING, "calls, e.g. 8", null);
        grid.text(Field.SERVICE_LEVEL_PERCENT, "percent answered in time, e.g. 80", null);
        grid.text(Field.SERVICE_LEVEL_SECONDS, "e.g. 20", null);
        grid.text(Field.SKILLS, "Spanish:3; Billing:2 (minimum proficiency)", grid.picker("pickSkill", Field.SKILLS,
                QueueOrg.Names.ACTIVE_SKILLS, name -> name + ":1", false));
        CheckBox members = new CheckBox("Add the agents holding these skills as members");
        members.setId("addSkilledMembers");
        // Two lines in a narrow window rather than "Add the agents hold..." (a grid cell gives it one otherwise).
        members.setWrapText(true);
        members.setMinHeight(Region.USE_PREF_SIZE);
        members.selectedProperty().bindBidirectional(queue.addSkilledMembersProperty());
        grid.row("", members);
        routingFields(grid);

        Button check = Controls.button("checkQueue", "Check and preview", model.form().checkCommand());
        StackPane create = Controls.guarded("createQueue", "Create", model.form().createCommand(), permits,
                GenesysPermissions.QUEUE_ADD);
        Controls.guardedButton(create).getStyleClass().add(Styles.ACCENT);
        Label message = new Label();
        message.setId("provisionMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.form().messageProperty());
        VBox left = new VBox(10, grid.pane(), new HBox(8, check, create), message);
        left.setPrefWidth(620);

        TextArea preview = new TextArea();
        preview.setId("requestPreview");
        preview.setEditable(false);
        preview.setPromptText("Check and preview shows the request Create will send.");
        preview.textProperty().bind(model.form().previewProperty());
        preview.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label previewTitle = new Label("Request");
        previewTitle.getStyleClass().add(Styles.TITLE_4);
        VBox right = new VBox(6, previewTitle, preview);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox pane = new HBox(24, left, right);
        pane.setPadding(new Insets(12, 0, 0, 0));
        return pane;
    }

    /** The rings, member groups and in-queue flow rows, which both forms have. */
    static void routingFields(FieldGrid grid) {
        grid.text(Field.RINGS, "30:Spanish; 90: (seconds: skills dropped, + between)", null);
        grid.text(Field.MEMBER_GROUPS, "TEAM:Team Aurora; GROUP:Night shift", grid.groupPicker("pickGroup"));
        grid.text(Field.FLOW, "the flow's name; empty for none", grid.picker("pickFlow", Field.FLOW,
                QueueOrg.Names.FLOWS, name -> name, true));
    }

    static ComboBox<SkillEvaluationMethod> skillEvaluation(String id,
            ObjectProperty<SkillEvaluationMethod> value) {
        ComboBox<SkillEvaluationMethod> evaluation = new ComboBox<>();
        evaluation.setId(id);
        evaluation.getItems().setAll(SkillEvaluationMethod.values());
        evaluation.setPromptText("Genesys' default");
        evaluation.valueProperty().bindBidirectional(value);
        return evaluation;
    }

    static ComboBox<String> wrapupPrompt(String id, StringProperty value) {
        ComboBox<String> wrapup = new ComboBox<>();
        wrapup.setId(id);
        wrapup.getItems().add("");
        wrapup.getItems().addAll(QueueForm.wrapupPrompts());
        wrapup.setPromptText("Genesys' default");
        wrapup.valueProperty().bindBidirectional(value);
        return wrapup;
    }

    private Node bulkPane() {
        Button choose = Controls.button("importQueues", "Import CSV or JSON...", model.bulk().importCommand());
        StackPane createRows = Controls.guarded("createRows", "Create valid rows", model.bulk().createRowsCommand(),
                permits, GenesysPermissions.QUEUE_ADD);
        Controls.guardedButton(createRows).getStyleClass().add(Styles.ACCENT);
        Button cancel = Controls.button("cancelRows", "Cancel", model.bulk().cancelRowsCommand());
        Button export = Controls.button("exportOutcomes", "Export results...", model.bulk().exportCommand());
        ProgressBar progress = new ProgressBar();
        progress.setId("bulkProgress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.bulk().progressProperty());
        HBox actions = new HBox(8, choose, createRows, cancel, progress, export);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<BulkRow> table = new TableView<>(model.bulk().rows());
        ReadableHeaders.keep(table);
        table.setId("bulkRows");
        table.setPlaceholder(new Label("Import a file to see each row checked against the org. The CSV columns are "
                + "listed in the README; assets/queues-sample.csv is an example."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("Row", 80, BulkRow::where));
        table.getColumns().add(Controls.column("Name", 220, BulkRow::name));
        table.getColumns().add(Controls.column("Result", 100, BulkRow::status));
        table.getColumns().add(Controls.column("Details", 500, BulkRow::detail));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BulkRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-bad", "row-good");
                if (!empty && row != null) {
                    getStyleClass().add(row.status().equals("Invalid") || row.status().equals("Failed")
                            ? "row-bad" : "row-good");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setId("bulkMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.bulk().messageProperty());
        VBox pane = new VBox(8, actions, table, message);
        pane.setPadding(new Insets(12, 0, 0, 0));
        return pane;
    }


}
