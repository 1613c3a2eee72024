package io.floorwatch.ui.common;

import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.function.Function;

/** The small controls every screen builds the same way: a button bound to a command, a read-only text column. */
public final class Controls {
    private Controls() {
    }

    /** A button that runs {@code command} and is disabled while the command may not run; it keeps its width. */
    public static Button button(String id, String text, Command command) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(command.notExecutableProperty());
        button.setOnAction(e -> command.execute());
        return button;
    }

    /**
     * A command's button that also needs a Genesys permission: disabled while the signed-in person lacks it, and
     * then its tooltip names the permission. The tooltip sits on a wrapper, because a disabled control shows none.
     */
    public static StackPane guarded(String id, String text, Command command, Permits permits, String permission) {
        Button button = button(id, text, command);
        button.disableProperty().bind(command.notExecutableProperty().or(permits.allows(permission).not()));
        StackPane wrapper = new StackPane(button);
        wrapper.setId(id + "Permission");
        wrapper.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        StringBinding missing = permits.missing(permission, text.replace("...", ""));
        tip.textProperty().bind(missing);
        Runnable show = () -> {
            if (missing.get().isEmpty()) {
                Tooltip.uninstall(wrapper, tip);
            } else {
                Tooltip.install(wrapper, tip);
            }
        };
        missing.addListener((o, was, now) -> show.run());
        show.run();
        wrapper.getProperties().put(Tooltip.class, tip);
        return wrapper;
    }

    /**
     * A label that wraps its words onto more lines where its space is narrower than its text (a table's placeholder
     * at 1024 px), instead of cutting it off with an ellipsis.
     */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The button inside a {@link #guarded} wrapper. */
    public static Button guardedButton(StackPane wrapper) {
        return (Button) wrapper.getChildren().get(0);
    }

    /** A column showing {@code value} of each row as text. */
    public static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /**
     * A table the keyboard is in with nothing chosen chooses its first row, when it takes the focus or when rows
     * arrive while it has it: its focus sits on that row unselected, and with one row the Down arrow has nowhere to
     * go, so the keyboard could not choose at all.
     */
    public static <S> void selectFirstOnFocus(TableView<S> table) {
        Runnable chooseFirst = () -> {
            if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        };
        table.focusedProperty().addListener(o -> chooseFirst.run());
        // Later, not in the change: a model that replaces its rows puts its own choice back right after, and that
        // choice is the person's; only a table still without one takes the first row.
        table.getItems().addListener((ListChangeListener<S>) c -> Platform.runLater(chooseFirst));
    }
}
