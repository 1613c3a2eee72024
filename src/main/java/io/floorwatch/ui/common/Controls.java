package io.floorwatch.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;

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

    /** A column showing {@code value} of each row as text. */
    public static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
