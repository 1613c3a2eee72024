package io.floorwatch.ui.history;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.FilterChoice;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The history screen: filter bar, one page of state events, paging and export buttons. Binds only. */
public final class HistoryView extends BorderPane {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public HistoryView(HistoryViewModel model, ZoneId zone) {
        setId("historyScreen");
        setPadding(new Insets(12));

        TextField agent = new TextField();
        agent.setId("historyAgent");
        agent.setPromptText("Agent name or id (all)");
        agent.textProperty().bindBidirectional(model.agentProperty());
        agent.setOnAction(e -> model.search());
        ComboBox<String> state = FilterChoice.create("historyState", "All states", value -> value);
        state.getItems().add(null);
        state.getItems().addAll(model.states());
        state.valueProperty().bindBidirectional(model.stateProperty());
        DatePicker fromDate = new DatePicker();
        fromDate.setId("historyFromDate");
        fromDate.setPromptText("From date");
        fromDate.valueProperty().bindBidirectional(model.fromDateProperty());
        TextField fromTime = timeField("historyFromTime", "HH:mm");
        fromTime.textProperty().bindBidirectional(model.fromTimeProperty());
        DatePicker toDate = new DatePicker();
        toDate.setId("historyToDate");
        toDate.setPromptText("To date");
        toDate.valueProperty().bindBidirectional(model.toDateProperty());
        TextField toTime = timeField("historyToTime", "HH:mm");
        toTime.textProperty().bindBidirectional(model.toTimeProperty());
        Button today = new Button("Today");
        today.setId("historyToday");
        today.setOnAction(e -> model.today());
        Button search = new Button("Show");
        search.setId("historySearch");
        search.setDefaultButton(true);
        search.getStyleClass().add(Styles.ACCENT);
        search.setOnAction(e -> model.search());
        HBox filters = new HBox(8, agent, state, new Label("from"), fromDate, fromTime, new Label("to"), toDate,
                toTime, today, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        // Words and buttons keep their width; the text and date fields give way in a narrow window.
        filters.getChildren().stream().filter(n -> n instanceof Label || n instanceof Button)
                .forEach(n -> ((Control) n).setMinWidth(Region.USE_PREF_SIZE));

        TableView<HistoryViewModel.Line> table = new TableView<>(model.lines());
        ReadableHeaders.keep(table);
        table.setId("historyTable");
        table.setPlaceholder(new Label("Press Show to read the history."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time", 190, l -> STAMP.format(l.at().atZone(zone))));
        table.getColumns().add(column("Agent", 200, HistoryViewModel.Line::agentName));
        table.getColumns().add(column("Kind", 90, HistoryViewModel.Line::kind));
        table.getColumns().add(column("State", 140, HistoryViewModel.Line::state));
        table.getColumns().add(column("Recorded", 190, l -> STAMP.format(l.recorded().atZone(zone))));
        table.getColumns().forEach(c -> c.setSortable(false));

        Button newer = new Button("Newer");
        newer.setId("historyNewer");
        newer.disableProperty().bind(model.hasNewerProperty().not().or(model.busyProperty()));
        newer.setOnAction(e -> model.newer());
        Button older = new Button("Older");
        older.setId("historyOlder");
        older.disableProperty().bind(model.hasOlderProperty().not().or(model.busyProperty()));
        older.setOnAction(e -> model.older());
        Label page = new Label();
        page.setId("historyPage");
        page.textProperty().bind(model.pageLabelProperty());
        Label message = new Label();
        message.setId("historyMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button export = new Button("Export CSV...");
        export.setId("historyExport");
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(e -> model.export());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox footer = new HBox(10, newer, older, page, message, spring, export);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getChildren().stream().filter(n -> n instanceof Button)
                .forEach(n -> ((Button) n).setMinWidth(Region.USE_PREF_SIZE));
        footer.setPadding(new Insets(8, 0, 0, 0));

        VBox top = new VBox(8, filters);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(table);
        setBottom(footer);

        // The newest events appear the first time the screen is shown; after that, Show refreshes.
        sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o,
                    Scene was, Scene now) {
                if (now != null) {
                    sceneProperty().removeListener(this);
                    model.search();
                }
            }
        });
    }

    private static TextField timeField(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(5);
        return field;
    }

    private static TableColumn<HistoryViewModel.Line, String> column(String title, double width,
            Function<HistoryViewModel.Line, String> value) {
        TableColumn<HistoryViewModel.Line, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
