package io.floorwatch.ui.history;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit log: every write Floorwatch made, newest first, with the chain check and the export. */
public final class AuditView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public AuditView(AuditViewModel model, ZoneId zone) {
        setId("auditView");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Audit log");
        title.getStyleClass().add(Styles.TITLE_3);
        Label chain = new Label();
        chain.setId("auditChain");
        chain.textProperty().bind(model.chainProperty());
        model.chainBrokenProperty().addListener((o, was, broken) -> {
            chain.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            chain.getStyleClass().add(broken ? Styles.DANGER : Styles.SUCCESS);
        });
        HBox header = new HBox(12, title, chain);
        header.setAlignment(Pos.BASELINE_LEFT);

        TextField filter = new TextField();
        filter.setId("auditFilter");
        filter.setPromptText("actor, action (queue.create, user.skills.patch) or target");
        filter.setPrefColumnCount(30);
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnAction(e -> model.searchCommand().execute());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox actions = new HBox(8, filter, Controls.button("auditSearch", "Show", model.searchCommand()),
                Controls.button("auditNewer", "Newer", model.newerCommand()),
                Controls.button("auditOlder", "Older", model.olderCommand()), spring,
                Controls.button("auditVerify", "Verify chain", model.verifyCommand()),
                Controls.button("auditExport", "Export CSV...", model.exportCommand()));
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditViewModel.Entry> table = new TableView<>(model.rows());
        ReadableHeaders.keep(table);
        table.setId("auditTable");
        table.setPlaceholder(new Label("Every write Floorwatch makes to Genesys is listed here."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("#", 60, r -> Long.toString(r.seq())));
        table.getColumns().add(Controls.column("When", 150, r -> TIME.format(r.at().atZone(zone))));
        table.getColumns().add(Controls.column("Who", 130, AuditViewModel.Entry::actor));
        table.getColumns().add(Controls.column("Action", 140, AuditViewModel.Entry::action));
        table.getColumns().add(Controls.column("Target", 200, AuditViewModel.Entry::target));
        table.getColumns().add(Controls.column("Outcome", 220, AuditViewModel.Entry::outcome));
        table.getColumns().add(Controls.column("ms", 60, r -> Long.toString(r.latencyMillis())));
        table.getColumns().add(Controls.column("Sent", 300, AuditViewModel.Entry::sent));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setId("auditMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(header, actions, table, message);
        // Fresh each time the screen is shown: writes happen elsewhere in the meantime.
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.searchCommand().execute();
                model.verifyCommand().execute();
            }
        });
    }


}
