package io.floorwatch.ui.provisioning;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.GroupType;
import io.floorwatch.ui.provisioning.QueueForm.Field;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A queue form's grid: each field with its label, its message below it while the model finds it wrong (and a
 * decoration on it), and "Pick" menus filled from the org. The new-queue and the edit form share it; ids carry
 * the form's prefix so both can be on one screen.
 */
final class FieldGrid {
    private final GridPane grid = new GridPane();
    private final QueueOrg org;
    private final FormFields form;
    private final String prefix;
    private final ValidationSupport decorations = new ValidationSupport();
    private int row;

    FieldGrid(QueueOrg org, FormFields form, String prefix) {
        this.org = org;
        this.form = form;
        this.prefix = prefix;
        grid.setHgap(12);
        grid.setVgap(3);
        decorations.setErrorDecorationEnabled(true);
    }

    /** The grid as laid out so far, labels kept whole however narrow the window. */
    GridPane pane() {
        grid.getChildren().stream().filter(n -> n instanceof Label && GridPane.getColumnIndex(n) == 0)
                .forEach(n -> ((Label) n).setMinWidth(Label.USE_PREF_SIZE));
        return grid;
    }

    /** A text field for {@code field}, with {@code extra} (a picker, or null) beside it. */
    void text(Field field, String prompt, Node extra) {
        TextField input = new TextField();
        input.setId(prefix + "field-" + field.name());
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(form.field(field));
        place(field, input, extra);
    }

    /** {@code input} for {@code field}, its message below it, and a decoration while it is wrong. */
    void place(Field field, Control input, Node extra) {
        Label error = new Label();
        error.setId(prefix + "error-" + field.name());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(form.error(field));
        error.managedProperty().bind(Bindings.isNotEmpty(form.error(field)));
        error.visibleProperty().bind(Bindings.isNotEmpty(form.error(field)));
        grid.add(new Label(field.label()), 0, row);
        grid.add(input, 1, row);
        if (extra != null) {
            grid.add(extra, 2, row);
        }
        grid.add(error, 1, row + 1);
        GridPane.setHgrow(input, Priority.ALWAYS);
        input.setMaxWidth(Double.MAX_VALUE);
        decorations.registerValidator(input, false, (Control c, Object value) -> ValidationResult.fromMessageIf(c,
                form.error(field).get(), Severity.ERROR, !form.error(field).get().isEmpty()));
        form.error(field).addListener((o, was, now) -> decorations.revalidate(input));
        row += 2;
    }

    /** A row with no field of the form's text (a choice box, a tick box). */
    void row(String label, Node input) {
        grid.addRow(row++, new Label(label), input);
    }

    /**
     * A "Pick" menu beside a field, filled with the org's names when it opens (the org is read first if it has
     * not been): choosing one sets the field ({@code replace}) or adds it to the field's list in its syntax.
     */
    MenuButton picker(String id, Field field, QueueOrg.Names names, Function<String, String> entry,
            boolean replace) {
        MenuButton picker = pickMenu(id);
        picker.setOnShowing(e -> org.names(names, found -> {
            List<MenuItem> items = new ArrayList<>();
            for (String name : found) {
                MenuItem item = item(name);
                item.setOnAction(a -> {
                    if (replace) {
                        form.field(field).set(entry.apply(name));
                    } else {
                        form.addPicked(field, entry.apply(name));
                    }
                });
                items.add(item);
            }
            picker.getItems().setAll(items.isEmpty() ? List.of(disabled("The org has none.")) : items);
        }, problem -> picker.getItems().setAll(disabled(problem))));
        return picker;
    }

    /** Teams, groups and skill groups, each under its own heading, added as "TYPE:name". */
    MenuButton groupPicker(String id) {
        MenuButton picker = pickMenu(id);
        picker.setOnShowing(e -> org.whenRead(() -> {
            List<MenuItem> menus = new ArrayList<>();
            for (GroupType type : GroupType.values()) {
                Menu menu = new Menu(type.name());
                org.groupNames(type, names -> names.forEach(name -> {
                    MenuItem item = item(name);
                    item.setOnAction(a -> form.addPicked(Field.MEMBER_GROUPS, type.name() + ":" + name));
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

    private MenuButton pickMenu(String id) {
        MenuButton picker = new MenuButton("Pick");
        picker.setId(prefix + id);
        picker.setMinWidth(Control.USE_PREF_SIZE);
        picker.getItems().add(disabled("Reading the org..."));
        return picker;
    }

    private static MenuItem item(String text) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        return item;
    }

    private static MenuItem disabled(String text) {
        MenuItem item = item(text);
        item.setDisable(true);
        return item;
    }
}
