package io.floorwatch.ui.views;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.Command;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The Views menu: the saved views to switch to (the current one ticked), then saving, renaming, deleting, export
 * and import; under it, what the last of these did. It binds to its ViewModel and forwards only.
 */
public final class ViewsMenu extends VBox {
    private final ViewsViewModel model;
    private final MenuButton button = new MenuButton();
    /** Save, rename, delete, export and import: made once, after the views' entries. */
    private final List<MenuItem> actions;

    public ViewsMenu(ViewsViewModel model) {
        super(4);
        this.model = model;
        setId("viewsBar");
        button.setId("viewsMenu");
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add(Styles.FLAT);
        button.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get().isEmpty()
                ? "Views" : "View: " + model.currentProperty().get(), model.currentProperty()));
        button.setTooltip(new Tooltip("Saved views: the floor's and the queues' filters, columns and sort, under a "
                + "name. Ctrl+Shift+S saves what the screens show; Alt+1 to Alt+9 switch; F1 lists the keys."));
        actions = List.of(new SeparatorMenuItem(),
                item("Save view as…", "saveViewAs", model.saveAsCommand()),
                item("Rename view…", "renameView", model.renameCommand()),
                item("Delete view…", "deleteView", model.deleteCommand()),
                new SeparatorMenuItem(),
                item("Export this view…", "exportView", model.exportCurrentCommand()),
                item("Export all views…", "exportAllViews", model.exportAllCommand()),
                item("Import views…", "importViews", model.importCommand()));
        Label message = new Label();
        message.setId("viewsMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.messageIsErrorProperty().addListener((o, was, error) -> {
            message.getStyleClass().remove(Styles.DANGER);
            if (error) {
                message.getStyleClass().add(Styles.DANGER);
            }
        });
        model.names().addListener((ListChangeListener<String>) c -> fill());
        model.currentProperty().addListener((o, was, now) -> fill());
        fill();
        getChildren().addAll(button, message);
    }

    /** Opens the menu, as its shortcut does. */
    public void open() {
        if (!button.isShowing()) {
            button.requestFocus();
            button.show();
        }
    }

    private void fill() {
        List<MenuItem> items = new ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        List<String> names = model.names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            RadioMenuItem item = new RadioMenuItem(name);
            item.setId("view-" + (i + 1));
            item.setToggleGroup(group);
            item.setSelected(name.equals(model.currentProperty().get()));
            item.setOnAction(e -> model.switchTo(name));
            items.add(item);
        }
        if (names.isEmpty()) {
            MenuItem none = new MenuItem("No saved views yet");
            none.setDisable(true);
            items.add(none);
        }
        items.addAll(actions);
        button.getItems().setAll(items);
    }

    private static MenuItem item(String text, String id, Command command) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(command.notExecutableProperty());
        item.setOnAction(e -> command.execute());
        return item;
    }
}
