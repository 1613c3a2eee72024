package io.floorwatch.ui.settings;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.Theme;
import io.floorwatch.domain.Region;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The settings form. Layout and bindings only; every decision is the ViewModel's. */
public final class SettingsView extends VBox {

    public SettingsView(SettingsViewModel model) {
        setId("settingsView");
        setSpacing(16);
        setPadding(new Insets(24));
        setMaxWidth(720);

        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);

        ToggleGroup targets = new ToggleGroup();
        HBox targetRow = new HBox(16);
        for (SettingsViewModel.Target target : SettingsViewModel.Target.values()) {
            RadioButton button = new RadioButton(target.toString());
            button.setId("target" + target.name());
            button.setToggleGroup(targets);
            button.setUserData(target);
            button.setSelected(model.targetProperty().get() == target);
            targetRow.getChildren().add(button);
        }
        targets.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.targetProperty().set((SettingsViewModel.Target) now.getUserData());
            }
        });

        ComboBox<Region> region = new ComboBox<>(model.regions());
        region.setId("region");
        region.setPromptText("Choose a region");
        region.setMaxWidth(Double.MAX_VALUE);
        region.valueProperty().bindBidirectional(model.regionProperty());

        TextField customUrl = new TextField();
        customUrl.setId("customUrl");
        customUrl.setPromptText("https://api.mypurecloud.com or http://127.0.0.1:<port>");
        customUrl.textProperty().bindBidirectional(model.customUrlProperty());

        TextField clientId = new TextField();
        clientId.setId("clientId");
        clientId.setPromptText("OAuth client id (client credentials grant)");
        clientId.textProperty().bindBidirectional(model.clientIdProperty());

        PasswordField secret = new PasswordField();
        secret.setId("secret");
        secret.setPromptText("Client secret");
        secret.textProperty().bindBidirectional(model.secretProperty());
        Label secretHint = new Label();
        secretHint.getStyleClass().add(Styles.TEXT_MUTED);
        secretHint.setWrapText(true);
        secretHint.textProperty().bind(model.secretHintProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        int row = 0;
        row = field(form, row, "Region", region, error("regionError", model.regionErrorProperty()));
        row = field(form, row, "API URL", customUrl, error("customUrlError", model.customUrlErrorProperty()));
        row = field(form, row, "Client ID", clientId, error("clientIdError", model.clientIdErrorProperty()));
        field(form, row, "Client secret", new VBox(4, secret, secretHint),
                error("secretError", model.secretErrorProperty()));
        form.disableProperty().bind(model.targetProperty().isEqualTo(SettingsViewModel.Target.DEMO));
        region.disableProperty().bind(model.targetProperty().isNotEqualTo(SettingsViewModel.Target.REGION));
        customUrl.disableProperty().bind(model.targetProperty().isNotEqualTo(SettingsViewModel.Target.CUSTOM_URL));

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("theme");
        theme.getItems().setAll(Theme.values());
        theme.valueProperty().bindBidirectional(model.themeProperty());
        HBox themeRow = new HBox(12, new Label("Theme"), theme);

        Button test = new Button("Test connection");
        test.setId("testConnection");
        test.disableProperty().bind(model.testConnectionCommand().notExecutableProperty());
        test.setOnAction(e -> model.testConnectionCommand().execute());
        Button save = new Button("Save");
        save.setId("save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.saveCommand().notExecutableProperty());
        save.setOnAction(e -> model.saveCommand().execute());
        HBox buttons = new HBox(12, test, save);

        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((obs, was, isError) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(isError ? Styles.DANGER : Styles.SUCCESS);
        });

        Label demoNote = new Label("Demo runs a simulated contact center in-process, through the same code paths "
                + "as a real org. Choose a region or a custom URL to connect to Genesys Cloud.");
        demoNote.setWrapText(true);
        demoNote.getStyleClass().add(Styles.TEXT_MUTED);

        getChildren().addAll(title, new Label("Connect to"), targetRow, demoNote, form, themeRow, buttons, message);
    }

    private static Label error(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(Bindings.isNotEmpty(text));
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        return label;
    }

    private static int field(GridPane form, int row, String name, Node input, Label error) {
        Label label = new Label(name);
        form.add(label, 0, row);
        form.add(input, 1, row);
        form.add(error, 1, row + 1);
        GridPane.setHgrow(input, javafx.scene.layout.Priority.ALWAYS);
        input.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        error.textProperty().addListener((obs, was, now) ->
                input.pseudoClassStateChanged(Styles.STATE_DANGER, now != null && !now.isEmpty()));
        return row + 2;
    }
}
