package io.floorwatch.ui.drift;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * The drift screen: the baseline and what to compare it with on top, the differences grouped by type in the
 * middle with filters and search, accept and revert below with their preview. Layout and bindings only.
 */
public final class DriftView extends VBox {
    public DriftView(DriftViewModel model) {
        this(model, new Permits());
    }

    /** @param permits what the signed-in person may do: reverting in the org needs {@code routing:queue:edit} */
    public DriftView(DriftViewModel model, Permits permits) {
        setId("driftView");
        setSpacing(10);
        setPadding(new Insets(16));
        getStylesheets().add(DriftView.class.getResource("drift.css").toExternalForm());
        Label title = new Label("Configuration drift");
        title.getStyleClass().add(Styles.TITLE_3);
        Label lastCheck = new Label();
        lastCheck.setId("driftLastCheck");
        lastCheck.getStyleClass().add(Styles.TEXT_MUTED);
        lastCheck.textProperty().bind(model.lastCheckProperty());
        HBox header = new HBox(16, title, lastCheck);
        header.setAlignment(Pos.BASELINE_LEFT);

        getChildren().addAll(header, baselineRow(model), targetRow(model), runRow(model), filterRow(model));
        TableView<DriftItem> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, actionRow(model, permits), previewPane(model));
        Label message = new Label();
        message.setId("driftMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().add(message);
        model.opened();
    }

    private static FlowPane baselineRow(DriftViewModel model) {
        ToggleGroup source = new ToggleGroup();
        RadioButton saved = new RadioButton("Saved");
        saved.setId("baselineSaved");
        saved.setToggleGroup(source);
        RadioButton file = new RadioButton("File");
        file.setId("baselineFromFile");
        file.setToggleGroup(source);
        Runnable select = () -> (model.sources().baselineSourceProperty().get() == DriftSources.BaselineSource.SAVED
                ? saved : file).setSelected(true);
        select.run();
        model.sources().baselineSourceProperty().addListener((o, a, b) -> select.run());
        source.selectedToggleProperty().addListener((o, a, b) -> model.sources().baselineSourceProperty().set(
                b == file ? DriftSources.BaselineSource.FILE : DriftSources.BaselineSource.SAVED));

        ComboBox<String> names = new ComboBox<>(model.sources().savedBaselines());
        names.setId("savedBaselines");
        names.setPromptText("No baseline saved yet");
        names.setPrefWidth(220);
        names.valueProperty().bindBidirectional(model.sources().baselineNameProperty());
        Button refresh = Controls.button("refreshBaselines", "↻", model.sources().refreshCommand());
        Button watch = Controls.button("watchBaseline", "Watch with the scheduled check",
                model.sources().watchCommand());
        Button open = Controls.button("openBaselineFile", "Open file...", model.sources().chooseBaselineFileCommand());
        Label fileName = fileLabel("baselineFileName", model.sources().baselineFileProperty());
        return row("Baseline", saved, names, refresh, watch, new Region(), file, open, fileName);
    }

    private static FlowPane targetRow(DriftViewModel model) {
        ComboBox<DriftSources.Target> target = new ComboBox<>();
        target.setId("driftTarget");
        target.getItems().addAll(DriftSources.Target.values());
        target.valueProperty().bindBidirectional(model.sources().targetProperty());
        Button open = Controls.button("openTargetFile", "Open file...", model.sources().chooseTargetFileCommand());
        Label fileName = fileLabel("targetFileName", model.sources().targetFileProperty());
        HBox fileBox = new HBox(8, open, fileName);
        fileBox.setAlignment(Pos.CENTER_LEFT);
        TextField url = new TextField();
        url.setId("otherUrl");
        url.setPromptText("https://api.mypurecloud.de");
        url.setPrefColumnCount(20);
        url.textProperty().bindBidirectional(model.sources().otherUrlProperty());
        TextField client = new TextField();
        client.setId("otherClientId");
        client.setPromptText("OAuth client id");
        client.setPrefColumnCount(16);
        client.textProperty().bindBidirectional(model.sources().otherClientIdProperty());
        PasswordField secret = new PasswordField();
        secret.setId("otherSecret");
        secret.setPromptText("client secret (not saved)");
        secret.textProperty().bindBidirectional(model.sources().otherSecretProperty());
        HBox otherBox = new HBox(8, url, client, secret);
        otherBox.setAlignment(Pos.CENTER_LEFT);
        fileBox.visibleProperty().bind(model.sources().targetProperty().isEqualTo(DriftSources.Target.FILE));
        fileBox.managedProperty().bind(fileBox.visibleProperty());
        otherBox.visibleProperty().bind(model.sources().targetProperty().isEqualTo(DriftSources.Target.OTHER_ORG));
        otherBox.managedProperty().bind(otherBox.visibleProperty());
        return row("Compare with", target, fileBox, otherBox);
    }

