package io.floorwatch.ui.history;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log: every write Floorwatch made, newest first, as sentences with the outcome in words, the chosen
 * entry's request in full below; with the chain check and the export.
 */
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
        TableColumn<AuditViewModel.Entry, String> number = Controls.column("#", 60, r -> Long.toString(r.seq()));
        // The whole local time: date and seconds (a write is found by when it happened).
        TableColumn<AuditViewModel.Entry, String> when = Controls.column("When", 175,
                r -> TIME.format(r.at().atZone(zone)));
        when.setMinWidth(170);
        TableColumn<AuditViewModel.Entry, String> what = Controls.column("What happened", 420,
                AuditViewModel.Entry::sentence);
        what.setMinWidth(200);
        table.getColumns().addAll(List.of(number, when, Controls.column("Who", 120, AuditViewModel.Entry::actor),
                what, Controls.column("Outcome", 180, AuditViewModel.Entry::result),
                Controls.column("ms", 60, r -> Long.toString(r.latencyMillis()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, entry) ->
                model.selectedProperty().set(entry));
        SplitPane split = new SplitPane(table, detail(model, zone));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label message = new Label();
        message.setId("auditMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(header, actions, split, message);
        // Fresh each time the screen is shown: writes happen elsewhere in the meantime.
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.searchCommand().execute();
                model.verifyCommand().execute();
            }
        });
    }

    /** The chosen entry in full: when (local, and ISO-8601 with the offset), the raw action, before and sent. */
    private static VBox detail(AuditViewModel model, ZoneId zone) {
        Label sentence = new Label("Select an entry to see what was sent.");
        sentence.setId("auditDetailSentence");
        sentence.getStyleClass().add(Styles.TEXT_BOLD);
        sentence.setWrapText(true);
        Label facts = new Label();
        facts.setId("auditDetailFacts");
        facts.setWrapText(true);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        TextArea before = json("auditBefore");
        TextArea sent = json("auditSent");
        model.selectedProperty().addListener((o, was, entry) -> {
            if (entry == null) {
                sentence.setText("Select an entry to see what was sent.");
                facts.setText("");
                before.setText("");
                sent.setText("");
                return;
            }
            sentence.setText(entry.sentence() + ": " + entry.result());
            facts.setText("Entry " + entry.seq() + " · " + TIME.format(entry.at().atZone(zone)) + " ("
                    + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.at().atZone(zone)) + ") · by "
                    + entry.actor() + " · took " + entry.latencyMillis() + " ms · " + entry.action() + " on "
                    + entry.target());
            before.setText(AuditSentences.pretty(entry.before()));
            sent.setText(AuditSentences.pretty(entry.sent()));
        });
        VBox beforeBox = new VBox(4, new Label("Before"), before);
        VBox sentBox = new VBox(4, new Label("Sent"), sent);
        HBox bodies = new HBox(12, beforeBox, sentBox);
        HBox.setHgrow(beforeBox, Priority.ALWAYS);
        HBox.setHgrow(sentBox, Priority.ALWAYS);
        VBox.setVgrow(before, Priority.ALWAYS);
        VBox.setVgrow(sent, Priority.ALWAYS);
        VBox.setVgrow(bodies, Priority.ALWAYS);
        VBox pane = new VBox(6, sentence, facts, bodies);
        pane.setId("auditDetail");
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private static TextArea json(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setStyle("-fx-font-family: monospace;");
        return area;
    }
}
