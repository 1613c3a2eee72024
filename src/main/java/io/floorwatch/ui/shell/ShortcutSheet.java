package io.floorwatch.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortcut sheet (F1): every shortcut of the window under its heading, the keys in the left column. Built from
 * {@link Shortcuts} each time it opens, so it lists what works now. Shown in the window's own overlay, not a
 * separate window, so Esc or F1 again closes it and the focus goes back where it was.
 */
final class ShortcutSheet extends VBox {
    ShortcutSheet(List<Shortcuts.Shortcut> shortcuts) {
        setId("shortcutSheet");
        setSpacing(10);
        setPadding(new Insets(20, 24, 20, 24));
        setMaxWidth(620);
        setMaxHeight(Region.USE_PREF_SIZE);
        getStyleClass().add("shortcut-sheet");
        setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default; "
                + "-fx-border-radius: 6; -fx-background-radius: 6; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 18, 0, 0, 4);");
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Tab and Shift+Tab move between the fields of a screen. On the floor, Enter in the "
                + "search box goes to the agents, Enter on an agent opens their pane, Esc clears the choice; on an "
                + "alert, Enter opens its agent and Enter in its note acknowledges it. Esc or F1 closes this sheet.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(150);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        Map<String, List<Shortcuts.Shortcut>> groups = new LinkedHashMap<>();
        shortcuts.forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        int row = 0;
        for (Map.Entry<String, List<Shortcuts.Shortcut>> group : groups.entrySet()) {
            Label heading = new Label(group.getKey());
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            heading.setPadding(new Insets(row == 0 ? 0 : 8, 0, 0, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcuts.Shortcut shortcut : group.getValue()) {
                Label keysLabel = new Label(shortcut.keysText());
                keysLabel.getStyleClass().add(Styles.ACCENT);
                keysLabel.setStyle("-fx-font-family: monospace;");
                grid.add(keysLabel, 0, row);
                grid.add(new Label(shortcut.what()), 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(560);
        scroll.setStyle("-fx-background-color: transparent;");
        getChildren().addAll(title, hint, scroll);
    }
}
