package io.floorwatch.ui.history;

import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The rejected messages: a table (time, source, reason, payload excerpt), the selected payload whole, export. */
public final class RejectedView extends BorderPane {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public RejectedView(RejectedViewModel model, ZoneId zone) {
        setId("rejectedScreen");
        setPadding(new Insets(12));

        TableView<RejectedMessage> table = new TableView<>(model.messages());
        ReadableHeaders.keep(table);
        table.setId("rejectedTable");
        table.setPlaceholder(new Label("No rejected messages."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time", 160, m -> STAMP.format(m.received().atZone(zone))));
        table.getColumns().add(column("Source", 170, RejectedMessage::source));
        table.getColumns().add(column("Reason", 320, RejectedMessage::reason));
        table.getColumns().add(column("Payload", 300, m -> RejectedViewModel.excerpt(m.payload())));
        table.getColumns().forEach(c -> c.setSortable(false));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        TextArea payload = new TextArea();
        payload.setId("rejectedPayload");
        payload.setEditable(false);
        payload.setWrapText(true);
        payload.setPromptText("Select a message to read its whole payload.");
        payload.textProperty().bind(model.payloadProperty());
        SplitPane split = new SplitPane(table, payload);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);

        Button refresh = new Button("Refresh");
        refresh.setId("rejectedRefresh");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.refresh());
        Label message = new Label();
        message.setId("rejectedMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button export = new Button("Export CSV...");
        export.setId("rejectedExport");
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(e -> model.export());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox footer = new HBox(10, refresh, message, spring, export);
        footer.setAlignment(Pos.CENTER_LEFT);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        footer.setPadding(new Insets(8, 0, 0, 0));

        setCenter(split);
        setBottom(footer);

        // Read when first shown, as the other history views do; Refresh reads again.
        sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    sceneProperty().removeListener(this);
                    model.refresh();
                }
            }
        });
    }

    private static TableColumn<RejectedMessage, String> column(String title, double width,
            Function<RejectedMessage, String> value) {
        TableColumn<RejectedMessage, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