    private static FlowPane runRow(DriftViewModel model) {
        Button compare = Controls.button("compareDrift", "Compare", model.compareCommand());
        compare.getStyleClass().add(Styles.ACCENT);
        compare.setDefaultButton(true);
        Button cancel = Controls.button("cancelDrift", "Cancel", model.cancelCommand());
        ProgressBar progress = new ProgressBar();
        progress.setId("driftProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        TextField name = new TextField();
        name.setId("newBaselineName");
        name.setPromptText("name, e.g. Production 1 Dec");
        name.setPrefColumnCount(16);
        name.textProperty().bindBidirectional(model.newBaselineNameProperty());
        Button save = Controls.button("saveLiveBaseline", "Save the connected org as baseline",
                model.saveLiveCommand());
        return flow(compare, cancel, progress, name, save);
    }

    private static FlowPane filterRow(DriftViewModel model) {
        DriftResults results = model.results();
        ComboBox<String> type = choice("driftTypeFilter", results.typeChoices(), results.typeFilterProperty());
        ComboBox<String> change = choice("driftChangeFilter", results.changeChoices(),
                results.changeFilterProperty());
        ComboBox<String> severity = choice("driftSeverityFilter", results.severityChoices(),
                results.severityFilterProperty());
        TextField search = new TextField();
        search.setId("driftSearch");
        search.setPromptText("Search entity, field or value");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.results().searchProperty());
        Label counts = new Label();
        counts.setId("driftCounts");
        counts.textProperty().bind(model.results().countsProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        MenuButton export = new MenuButton("Export");
        export.setId("exportDrift");
        export.disableProperty().bind(model.results().exportableProperty().not());
        for (String[] format : new String[][] {{"CSV", "csv"}, {"JSON", "json"}, {"Markdown", "markdown"}}) {
            MenuItem item = new MenuItem(format[0] + "...");
            item.setId("exportDrift" + format[0]);
            item.setOnAction(e -> model.actions().export(format[1]));
            export.getItems().add(item);
        }
        return flow(new Label("Type"), type, new Label("Change"), change, new Label("Severity"), severity, search,
                counts, spring, export);
    }

    private static TableView<DriftItem> table(DriftViewModel model) {
        TableView<DriftItem> table = new TableView<>(model.results().items());
        ReadableHeaders.keep(table);
        table.setId("driftTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DriftItem>) c ->
                model.results().selected().setAll(table.getSelectionModel().getSelectedItems()));
        table.setPlaceholder(new Label("No differences to show. Compare a baseline with the org, a file or a "
                + "second org."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("Entity", 240, i -> i.isHeading() ? i.group() : i.entity()));
        table.getColumns().add(Controls.column("Field", 220, DriftItem::field));
        table.getColumns().add(Controls.column("Baseline", 200, DriftItem::baseline));
        table.getColumns().add(Controls.column("Now", 200, DriftItem::live));
        table.getColumns().add(Controls.column("Change", 80, DriftItem::change));
        table.getColumns().add(Controls.column("Severity", 80, DriftItem::severity));
        // The rows come grouped under their headings; sorting a column would scatter them.
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DriftItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("drift-group", "drift-high", "drift-medium", "drift-low");
                if (!empty && item != null) {
                    getStyleClass().add(item.isHeading() ? "drift-group"
                            : "drift-" + item.severity().toLowerCase(Locale.ROOT));
                }
            }
        });
        return table;
    }

    private static FlowPane actionRow(DriftViewModel model, Permits permits) {
        Button accept = Controls.button("acceptDrift", "Accept into the baseline...",
                model.actions().previewAcceptCommand());
        StackPane revert = Controls.guarded("revertDrift", "Revert in the org...",
                model.actions().previewRevertCommand(), permits, GenesysPermissions.QUEUE_EDIT);
        Controls.guardedButton(revert).getStyleClass().add(Styles.DANGER);
        Label hint = new Label("Select rows (Shift or Ctrl for more). Accept changes the baseline only; revert "
                + "writes to the org after a preview.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return flow(accept, revert, hint);
    }

    private static VBox previewPane(DriftViewModel model) {
        Label title = new Label();
        title.setId("driftPreviewTitle");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(model.actions().previewTitleProperty());
        ListView<String> steps = new ListView<>(model.actions().preview());
        steps.setId("driftPreview");
        steps.setPrefHeight(120);
        Button confirm = Controls.button("confirmDrift", "Confirm", model.actions().confirmCommand());
        confirm.getStyleClass().add(Styles.ACCENT);
        Button dismiss = Controls.button("dismissDrift", "Cancel", model.actions().dismissCommand());
        HBox buttons = new HBox(8, confirm, dismiss);
        VBox pane = new VBox(6, title, steps, buttons);
        pane.setId("driftPreviewPane");
        pane.getStyleClass().add("drift-preview");
        pane.visibleProperty().bind(model.actions().previewingProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private static ComboBox<String> choice(String id, List<String> choices,
            ObjectProperty<String> value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(choices);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static Label fileLabel(String id, ObservableValue<File> file) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.textProperty().bind(Bindings.createStringBinding(() -> file.getValue() == null ? "no file chosen"
                : file.getValue().getName(), file));
        return label;
    }

    private static FlowPane row(String caption, Node... nodes) {
        Label label = new Label(caption);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPrefWidth(100);
        FlowPane row = flow(label);
        row.getChildren().addAll(nodes);
        return row;
    }

    /**
     * A row of controls that wraps onto a second line in a narrow window rather than cutting their words short
     * (at 1024 px the drift bars read "...", "Ch...", "Sev...").
     */
    private static FlowPane flow(Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
