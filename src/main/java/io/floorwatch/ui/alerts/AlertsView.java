package io.floorwatch.ui.alerts;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.FilterChoice;
import io.floorwatch.ui.common.FxTicker;
import io.floorwatch.ui.common.ReadableHeaders;
import io.floorwatch.ui.common.ScreenLifecycle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The alert center: active alerts with their actions on top, past alerts below. Layout, bindings and one-line
 * handlers; the model decides. Its ticker pulls the model's changes and shows toasts for new alerts.
 */
public final class AlertsView extends VBox implements ScreenLifecycle {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("MMM d HH:mm");

    private final AlertsViewModel model;
    private final ZoneId zone;
    private final FxTicker ticker;
    private AlertToasts toasts;
    private boolean centerShows;

    public AlertsView(AlertsViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        setId("alertsView");
        setSpacing(10);
        setPadding(new Insets(16));

        Label title = new Label("Alerts");
        title.getStyleClass().add(Styles.TITLE_3);
        Label count = new Label();
        count.setId("activeAlertCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> model.active().size()
                + " active, " + model.raisedCountProperty().get() + " waiting for someone", model.active(),
                model.raisedCountProperty()));
        HBox header = new HBox(12, title, count);
        header.setAlignment(Pos.BASELINE_LEFT);

        SplitPane split = new SplitPane(activePane(), pastPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, split);

