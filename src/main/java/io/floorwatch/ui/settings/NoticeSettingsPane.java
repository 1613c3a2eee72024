package io.floorwatch.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The Change notices tab: where they go, their extra headers, the signing secret, and the last deliveries. */
final class NoticeSettingsPane extends VBox {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    NoticeSettingsPane(NoticeSettingsForm form) {
        super(12);
        setId("noticesPane");
        setPadding(new Insets(12, 0, 0, 0));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = SettingsView.field(grid, 0, "Webhook", SettingsView.text("changeWebhook",
                "https://... gets a signed JSON notice of each change Floorwatch makes", form.urlProperty()),
                SettingsView.error("changeWebhookError", form.urlErrorProperty()));
        TextArea headers = new TextArea();
        headers.setId("noticeHeaders");
        headers.setPromptText("X-Wfm-Route: floor-7");
        headers.setPrefRowCount(3);
        headers.textProperty().bindBidirectional(form.headersProperty());
        row = SettingsView.field(grid, row, "Extra headers", headers, SettingsView.error("noticeHeadersError",
                form.headersErrorProperty()));
        PasswordField secret = new PasswordField();
        secret.setId("noticeSecret");
        secret.setPromptText("a secret the receiver shares (kept in the OS keychain)");
        secret.textProperty().bindBidirectional(form.secretProperty());
        Label signing = new Label();
        signing.setId("noticeSigning");
        signing.setWrapText(true);
        signing.getStyleClass().add(Styles.TEXT_MUTED);
        signing.textProperty().bind(form.signingProperty());
        SettingsView.field(grid, row, "Signing secret", secret, signing);
        SettingsView.keepLabels(grid);

        Label note = new Label("Each notice (a queue created, edited or reverted, skills applied, agents acted on) "
                + "carries a delivery id in X-Floorwatch-Delivery and the body, its event in X-Floorwatch-Event, and, "
                + "with a secret, X-Floorwatch-Signature-256: sha256=<HMAC-SHA256 of the body>. A failed post is "
                + "tried 4 times with growing pauses.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<NoticeSettingsForm.DeliveryRow> table = new TableView<>(form.deliveries());
        table.setId("noticeDeliveries");
        table.setPlaceholder(new Label("No notice sent since Floorwatch started."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ZoneId zone = ZoneId.systemDefault();
        table.getColumns().add(column("Sent", 150, d -> STAMP.format(d.sent().atZone(zone))));
        table.getColumns().add(column("Event", 130, NoticeSettingsForm.DeliveryRow::event));
        table.getColumns().add(column("About", 200, NoticeSettingsForm.DeliveryRow::about));
        table.getColumns().add(column("Signed", 70, d -> d.signed() ? "yes" : "no"));
        table.getColumns().add(column("Outcome", 260, NoticeSettingsForm.DeliveryRow::outcome));
        table.setPrefHeight(240);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("noticeRefresh");
        refresh.setOnAction(e -> form.refresh());
        Label last = new Label("The last " + NoticeSettingsForm.KEPT + " deliveries, newest first");
        last.getStyleClass().add(Styles.TITLE_4);
        HBox heading = new HBox(12, last, refresh);
        heading.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(grid, note, heading, table);
        setMaxWidth(900);
    }

    private static TableColumn<NoticeSettingsForm.DeliveryRow, String> column(String title, double width,
            Function<NoticeSettingsForm.DeliveryRow, String> value) {
        TableColumn<NoticeSettingsForm.DeliveryRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
