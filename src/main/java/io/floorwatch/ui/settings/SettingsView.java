package io.floorwatch.ui.settings;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.Region;
import io.floorwatch.domain.Theme;
import io.floorwatch.ui.common.Controls;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The settings form. Layout and bindings only; every decision is the ViewModel's. */
public final class SettingsView extends VBox {

    public SettingsView(SettingsViewModel model) {
        setId("settingsView");
        setSpacing(16);
        setPadding(new Insets(24));
        setMaxWidth(1100);

        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);

        ToggleGroup targets = new ToggleGroup();
        FlowPane targetRow = new FlowPane(16, 6);
        for (ConnectionForm.Target target : ConnectionForm.Target.values()) {
            RadioButton button = new RadioButton(target.toString());
            button.setId("target" + target.name());
            button.setToggleGroup(targets);
            button.setUserData(target);
            button.setSelected(model.connection().targetProperty().get() == target);
            targetRow.getChildren().add(button);
        }
        targets.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.connection().targetProperty().set((ConnectionForm.Target) now.getUserData());
            }
        });

        ComboBox<Region> region = new ComboBox<>(model.connection().regions());
        region.setId("region");
        region.setPromptText("Choose a region");
        region.setMaxWidth(Double.MAX_VALUE);
        region.valueProperty().bindBidirectional(model.connection().regionProperty());

        TextField customUrl = new TextField();
        customUrl.setId("customUrl");
        customUrl.setPromptText("https://api.mypurecloud.com or http://127.0.0.1:<port>");
        customUrl.textProperty().bindBidirectional(model.connection().customUrlProperty());

        TextField clientId = new TextField();
        clientId.setId("clientId");
        clientId.promptTextProperty().bind(Bindings.when(model.connection().signInProperty()
                .isEqualTo(ConnectionForm.SignInChoice.PERSON)).then("OAuth client id (Code Authorization with PKCE)")
                .otherwise("OAuth client id (client credentials grant)"));
        clientId.textProperty().bindBidirectional(model.connection().clientIdProperty());

        PasswordField secret = new PasswordField();
        secret.setId("secret");
        secret.setPromptText("Client secret");
        secret.textProperty().bindBidirectional(model.connection().secretProperty());
        Label secretHint = new Label();
        secretHint.getStyleClass().add(Styles.TEXT_MUTED);
        secretHint.setWrapText(true);
        secretHint.textProperty().bind(model.connection().secretHintProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        int row = 0;
        row = field(form, row, "Region", region, error("regionError", model.connection().regionErrorProperty()));
        row = field(form, row, "API URL", customUrl, error("customUrlError",
                model.connection().customUrlErrorProperty()));
        ChoiceBox<ConnectionForm.SignInChoice> signIn = new ChoiceBox<>();
        signIn.setId("signInChoice");
        signIn.getItems().setAll(ConnectionForm.SignInChoice.values());
        signIn.valueProperty().bindBidirectional(model.connection().signInProperty());
        signIn.setMaxWidth(Double.MAX_VALUE);
        row = field(form, row, "Sign in", signIn, new Label());
        row = field(form, row, "Client ID", clientId, error("clientIdError",
                model.connection().clientIdErrorProperty()));
        TextField port = new TextField();
        port.setId("redirectPort");
        port.textProperty().bindBidirectional(model.connection().portProperty());
        Label portHint = new Label();
        portHint.setId("redirectHint");
        portHint.setWrapText(true);
        portHint.getStyleClass().add(Styles.TEXT_MUTED);
        portHint.textProperty().bind(Bindings.createStringBinding(() -> "The OAuth client "
                + "(grant type Code Authorization with PKCE) must list " + model.connection().redirectUriHint()
                + " as a redirect URI. No secret is kept: your sign-in stays in " + "the OS keychain.",
                model.connection().portProperty()));
        int personRow = row;
        row = field(form, row, "Redirect port", new VBox(4, port, portHint), error("redirectPortError",
                model.connection().portErrorProperty()));
        int secretRow = row;
        field(form, row, "Client secret", new VBox(4, secret, secretHint),
                error("secretError", model.connection().secretErrorProperty()));
        // A person's sign-in has a redirect port and no secret; a service connection the other way round.
        BooleanBinding person = model.connection().signInProperty()
                .isEqualTo(ConnectionForm.SignInChoice.PERSON);
        for (Node node : form.getChildren()) {
            Integer at = GridPane.getRowIndex(node);
            if (at != null && (at == personRow || at == personRow + 1)) {
                node.visibleProperty().bind(person);
                node.managedProperty().bind(person);
            } else if (at != null && (at == secretRow || at == secretRow + 1)) {
                node.visibleProperty().bind(person.not());
                node.managedProperty().bind(person.not());
            }
        }
        keepLabels(form);
        form.disableProperty().bind(model.connection().targetProperty().isEqualTo(ConnectionForm.Target.DEMO));
        region.disableProperty().bind(model.connection().targetProperty().isNotEqualTo(ConnectionForm.Target.REGION));
        customUrl.disableProperty().bind(model.connection().targetProperty()
                .isNotEqualTo(ConnectionForm.Target.CUSTOM_URL));

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
        Button signInButton = Controls.button("signIn", "Sign in", model.signInCommand());
        Button signOutButton = Controls.button("signOut", "Sign out", model.signOutCommand());
        Button cancelSignIn = Controls.button("cancelSignIn", "Cancel sign-in", model.cancelSignInCommand());
        for (Button b : List.of(signInButton, signOutButton, cancelSignIn)) {
            b.visibleProperty().bind(b.disableProperty().not());
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox buttons = new HBox(12, test, signInButton, cancelSignIn, signOutButton, save);

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

        Label feedsTitle = new Label("Feeds");
        feedsTitle.getStyleClass().add(Styles.TITLE_4);
        Label connectionTitle = new Label("Connect to");
        connectionTitle.getStyleClass().add(Styles.TITLE_4);
        VBox connectionColumn = new VBox(12, connectionTitle, targetRow, demoNote, form, themeRow);
        VBox feedsColumn = new VBox(12, feedsTitle, feedsForm(model.feeds()));
        connectionColumn.setPrefWidth(460);
        connectionColumn.setMinWidth(420);
        feedsColumn.setPrefWidth(560);
        feedsColumn.setMinWidth(480);
        // Side by side where there is room; one above the other in a narrow window (at 1024 px the two columns
        // squeezed each other's fields to "Cho..."), scrolling when the height runs out.
        FlowPane columns = new FlowPane(32, 20, connectionColumn, feedsColumn);
        columns.setPadding(new Insets(12, 12, 12, 0));
        columns.setAlignment(Pos.TOP_LEFT);
        columns.setRowValignment(VPos.TOP);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setId("connectionScroll");
        scroll.getStyleClass().add("edge-to-edge");
        Tab connectionTab = new Tab("Connection and feeds", scroll);
        connectionTab.setId("connectionTab");
        Tab alertsTab = new Tab("Alerts",
                new AlertRulesEditor(model.alerts()));
        alertsTab.setId("alertsTab");
        Tab driftTab = new Tab("Drift check", driftForm(model.drift()));
        driftTab.setId("driftTab");
        Tab interactionsTab = new Tab("Interactions", new InteractionThresholdsPane(model.interactions()));
        interactionsTab.setId("interactionsTab");
        Tab queuesTab = new Tab("Queues", new QueueThresholdsPane(model.queueThresholds()));
        queuesTab.setId("queueThresholdsTab");
        // The org's queues are read again each time the tab is opened (the directory fills after connecting).
        queuesTab.setOnSelectionChanged(e -> {
            if (queuesTab.isSelected()) {
                model.queueThresholds().refresh();
            }
        });
        Tab actionsTab = new Tab("Acting on agents", actionsForm(model.actions()));
        actionsTab.setId("actionsTab");
        Tab noticesTab = new Tab("Change notices", new NoticeSettingsPane(model.notices()));
        noticesTab.setId("noticesTab");
        TabPane tabs = new TabPane(connectionTab, alertsTab, interactionsTab, queuesTab, driftTab, actionsTab,
                noticesTab);
        // Test belongs to the connection it tests: beside Save, but only while the connection tab shows (in the
        // connection column it pushed the theme row out of sight at 700 px).
        test.visibleProperty().bind(tabs.getSelectionModel().selectedItemProperty().isEqualTo(connectionTab));
        test.managedProperty().bind(test.visibleProperty());
        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A rule with a bad field is selected by the form; show its tab so the message is seen.
        model.alerts().rulesErrorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                tabs.getSelectionModel().select(alertsTab);
            }
        });
        model.drift().errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                tabs.getSelectionModel().select(driftTab);
            }
        });
        model.actions().errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                tabs.getSelectionModel().select(actionsTab);
            }
        });
        model.interactions().errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                tabs.getSelectionModel().select(interactionsTab);
            }
        });
        model.queueThresholds().errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                tabs.getSelectionModel().select(queuesTab);
            }
        });
        javafx.beans.InvalidationListener noticeError = o -> {
            if (!model.notices().urlErrorProperty().get().isEmpty()
                    || !model.notices().headersErrorProperty().get().isEmpty()) {
                tabs.getSelectionModel().select(noticesTab);
            }
        };
        model.notices().urlErrorProperty().addListener(noticeError);
        model.notices().headersErrorProperty().addListener(noticeError);
        // The deliveries and the signing state are read each time the tab is opened.
        noticesTab.setOnSelectionChanged(e -> {
            if (noticesTab.isSelected()) {
                model.notices().refresh();
            }
        });
        // The tabs take the room there is (the tab pane clips), so Save and the message always show below them.
        VBox.setVgrow(tabs, Priority.ALWAYS);
        tabs.setMinHeight(120);
        getChildren().addAll(title, tabs, buttons, message);
    }


    private static VBox actionsForm(ActionSettingsForm actions) {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        field(form, 0, "Reason required above (agents)", text("reasonAbove", "10", actions.reasonAboveProperty()),
                error("actionsError", actions.errorProperty()));
        keepLabels(form);
        Label note = new Label("A batch of more agents than this (a presence, a queue join or leave, an undo) is "
                + "sent only with a reason; logging agents out always needs one. The reason goes into the audit log "
                + "and the change notice.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, form, note);
        box.setPadding(new Insets(12, 0, 0, 0));
        box.setMaxWidth(760);
        return box;
    }

    private static VBox driftForm(DriftSettingsForm drift) {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        int row = field(form, 0, "Watched baseline", text("driftBaseline", "a baseline saved on the drift screen; "
                + "empty: no scheduled check", drift.baselineProperty()), new Label());
        row = field(form, row, "Every (minutes)", text("driftInterval", "15", drift.intervalProperty()), new Label());
        row = field(form, row, "Ignore fields", text("driftIgnoreFields", "QUEUE.members, AGENT_SKILL.*",
                drift.ignoreFieldsProperty()), new Label());
        field(form, row, "Ignore entities", text("driftIgnoreEntities", "Test *, * (sandbox)",
                drift.ignoreEntitiesProperty()), error("driftError", drift.errorProperty()));
        keepLabels(form);
        Label note = new Label("The scheduled check reads the org (paced, so the live floor keeps its calls) and "
                + "compares it with the watched baseline; each new difference raises an alert. The ignore rules "
                + "apply to the drift screen too.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, form, note);
        box.setPadding(new Insets(12, 0, 0, 0));
        box.setMaxWidth(760);
        return box;
    }

    private static GridPane feedsForm(FeedSettingsForm feeds) {
        ChoiceBox<String> agents = new ChoiceBox<>();
        agents.setId("agentSource");
        agents.getItems().setAll(feeds.agentSources());
        agents.valueProperty().bindBidirectional(feeds.agentSourceProperty());
        ChoiceBox<String> queues = new ChoiceBox<>();
        queues.setId("queueSource");
        queues.getItems().setAll(feeds.queueSources());
        queues.valueProperty().bindBidirectional(feeds.queueSourceProperty());
        TextField bootstrap = text("bootstrapServers", "broker1:9092,broker2:9092 (demo: built-in broker)",
                feeds.bootstrapProperty());
        TextField queueTopic = text("queueTopic", "queue-metric topic", feeds.queueTopicProperty());
        TextField agentTopic = text("agentTopic", "agent-state topic", feeds.agentTopicProperty());
        TextField group = text("groupId", "empty: one per user and machine", feeds.groupIdProperty());
        TextField wait = text("waitWeight", "0.5", feeds.waitWeightProperty());
        TextField availability = text("availabilityWeight", "0.3", feeds.availabilityWeightProperty());
        TextField abandon = text("abandonWeight", "0.2", feeds.abandonWeightProperty());
        HBox weights = new HBox(8, weightLabel("waitWeightLabel", "wait"), wait,
                weightLabel("availabilityWeightLabel", "availability"), availability,
                weightLabel("abandonWeightLabel", "abandon rate"), abandon);
        weights.setMinWidth(HBox.USE_PREF_SIZE);
        for (TextField weight : new TextField[] {wait, availability, abandon}) {
            weight.setPrefColumnCount(5);
            // Narrow windows squeeze the row: a weight must still show whole ("0.5", not "0").
            weight.setMinWidth(TextField.USE_PREF_SIZE);
        }
        weights.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        form.addRow(0, new Label("Agent state from"), agents);
        form.addRow(1, new Label("Queue metrics from"), queues);
        int row = 2;
        row = field(form, row, "Kafka servers", bootstrap, error("bootstrapError", feeds.bootstrapErrorProperty()));
        row = field(form, row, "Topics (queues, agents)", new HBox(8, queueTopic, agentTopic),
                error("topicError", feeds.topicErrorProperty()));
        row = field(form, row, "Consumer group", group, error("groupError", feeds.groupErrorProperty()));
        field(form, row, "Score weights", weights, error("weightsError", feeds.weightsErrorProperty()));
        keepLabels(form);
        return form;
    }

    static TextField text(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static Label error(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(Bindings.isNotEmpty(text));
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        return label;
    }

    /** Field names keep their width; the inputs give way when the window is narrow. */
    static void keepLabels(GridPane form) {
        for (Node child : form.getChildren()) {
            Integer column = GridPane.getColumnIndex(child);
            if (child instanceof Label label && (column == null || column == 0)) {
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    static int field(GridPane form, int row, String name, Node input, Label error) {
        Label label = new Label(name);
        if (input instanceof VBox) {
            // Beside the field, not halfway down its hint.
            GridPane.setValignment(label, VPos.TOP);
            label.setPadding(new Insets(6, 0, 0, 0));
        }
        form.add(label, 0, row);
        form.add(input, 1, row);
        form.add(error, 1, row + 1);
        GridPane.setHgrow(input, Priority.ALWAYS);
        input.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        error.textProperty().addListener((obs, was, now) ->
                input.pseudoClassStateChanged(Styles.STATE_DANGER, now != null && !now.isEmpty()));
        return row + 2;
    }

    /** A weight's caption, never cut to "a...": the row gives way elsewhere. */
    private static Label weightLabel(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
