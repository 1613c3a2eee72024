package io.floorwatch.ui.queues;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Permits;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * The selected queue's members with their joined state, and joining or unjoining the chosen ones (a preview
 * first, as on the floor). Buttons the signed-in person's roles do not permit are disabled.
 */
public final class QueueMembersPane extends VBox {
    private final QueueMembersViewModel model;

    public QueueMembersPane(QueueMembersViewModel model, Permits permits) {
        super(8);
        this.model = model;
        setId("queueMembers");
        TableView<QueueMember> table = new TableView<>(model.members());
        table.setId("queueMembersTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No members to show."));
        table.getColumns().addAll(List.of(Controls.column("Agent", 200, QueueMember::name),
                Controls.column("Joined", 80, m -> m.joined() ? "Joined" : "Not joined"),
                Controls.column("Routing status", 140, m -> m.routingStatus() == null ? ""
                        : words(m.routingStatus().name()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        BooleanBinding mayJoin = permits.allows(GenesysPermissions.QUEUE_MEMBER_MANAGE)
                .or(permits.allows(GenesysPermissions.QUEUE_EDIT));
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button join = new Button("Join selected...");
        join.setId("membersJoin");
        join.disableProperty().bind(none.or(mayJoin.not()));
        join.setOnAction(e -> model.join(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button leave = new Button("Unjoin selected...");
        leave.setId("membersLeave");
        leave.disableProperty().bind(none.or(mayJoin.not()));
        leave.setOnAction(e -> model.leave(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button reload = new Button("Read again");
        reload.setId("membersReload");
        reload.getStyleClass().add(Styles.FLAT);
        reload.setOnAction(e -> model.reload());
        Label message = new Label();
        message.setId("membersMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, message, spring, reload, leave, join);
        bar.setAlignment(Pos.CENTER_LEFT);
        join.setMinWidth(Region.USE_PREF_SIZE);
        leave.setMinWidth(Region.USE_PREF_SIZE);
        reload.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(bar, table);
    }

    /** "NOT_RESPONDING" as "Not responding". */
    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Shows the members of this queue (read from Genesys now), or none. */
    void show(QueueRow queue) {
        model.load(queue == null ? null : queue.queueId(), queue == null ? null : queue.name());
    }
}
