package io.floorwatch.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The queues tab: a grid of the thresholds for every queue and each queue's own, an empty field prompting what it
 * inherits and from where, with a filter by queue name for a large org. Layout and bindings only; the form
 * validates.
 */
final class QueueThresholdsPane extends VBox {
    private final QueueThresholdsForm form;
    private final GridPane grid = new GridPane();
    private final TextField filter = new TextField();

    QueueThresholdsPane(QueueThresholdsForm form) {
        super(10);
        this.form = form;
        setPadding(new Insets(12, 0, 0, 0));
        setMaxWidth(1040);
        filter.setId("queueThresholdsFilter");
        filter.setPromptText("Find a queue");
        filter.setMaxWidth(320);
        grid.setId("queueThresholds");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("queueThresholdsScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label note = new Label("Service level in % answered within the queue's time; waiting in interactions; the "
                + "longest wait in seconds. Amber from the first of each pair, red from the second. An empty field "
                + "inherits, as its grey text shows: a queue's from the defaults, then its service level in Genesys "
                + "(the call service level: its share, red 20 points below; its time, red at twice that), then the "
                + "built-in values. The queues screen and the wallboard colour by these, and a figure red for 30 s "
                + "raises a queue alert.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        form.rows().addListener((javafx.collections.ListChangeListener<QueueThresholdRow>) c -> rebuild());
        filter.textProperty().addListener(o -> rebuild());
        rebuild();
        getChildren().addAll(filter, scroll, SettingsView.error("queueThresholdsError", form.errorProperty()), note);
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.add(header("Queue"), 0, 0);
        int column = 1;
        for (QueueThresholdField field : QueueThresholdField.values()) {
            grid.add(header(field.label()), column++, 0);
        }
        String find = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        int row = 1;
        for (QueueThresholdRow line : form.rows()) {
            if (!line.defaults() && !find.isEmpty() && !line.name().toLowerCase(Locale.ROOT).contains(find)) {
                continue;
            }
            Label name = new Label(line.defaults() || line.known() ? line.name() : line.name() + " (not in this org)");
            name.setMaxWidth(240);
            name.setTooltip(new Tooltip(line.name()));
            if (line.defaults()) {
                name.getStyleClass().add(Styles.TEXT_BOLD);
            }
            grid.add(name, 0, row);
            column = 1;
            for (QueueThresholdField field : QueueThresholdField.values()) {
                TextField input = new TextField();
                input.setId("qt-" + idOf(line) + "-" + field.name());
                input.textProperty().bindBidirectional(line.property(field));
                input.promptTextProperty().bind(line.inheritedProperty(field));
                input.setPrefColumnCount(8);
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(line.inheritedProperty(field).map(inherited -> line.name() + ", "
                        + field.label() + ". Empty inherits " + inherited + "."));
                input.setTooltip(tip);
                grid.add(input, column++, row);
            }
            row++;
        }
    }

    /** "defaults", or the queue's name with anything but letters and digits as '_' (a CSS id). */
    static String idOf(QueueThresholdRow row) {
        return row.defaults() ? "defaults" : row.name().replaceAll("[^A-Za-z0-9]", "_");
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
