package io.floorwatch.ui.tuning;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Beside Apply: how long the staged change lasts (until changed, for a length, until a time of day) and when it
 * starts (now, at a time of day), the time-box's title, and a sentence saying what Apply will do or what is wrong.
 * The start and title show only for a time-box. Layout and bindings only.
 */
final class TimeBoxControls extends VBox {
    TimeBoxControls(TimeBoxForm form) {
        super(4);
        setId("tuningTimeBox");
        ComboBox<TimeBoxForm.Lasting> lasting = new ComboBox<>();
        lasting.getItems().setAll(TimeBoxForm.Lasting.values());
        lasting.setId("tuningLasting");
        lasting.valueProperty().bindBidirectional(form.lastingProperty());
        lasting.setAccessibleText("How long the change lasts");
        ComboBox<String> length = new ComboBox<>();
        length.getItems().setAll(TimeBoxForm.LENGTHS);
        length.setEditable(true);
        length.setId("tuningLength");
        length.setPromptText("e.g. 90m");
        length.setAccessibleText("For how long: a length such as 30 min, 90m, 2h or 1h30");
        // The typed text, not the committed value: Apply must see what is typed even before Enter.
        length.getEditor().textProperty().bindBidirectional(form.lengthProperty());
        length.setPrefWidth(110);
        TextField until = field("tuningUntil", form.untilProperty(), "Until a time of day, HH:mm");
        BooleanBinding timeBox = form.lastingProperty().isNotEqualTo(TimeBoxForm.Lasting.UNTIL_CHANGED);
        showWhen(length, form.lastingProperty().isEqualTo(TimeBoxForm.Lasting.FOR));
        showWhen(until, form.lastingProperty().isEqualTo(TimeBoxForm.Lasting.UNTIL));

        ComboBox<TimeBoxForm.Starting> starting = new ComboBox<>();
        starting.getItems().setAll(TimeBoxForm.Starting.values());
        starting.setId("tuningStarting");
        starting.valueProperty().bindBidirectional(form.startingProperty());
        starting.setAccessibleText("When the time-box starts");
        TextField at = field("tuningAt", form.atProperty(), "Starts at a time of day, HH:mm");
        showWhen(at, timeBox.and(form.startingProperty().isEqualTo(TimeBoxForm.Starting.AT)));
        TextField title = new TextField();
        title.setId("tuningTimeBoxTitle");
        title.setPromptText("Title (optional)");
        title.setAccessibleText("The time-box's title (optional)");
        title.setPrefColumnCount(10);
        title.textProperty().bindBidirectional(form.titleProperty());

        HBox lasts = group(labelFor("_Lasts", lasting), lasting, length, until);
        HBox starts = group(labelFor("_Starts", starting), starting, at);
        HBox named = group(labelFor("T_itle", title), title);
        showWhen(starts, timeBox);
        showWhen(named, timeBox);
        FlowPane choices = new FlowPane(16, 6, lasts, starts, named);
        choices.setAlignment(Pos.CENTER_LEFT);

        Label summary = sentence("tuningTimeBoxSummary", form.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = sentence("tuningTimeBoxError", form.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        getChildren().addAll(choices, summary, error);
    }

    private static TextField field(String id, StringProperty value, String meaning) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("HH:mm");
        field.setTooltip(new Tooltip("A time of day, HH:mm: today, or tomorrow once it has passed today"));
        field.setPrefColumnCount(5);
        field.setAccessibleText(meaning);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A label whose Alt+letter moves the focus to {@code target}. */
    private static Label labelFor(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox group(Node... nodes) {
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static Label sentence(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        // Every line kept: a box short of height would cut the sentence to one line first.
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        showWhen(label, Bindings.isNotEmpty(text));
        return label;
    }
}
