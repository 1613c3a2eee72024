package io.floorwatch.ui.floor;

import atlantafx.base.theme.Styles;
import io.floorwatch.actions.ActionPlanner;
import io.floorwatch.actions.AgentAction;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.ui.common.Permits;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The floor's ways to act on agents: the "Act on agents" menu (the selected agents, or every agent the filters
 * show; set a presence, log out, join or leave a queue; undo the last batch) and the agent pane's quick actions
 * for one agent. Each opens the preview; nothing is sent before its confirm. Actions the signed-in person's roles
 * do not permit are disabled and say which permission they need.
 */
public final class FloorActions {
    private final AgentActionsViewModel actions;
    private final Supplier<Map<String, String>> queueIdsByName;
    private final Permits permits;

    public FloorActions(AgentActionsViewModel actions, Supplier<Map<String, String>> queueIdsByName, Permits permits) {
        this.actions = actions;
        this.queueIdsByName = queueIdsByName;
        this.permits = permits;
    }

    AgentActionsViewModel model() {
        return actions;
    }

    MenuButton menu(TableView<FloorRow> table, ObservableList<FloorRow> shown, ObservableList<String> queues) {
        MenuButton menu = new MenuButton("Act on agents");
        menu.setId("floorActions");
        menu.getStyleClass().add(Styles.SMALL);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setTooltip(new Tooltip("Set a presence, log out, or join or leave a queue, for the selected agents or "
                + "for every agent the filters show. A preview comes first."));
        ToggleGroup scope = new ToggleGroup();
        RadioMenuItem selected = new RadioMenuItem();
        selected.setId("actOnSelected");
        selected.setToggleGroup(scope);
        RadioMenuItem all = new RadioMenuItem();
        all.setId("actOnShown");
        all.setToggleGroup(scope);
        Supplier<List<ActionPlanner.Target>> chosen = () -> targets(selected.isSelected()
                ? List.copyOf(table.getSelectionModel().getSelectedItems()) : List.copyOf(shown));
        menu.setOnShowing(e -> {
            int picked = table.getSelectionModel().getSelectedItems().size();
            selected.setText("The " + picked + (picked == 1 ? " selected agent" : " selected agents"));
            selected.setDisable(picked == 0);
            all.setText("All " + shown.size() + " agents the filters show");
            if (picked == 0 || scope.getSelectedToggle() == null) {
                scope.selectToggle(picked == 0 ? all : selected);
            }
            actions.loadPresences();
        });

        Menu presence = new Menu("Set presence");
        presence.setId("actPresence");
        fillPresences(presence, chosen);
        actions.presences().addListener((ListChangeListener<PresenceDefinition>) c -> fillPresences(presence, chosen));

        MenuItem logOut = new MenuItem("Log out...");
        logOut.setId("actLogOut");
        logOut.disableProperty().bind(permits.allows(GenesysPermissions.TOKEN_DELETE).not());
        logOut.setOnAction(e -> actions.preview(AgentAction.logOut(), chosen.get()));

        BooleanBinding mayJoin = permits.allows(GenesysPermissions.QUEUE_MEMBER_MANAGE)
                .or(permits.allows(GenesysPermissions.QUEUE_EDIT));
        Menu join = new Menu("Join queue");
        join.setId("actJoin");
        Menu leave = new Menu("Leave queue");
        leave.setId("actLeave");
        join.disableProperty().bind(mayJoin.not());
        leave.disableProperty().bind(mayJoin.not());
        Runnable fillQueues = () -> {
            join.getItems().setAll(queues.stream().map(q -> queueItem(q, true, chosen)).toList());
            leave.getItems().setAll(queues.stream().map(q -> queueItem(q, false, chosen)).toList());
        };
        fillQueues.run();
        queues.addListener((ListChangeListener<String>) c -> fillQueues.run());

        MenuItem undo = new MenuItem();
        undo.setId("actUndo");
        undo.textProperty().bind(actions.undoTextProperty());
        undo.disableProperty().bind(actions.undoAvailableProperty().not());
        undo.setOnAction(e -> actions.previewUndo());

        menu.getItems().addAll(selected, all, new SeparatorMenuItem(), presence, logOut, join, leave,
                new SeparatorMenuItem(), undo);
        return menu;
    }

    /** "Set on break" and "Log out" for the agent in the pane. */
    HBox quick(Supplier<FloorRow> agent) {
        Button onBreak = new Button("Set on break");
        onBreak.setId("quickBreak");
        onBreak.getStyleClass().add(Styles.SMALL);
        onBreak.setOnAction(e -> {
            FloorRow row = agent.get();
            if (row != null) {
                setOnBreak(row.agentId(), row.name());
            }
        });
        Button logOut = new Button("Log out...");
        logOut.setId("quickLogOut");
        logOut.getStyleClass().add(Styles.SMALL);
        logOut.disableProperty().bind(permits.allows(GenesysPermissions.TOKEN_DELETE).not());
        logOut.setOnAction(e -> {
            FloorRow row = agent.get();
            if (row != null) {
                logOut(row.agentId(), row.name());
            }
        });
        return new HBox(8, onBreak, logOut);
    }

    /** Previews setting the agent on break with the org's own Break definition (its primary one). */
    public void setOnBreak(String agentId, String name) {
        actions.loadPresences(() -> actions.presences().stream()
                .filter(d -> d.systemPresence() == SystemPresence.BREAK)
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).findFirst()
                .ifPresent(d -> actions.preview(AgentAction.presence(d.id(), d.label()),
                        List.of(new ActionPlanner.Target(agentId, name)))));
    }

    /** Previews logging the agent out. */
    public void logOut(String agentId, String name) {
        actions.preview(AgentAction.logOut(), List.of(new ActionPlanner.Target(agentId, name)));
    }

    private void fillPresences(Menu menu, Supplier<List<ActionPlanner.Target>> chosen) {
        if (actions.presences().isEmpty()) {
            MenuItem loading = new MenuItem("Reading the org's presences...");
            loading.setDisable(true);
            menu.getItems().setAll(loading);
            return;
        }
        menu.getItems().setAll(actions.presences().stream().map(d -> {
            MenuItem item = new MenuItem(d.label());
            item.setId("actPresence-" + d.label().replace(' ', '-'));
            item.setOnAction(e -> actions.preview(AgentAction.presence(d.id(), d.label()), chosen.get()));
            return item;
        }).toList());
    }

    private MenuItem queueItem(String queueName, boolean join, Supplier<List<ActionPlanner.Target>> chosen) {
        MenuItem item = new MenuItem(queueName);
        item.setOnAction(e -> {
            String id = queueIdsByName.get().get(queueName);
            if (id != null) {
                actions.preview(join ? AgentAction.join(id, queueName) : AgentAction.leave(id, queueName),
                        chosen.get());
            }
        });
        return item;
    }

    private static List<ActionPlanner.Target> targets(List<FloorRow> rows) {
        return rows.stream().map(r -> new ActionPlanner.Target(r.agentId(), r.name())).toList();
    }
}
