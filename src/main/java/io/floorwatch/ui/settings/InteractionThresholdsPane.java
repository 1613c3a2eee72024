package io.floorwatch.ui.settings;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.MediaType;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The interactions tab: a grid of each media's thresholds (handle, hold, after-call work) past which the floor
 * highlights an interaction. Layout and bindings only; the form validates.
 */
final class InteractionThresholdsPane extends VBox {
    InteractionThresholdsPane(InteractionSettingsForm form) {
        super(12);
        setPadding(new Insets(12, 0, 0, 0));
        setMaxWidth(760);
        GridPane grid = new GridPane();
        grid.setId("interactionThresholds");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, header("Media"), header("Handle"), header("Hold"), header("After-call work"));
        int row = 1;
        for (MediaType media : MediaType.values()) {
            Label name = new Label(media.label());
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            int column = 1;
            for (InteractionSettingsForm.Field field : InteractionSettingsForm.Field.values()) {
                TextField input = SettingsView.text("threshold-" + media.name() + "-" + field.name(), "min or m:ss",
                        form.property(media, field));
                input.setPrefColumnCount(6);
                grid.add(input, column++, row);
            }
            row++;
        }
        Label note = new Label("Minutes (10, 2.5) or minutes and seconds (1:30), from 1 s to 12 h. The floor "
                + "highlights an agent amber while one of their interactions is past its media's handle time "
                + "(connected, talk and hold), hold or after-call work, and red while they have more interactions of "
                + "a media than their capacity. The alert rules (Alerts tab) raise alerts on thresholds of their "
                + "own.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(grid, SettingsView.error("interactionsError", form.errorProperty()), note);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
