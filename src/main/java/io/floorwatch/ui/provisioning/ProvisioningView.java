package io.floorwatch.ui.provisioning;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.common.ReadableHeaders;
import io.floorwatch.ui.provisioning.QueueForm.Field;
import javafx.beans.binding.Bindings;
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
    private final ValidationSupport decorations = new ValidationSupport();

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
        decorations.setErrorDecorationEnabled(true);

        Tab form = new Tab("New queue", formPane());
        form.setId("formTab");
        Tab bulk = new Tab("Bulk import", bulkPane());
        bulk.setId("bulkTab");
        TabPane tabs = new TabPane(form, bulk);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);
    }

    private Node formPane() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        int row = 0;
        row = text(grid, row, Field.NAME, "Name", "unique in the org, e.g. Billing Spanish");
        row = text(grid, row, Field.DESCRIPTION, "Description", "");
        grid.add(picker("pickDivision", Field.DIVISION, QueueOrg.Names.DIVISIONS, name -> name, true), 2, row);
        row = text(grid, row, Field.DIVISION, "Division", "empty: Home");
        ComboBox<SkillEvaluationMethod> evaluation = new ComboBox<>();
        evaluation.setId("skillEvaluation");
        evaluation.getItems().setAll(SkillEvaluationMethod.values());
        evaluation.setPromptText("Genesys' default");
        evaluation.valueProperty().bindBidirectional(model.form().skillEvaluationProperty());
        grid.addRow(row++, new Label("Skill evaluation"), evaluation);
        ComboBox<String> wrapup = new ComboBox<>();
        wrapup.setId("wrapupPrompt");
        wrapup.getItems().add("");
        wrapup.getItems().addAll(model.form().wrapupPrompts());
        wrapup.setPromptText("Genesys' default");
        wrapup.valueProperty().bindBidirectional(model.form().field(Field.WRAPUP));
        row = place(grid, row, Field.WRAPUP, "Wrap-up prompt", wrapup);
        row = text(grid, row, Field.ACW_TIMEOUT, "ACW timeout (s)", "needed by the timeout prompts");
        row = text(grid, row, Field.ALERTING, "Alerting timeout (s)", "calls, e.g. 8");
        row = text(grid, row, Field.SERVICE_LEVEL_PERCENT, "Service level (%)", "percent answered in time, e.g. 80");
        row = text(grid, row, Field.SERVICE_LEVEL_SECONDS, "... answered within (s)", "e.g. 20");
        grid.add(picker("pickSkill", Field.SKILLS, QueueOrg.Names.ACTIVE_SKILLS, name -> name + ":1", false), 2, row);
        row = text(grid, row, Field.SKILLS, "Required skills", "Spanish:3; Billing:2 (minimum proficiency)");
        CheckBox members = new CheckBox("Add the agents holding these skills as members");
        members.setId("addSkilledMembers");
        // Two lines in a narrow window rather than "Add the agents hold..." (a grid cell gives it one otherwise).
        members.setWrapText(true);
        members.setMinHeight(Region.USE_PREF_SIZE);
        members.selectedProperty().bindBidirectional(model.form().addSkilledMembersProperty());
        grid.addRow(row++, new Label(""), members);
        row = text(grid, row, Field.RINGS, "Bullseye rings", "30:Spanish; 90: (seconds: skills dropped, + between)");
        grid.add(groupPicker(), 2, row);
        row = text(grid, row, Field.MEMBER_GROUPS, "Member groups", "TEAM:Team Aurora; GROUP:Night shift");
        grid.add(picker("pickFlow", Field.FLOW, QueueOrg.Names.FLOWS, name -> name, true), 2, row);
        text(grid, row, Field.FLOW, "In-queue flow", "the flow's name; empty for none");
        grid.getChildren().stream().filter(n -> n instanceof Label && GridPane.getColumnIndex(n) == 0)
                .forEach(n -> ((Label) n).setMinWidth(Label.USE_PREF_SIZE));

        Button check = Controls.button("checkQueue", "Check and preview", model.form().checkCommand());
        StackPane create = Controls.guarded("createQueue", "Create", model.form().createCommand(), permits,
                GenesysPermissions.QUEUE_ADD);
        Controls.guardedButton(create).getStyleClass().add(Styles.ACCENT);
        Label message = new Label();
        message.setId("provisionMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.form().messageProperty());
        VBox left = new VBox(10, grid, new HBox(8, check, create), message);
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

    /**
     * A "Pick" menu beside a field, filled with the org's names when it opens (the org is read first if it has
     * not been): choosing one sets the field ({@code replace}) or adds it to the field's list in its syntax.
     */
    private MenuButton picker(String id, Field field, QueueOrg.Names names, Function<String, String> entry,
            boolean replace) {
        MenuButton picker = new MenuButton("Pick");
        picker.setId(id);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.getItems().add(waiting());
        picker.setOnShowing(e -> model.org().names(names, found -> {
            List<MenuItem> items = new ArrayList<>();
            for (String name : found) {
                MenuItem item = new MenuItem(name);
                item.setMnemonicParsing(false);
                item.setOnAction(a -> {
                    if (replace) {
                        model.form().field(field).set(entry.apply(name));
                    } else {
                        model.form().addPicked(field, entry.apply(name));
                    }
                });
                items.add(item);
            }
            picker.getItems().setAll(items.isEmpty() ? List.of(disabled("The org has none.")) : items);
        }, problem -> picker.getItems().setAll(disabled(problem))));
        return picker;
    }

    /** Teams, groups and skill groups, each under its own heading, added as "TYPE:name". */
    private MenuButton groupPicker() {
        MenuButton picker = new MenuButton("Pick");
        picker.setId("pickGroup");
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.getItems().add(waiting());
        picker.setOnShowing(e -> model.org().whenRead(() -> {
            List<MenuItem> menus = new ArrayList<>();
            for (GroupType type : GroupType.values()) {
                Menu menu = new Menu(type.name());
                model.org().groupNames(type, names -> names.forEach(name -> {
                    MenuItem item = new MenuItem(name);
                    item.setMnemonicParsing(false);
                    item.setOnAction(a -> model.form().addPicked(Field.MEMBER_GROUPS, type.name() + ":" + name));
                    menu.getItems().add(item);
                }), problem -> menu.getItems().add(disabled(problem)));
                if (menu.getItems().isEmpty()) {
                    menu.getItems().add(disabled("The org has none."));
                }
                menus.add(menu);
            }
            picker.getItems().setAll(menus);
        }, problem -> picker.getItems().setAll(disabled(problem))));
        return picker;
    }

    private static MenuItem waiting() {
        return disabled("Reading the org...");
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setDisable(true);
        return item;
    }

    private int text(GridPane grid, int row, Field field, String name, String prompt) {
        TextField input = new TextField();
        input.setId("field-" + field.name());
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(model.form().field(field));
        return place(grid, row, field, name, input);
    }

    /** The field, its message below it, and a decoration while it is wrong. */
    private int place(GridPane grid, int row, Field field, String name, Control input) {
        Label error = new Label();
        error.setId("error-" + field.name());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.form().error(field));
        error.managedProperty().bind(Bindings.isNotEmpty(model.form().error(field)));
        error.visibleProperty().bind(Bindings.isNotEmpty(model.form().error(field)));
        grid.add(new Label(name), 0, row);
        grid.add(input, 1, row);
        grid.add(error, 1, row + 1);
        GridPane.setHgrow(input, Priority.ALWAYS);
        input.setMaxWidth(Double.MAX_VALUE);
        decorations.registerValidator(input, false, (Control c, Object value) -> ValidationResult.fromMessageIf(c,
                model.form().error(field).get(), Severity.ERROR, !model.form().error(field).get().isEmpty()));
        model.form().error(field).addListener((o, was, now) -> decorations.revalidate(input));
        return row + 2;
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