        ticker = new FxTicker("alerts-pull", Duration.ofMillis(200), model::pull);
    }

    /**
     * The alert history is read again each time the screen opens: alerts were stored while it was hidden. While
     * the center shows, new alerts rise in its own table, so the toast would only repeat them.
     */
    @Override
    public void activate() {
        centerShows = true;
        if (toasts != null) {
            toasts.dismiss();
        }
        model.past().searchCommand().execute();
    }

    /** The pull goes on while hidden: it feeds the toasts and the navigation badge. */
    @Override
    public void deactivate() {
        centerShows = false;
    }

    private VBox activePane() {
        TableView<Alert> table = new TableView<>(model.active());
        ReadableHeaders.keep(table);
        table.setId("activeAlerts");
        table.setPlaceholder(new Label("No active alerts. Alerts rise here when an agent passes a rule's "
                + "threshold (Settings > Alerts)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("Agent", 170, Alert::agentName));
        table.getColumns().add(Controls.column("Team", 120, Alert::team));
        table.getColumns().add(Controls.column("Alert", 190, a -> a.condition().label()));
        TableColumn<Alert, Instant> inState = new TableColumn<>("In state");
        inState.setPrefWidth(90);
        inState.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stateSince()));
        inState.setCellFactory(c -> new InStateCell(model));
        table.getColumns().add(inState);
        table.getColumns().add(Controls.column("Raised", 80, a -> CLOCK.format(a.raisedAt().atZone(zone))));
        table.getColumns().add(Controls.column("Status", 150, this::statusText));
        table.getColumns().add(Controls.column("Note", 200, Alert::note));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Alert alert, boolean empty) {
                super.updateItem(alert, empty);
                getStyleClass().removeAll("alert-raised", "alert-quiet");
                if (!empty && alert != null) {
                    getStyleClass().add(alert.status() == AlertStatus.RAISED ? "alert-raised" : "alert-quiet");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, alert) -> {
            if (alert != null || table.getItems().isEmpty()) {
                model.selectedProperty().set(alert);
            }
        });
        model.selectedProperty().addListener((o, was, alert) -> {
            if (alert != null && table.getSelectionModel().getSelectedItem() != alert) {
                table.getSelectionModel().select(alert);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.openAgentCommand().execute();
            }
        });
        Controls.selectFirstOnFocus(table);
        // Enter is the keyboard's double click; the note's own Enter acknowledges.
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                model.openAgentCommand().execute();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField note = new TextField();
        note.setId("alertNote");
        note.setPromptText("Note (what you did or found)");
        note.textProperty().bindBidirectional(model.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button acknowledge = Controls.button("acknowledge", "Acknowledge", model.acknowledgeCommand());
        acknowledge.getStyleClass().add(Styles.ACCENT);
        ChoiceBox<Integer> minutes = new ChoiceBox<>();
        minutes.setId("snoozeMinutes");
        minutes.getItems().setAll(model.snoozeChoices());
        minutes.valueProperty().bindBidirectional(model.snoozeMinutesProperty());
        minutes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value + " min";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace(" min", ""));
            }
        });
        Button snooze = Controls.button("snooze", "Snooze", model.snoozeCommand());
        Button saveNote = Controls.button("saveNote", "Save note", model.saveNoteCommand());
        Button openAgent = Controls.button("openAgent", "Open agent", model.openAgentCommand());
        Button onBreak = Controls.button("alertSetOnBreak", "Set on break", model.setOnBreakCommand());
        Button logOut = Controls.button("alertLogOut", "Log out...", model.logOutCommand());
        note.setOnAction(e -> model.acknowledgeCommand().execute());
        HBox actions = new HBox(8, note, acknowledge, minutes, snooze, saveNote);
        actions.setAlignment(Pos.CENTER_LEFT);
        // The agent's own actions on a line of their own, so the note keeps its width in a 1024 px window.
        Label forAgent = new Label("The alert's agent:");
        forAgent.getStyleClass().add(Styles.TEXT_MUTED);
        HBox agentActions = new HBox(8, forAgent, openAgent, onBreak, logOut);
        agentActions.setId("alertAgentActions");
        agentActions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("alertMessage");
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, error) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(error ? Styles.DANGER : Styles.SUCCESS);
        });
        Label heading = new Label("Active");
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox pane = new VBox(8, heading, table, actions, agentActions, message);
        pane.setPadding(new Insets(0, 0, 8, 0));
        return pane;
    }

    private VBox pastPane() {
        TextField agent = new TextField();
        agent.setId("pastAgent");
        agent.setPromptText("Agent name or id");
        agent.textProperty().bindBidirectional(model.past().agentProperty());
        agent.setOnAction(e -> model.past().searchCommand().execute());
        ComboBox<AlertStatus> status = FilterChoice.create("pastStatus", "Any status", AlertStatus::label);
        status.getItems().add(null);
        status.getItems().addAll(AlertStatus.values());
        status.valueProperty().bindBidirectional(model.past().statusProperty());
        ComboBox<AlertCondition> condition = FilterChoice.create("pastCondition", "Any alert",
                AlertCondition::label);
        condition.getItems().add(null);
        condition.getItems().addAll(AlertCondition.values());
        condition.valueProperty().bindBidirectional(model.past().conditionProperty());
        Button search = Controls.button("searchPast", "Search", model.past().searchCommand());
        Button newer = Controls.button("newerPast", "Newer", model.past().newerCommand());
        Button older = Controls.button("olderPast", "Older", model.past().olderCommand());
        Button export = Controls.button("exportAlerts", "Export CSV...", model.past().exportCommand());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox filters = new HBox(8, agent, status, condition, search, spring, newer, older, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        // The choices keep their words at 1024 px ("An..." for "Any status"); the agent box gives way first.
        status.setPrefWidth(140);
        condition.setPrefWidth(190);
        agent.setPrefColumnCount(12);
        agent.setMinWidth(100);
        for (Region whole : List.of(status, condition, search, newer, older, export)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }

        TableView<Alert> table = new TableView<>(model.past().alerts());
        ReadableHeaders.keep(table);
        table.setId("pastAlerts");
        table.setPlaceholder(new Label("No alerts in history yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("Raised", 110, a -> DAY_CLOCK.format(a.raisedAt().atZone(zone))));
        table.getColumns().add(Controls.column("Agent", 160, Alert::agentName));
        table.getColumns().add(Controls.column("Alert", 180, a -> a.condition().label()));
        table.getColumns().add(Controls.column("Rule", 150, Alert::ruleName));
        table.getColumns().add(Controls.column("Status", 110, a -> a.status().label()));
        table.getColumns().add(Controls.column("Lasted", 80, a -> a.clearedAt() == null ? "" : Durations.compact(a.inState(
                a.clearedAt()))));
        table.getColumns().add(Controls.column("Acknowledged by", 120, Alert::acknowledgedBy));
        table.getColumns().add(Controls.column("Note", 200, Alert::note));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, alert) ->
                model.past().selectedProperty().set(alert));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField note = new TextField();
        note.setId("pastNote");
        note.setPromptText("Note on the selected past alert");
        note.textProperty().bindBidirectional(model.past().noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button saveNote = Controls.button("savePastNote", "Save note", model.past().saveNoteCommand());
        HBox noteRow = new HBox(8, note, saveNote);
        Label message = new Label();
        message.setId("pastMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.past().messageProperty());
        Label heading = new Label("History");
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox pane = new VBox(8, heading, filters, table, noteRow, message);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private String statusText(Alert alert) {
        return switch (alert.status()) {
            case SNOOZED -> "Snoozed until " + CLOCK.format(alert.snoozedUntil().atZone(zone));
            case ACKNOWLEDGED -> "Acknowledged by " + alert.acknowledgedBy();
            case RAISED -> alert.reopened() > 0 ? "Raised (back " + alert.reopened() + "x)" : "Raised";
            case CLEARED -> "Cleared";
        };
    }



    /** Time in the state, recounted every second from the model's clock. */
    private static final class InStateCell extends TableCell<Alert, Instant> {
        private final AlertsViewModel model;
        private final InvalidationListener tick = o -> render();

        InStateCell(AlertsViewModel model) {
            this.model = model;
            model.nowProperty().addListener(new WeakInvalidationListener(tick));
        }

        @Override
        protected void updateItem(Instant since, boolean empty) {
            super.updateItem(since, empty);
            render();
        }

        private void render() {
            setText(isEmpty() || getItem() == null ? null
                    : Durations.compact(Duration.between(getItem(), model.nowProperty().get())));
        }
    }

    /** Shows new alerts' toasts on {@code shower}, the window's toast area, unless the center itself shows. */
    public void showToastsWith(AlertToasts shower) {
        this.toasts = shower;
        model.setToastSink(toast -> {
            if (!centerShows) {
                shower.show(toast);
            }
        });
    }

    /** Stops the ticker and the model's subscription (the window is going away). */
    public void dispose() {
        ticker.close();
        if (toasts != null) {
            toasts.dismiss();
        }
        model.close();
    }
}
