package io.floorwatch.ui.settings;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.AlertCondition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The alert rules tab: the rules in the order they are tried on the left, the selected rule's fields on the right,
 * debounce, sound and webhook below. Layout and bindings only; the form validates.
 */
final class AlertRulesEditor extends HBox {
    private final AlertSettingsForm form;
    private final TextField name = new TextField();
    private final ChoiceBox<AlertCondition> condition = new ChoiceBox<>();
    private final TextField threshold = new TextField();
    private final TextField teams = new TextField();
    private final TextField queues = new TextField();
    private final TextField roles = new TextField();
    private final TextField media = new TextField();
    private final TextField activities = new TextField();
    private final CheckBox enabled = new CheckBox("Enabled");
    private final CheckBox toast = new CheckBox("Pop up a toast (and the sound, when on)");
    private final ListView<AlertRuleRow> list;

    private void redrawList() {
        list.refresh();
    }

    AlertRulesEditor(AlertSettingsForm form) {
        this.form = form;
        setSpacing(24);
        setPadding(new Insets(12, 0, 0, 0));

        list = new ListView<>(form.rules());
        list.setId("alertRules");
        list.setPrefSize(420, 300);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                form.selectedProperty().set(row);
            }
        });
        form.selectedProperty().addListener((o, was, row) -> show(was, row));
        Button add = new Button("Add rule");
        add.setId("addRule");
        add.setOnAction(e -> form.addRule());
        Button remove = new Button("Remove");
        remove.setId("removeRule");
        remove.disableProperty().bind(form.selectedProperty().isNull());
        remove.setOnAction(e -> form.removeSelected());
        Button up = new Button("Up");
        up.setId("ruleUp");
        up.setOnAction(e -> form.moveSelected(-1));
        Button down = new Button("Down");
        down.setId("ruleDown");
        down.setOnAction(e -> form.moveSelected(1));
        Label order = new Label("For one agent and one condition the first matching rule applies: put a group's "
                + "own threshold above the floor-wide one.");
        order.setWrapText(true);
        order.setMaxWidth(420);
        order.getStyleClass().add(Styles.TEXT_MUTED);
        VBox left = new VBox(8, list, new HBox(8, add, remove, up, down), order,
                SettingsView.error("rulesError", form.rulesErrorProperty()));

        name.setId("ruleName");
        condition.setId("ruleCondition");
        condition.getItems().setAll(form.conditions());
        threshold.setId("ruleThreshold");
        threshold.setPromptText("minutes; 0 = as soon as the dwell has passed");
        teams.setId("ruleTeams");
        teams.setPromptText("empty: every team");
        queues.setId("ruleQueues");
        queues.setPromptText("empty: any queue");
        roles.setId("ruleRoles");
        roles.setPromptText("titles, e.g. Supervisor; empty: everyone");
        media.setId("ruleMedia");
        media.setPromptText("e.g. Voice, Chat; empty: any");
        media.setTooltip(new Tooltip("The media an interaction rule watches: Voice, Callback, Chat, Email, Message. "
                + "A state rule watches no media."));
        // Only an interaction rule watches media; a state rule's field stays empty and off.
        media.disableProperty().bind(Bindings.createBooleanBinding(() -> condition.getValue() == null
                || !condition.getValue().interaction(), condition.valueProperty()));
        activities.setId("ruleActivities");
        activities.setPromptText("e.g. On queue, Break; empty: any");
        activities.setTooltip(new Tooltip("The scheduled activities an adherence rule watches: On queue, Break, "
                + "Meal, Meeting, Training, Off-queue work, Time off. Other rules watch no schedule."));
        activities.disableProperty().bind(Bindings.createBooleanBinding(() -> condition.getValue() == null
                || !condition.getValue().adherence(), condition.valueProperty()));
        enabled.setId("ruleEnabled");
        toast.setId("ruleToast");
        toast.setTooltip(new Tooltip("Off: the rule's alerts still list in the alert center and go to the webhook, "
                + "without interrupting anyone."));
        toast.disableProperty().bind(enabled.selectedProperty().not());
        GridPane rule = new GridPane();
        rule.setHgap(12);
        rule.setVgap(4);
        int row = 0;
        row = SettingsView.field(rule, row, "Name", name, SettingsView.error("ruleNameError",
                form.ruleNameErrorProperty()));
        rule.addRow(row++, new Label("Condition"), condition);
        row = SettingsView.field(rule, row, "Threshold (min)", threshold, SettingsView.error("ruleThresholdError",
                form.thresholdErrorProperty()));
        rule.addRow(row++, new Label("Teams"), teams);
        rule.addRow(row++, new Label("Queues"), queues);
        row = SettingsView.field(rule, row, "Roles", roles, SettingsView.error("ruleScopeError",
                form.scopeErrorProperty()));
        row = SettingsView.field(rule, row, "Media", media, SettingsView.error("ruleMediaError",
                form.mediaErrorProperty()));
        row = SettingsView.field(rule, row, "Scheduled", activities, SettingsView.error("ruleActivitiesError",
                form.activitiesErrorProperty()));
        rule.addRow(row++, new Label(""), enabled);
        rule.addRow(row++, new Label(""), toast);
        SettingsView.keepLabels(rule);
        rule.disableProperty().bind(form.selectedProperty().isNull());

        TextField dwell = SettingsView.text("minDwell", "seconds", form.minDwellProperty());
        TextField reopen = SettingsView.text("reopenWindow", "seconds", form.reopenProperty());
        dwell.setPrefColumnCount(5);
        reopen.setPrefColumnCount(5);
        HBox dwellRow = new HBox(8, dwell, hint("seconds a state must hold before it can alert"));
        HBox reopenRow = new HBox(8, reopen, hint("seconds within which a return is the same alert"));
        dwellRow.setAlignment(Pos.CENTER_LEFT);
        reopenRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox sound = new CheckBox("Play a sound when an alert rises");
        sound.setId("alertSound");
        sound.selectedProperty().bindBidirectional(form.soundProperty());
        TextField webhook = SettingsView.text("webhookUrl", "https://hooks.example.com/... (Slack-compatible; "
                + "empty for none)", form.webhookUrlProperty());
        GridPane general = new GridPane();
        general.setHgap(12);
        general.setVgap(4);
        int g = 0;
        general.addRow(g++, new Label("Minimum dwell"), dwellRow);
        g = SettingsView.field(general, g, "Reopen window", reopenRow, SettingsView.error("debounceError",
                form.debounceErrorProperty()));
        general.addRow(g++, new Label("Sound"), sound);
        SettingsView.field(general, g, "Webhook", webhook, SettingsView.error("webhookError",
                form.webhookErrorProperty()));
        SettingsView.keepLabels(general);

        Label ruleTitle = new Label("Selected rule");
        ruleTitle.getStyleClass().add(Styles.TITLE_4);
        Label generalTitle = new Label("For every rule");
        generalTitle.getStyleClass().add(Styles.TITLE_4);
        VBox right = new VBox(10, ruleTitle, rule, generalTitle, general);
        right.setPrefWidth(520);
        getChildren().addAll(left, right);
        show(null, form.selectedProperty().get());
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMinWidth(Region.USE_PREF_SIZE);
        return hint;
    }

    /** Binds the fields to the selected rule (and unbinds them from the one before). */
    private void show(AlertRuleRow was, AlertRuleRow row) {
        if (was != null) {
            name.textProperty().unbindBidirectional(was.nameProperty());
            condition.valueProperty().unbindBidirectional(was.conditionProperty());
            threshold.textProperty().unbindBidirectional(was.thresholdMinutesProperty());
            teams.textProperty().unbindBidirectional(was.teamsProperty());
            queues.textProperty().unbindBidirectional(was.queuesProperty());
            roles.textProperty().unbindBidirectional(was.rolesProperty());
            media.textProperty().unbindBidirectional(was.mediaProperty());
            activities.textProperty().unbindBidirectional(was.activitiesProperty());
            enabled.selectedProperty().unbindBidirectional(was.enabledProperty());
            toast.selectedProperty().unbindBidirectional(was.toastProperty());
        }
        if (row == null) {
            for (TextField field : new TextField[] {name, threshold, teams, queues, roles, media, activities}) {
                field.setText("");
            }
            return;
        }
        name.textProperty().bindBidirectional(row.nameProperty());
        condition.valueProperty().bindBidirectional(row.conditionProperty());
        threshold.textProperty().bindBidirectional(row.thresholdMinutesProperty());
        teams.textProperty().bindBidirectional(row.teamsProperty());
        queues.textProperty().bindBidirectional(row.queuesProperty());
        roles.textProperty().bindBidirectional(row.rolesProperty());
        media.textProperty().bindBidirectional(row.mediaProperty());
        activities.textProperty().bindBidirectional(row.activitiesProperty());
        enabled.selectedProperty().bindBidirectional(row.enabledProperty());
        toast.selectedProperty().bindBidirectional(row.toastProperty());
        if (list.getSelectionModel().getSelectedItem() != row) {
            list.getSelectionModel().select(row);
        }
        // The list shows each rule's summary: redraw it as the fields change (one listener per rule).
        if (!wired.add(row)) {
            return;
        }
        row.enabledProperty().addListener(refresh);
        row.toastProperty().addListener(refresh);
        row.conditionProperty().addListener(refresh);
        for (StringProperty p : new StringProperty[] {row.nameProperty(), row.thresholdMinutesProperty(),
                row.teamsProperty(), row.queuesProperty(), row.rolesProperty(), row.mediaProperty(),
                row.activitiesProperty()}) {
            p.addListener(refresh);
        }
    }

    private final InvalidationListener refresh = o -> redrawList();
    private final Set<AlertRuleRow> wired = Collections.newSetFromMap(
            new IdentityHashMap<>());
}
