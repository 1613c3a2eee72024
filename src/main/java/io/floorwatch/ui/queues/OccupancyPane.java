package io.floorwatch.ui.queues;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.FilterChoice;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The occupancy report: a span to choose, Refresh and Export CSV, what the two figures mean, and a table of queues
 * above one of agents. Layout and bindings only; the ViewModel reads and writes.
 */
public final class OccupancyPane extends VBox {
    private final OccupancyViewModel model;

    public OccupancyPane(OccupancyViewModel model) {
        super(8);
        this.model = model;
        setId("occupancyPane");
        setPadding(new Insets(8, 0, 0, 0));
        ComboBox<TrendRange> range = FilterChoice.create("occupancyRange", TrendRange.LAST_HOUR.description(),
                TrendRange::description);
        range.getItems().setAll(TrendRange.values());
        range.valueProperty().bindBidirectional(model.rangeProperty());
        range.setMinWidth(Region.USE_PREF_SIZE);
        Label definitions = new Label(OccupancyViewModel.DEFINITIONS);
        definitions.setId("occupancyDefinitions");
        definitions.getStyleClass().add(Styles.TEXT_MUTED);
        definitions.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 6, range, Controls.button("refreshOccupancy", "Refresh",
                model.refreshCommand()), Controls.button("exportOccupancy", "Export CSV", model.exportCommand()),
                definitions);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("occupancyMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        TableView<OccupancyLine> queues = table("occupancyTable", "Queue", model.queues(), true);
        queues.setPlaceholder(new Label("No queues in the report yet: Refresh reads it."));
        TableView<OccupancyLine> agents = table("occupancyAgents", "Agent", model.agents(), false);
        agents.setPlaceholder(new Label("No agents in the report yet."));
        SplitPane tables = new SplitPane(queues, agents);
        tables.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(bar, message, tables);
    }

    /** The pane was opened: the report is read again, for the span ending now. */
    void opened() {
        model.refresh();
    }

    /** A queue's table has the time its own interactions were handled; an agent's has the time logged in. */
    private static TableView<OccupancyLine> table(String id, String what, ObservableList<OccupancyLine> lines,
            boolean queue) {
        TableView<OccupancyLine> table = new TableView<>(lines);
        table.setId(id);
        ReadableHeaders.keep(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        List<TableColumn<OccupancyLine, ?>> columns = new ArrayList<>();
        TableColumn<OccupancyLine, String> name = Controls.column(what, 200, OccupancyLine::name);
        name.setMinWidth(140);
        columns.add(name);
        columns.add(ReadableHeaders.describe(Controls.column("Occupancy", 90, OccupancyLine::occupancy),
                "Interacting ÷ on queue: how busy they were while offered work"));
        columns.add(ReadableHeaders.describe(Controls.column("Utilisation", 90, OccupancyLine::utilisation),
                "On queue ÷ logged in: how much of their time was offered to work"));
        if (!queue) {
            columns.add(ReadableHeaders.describe(Controls.column("Logged in", 90, OccupancyLine::loggedIn),
                    "Time in any presence but Offline"));
        }
        columns.add(ReadableHeaders.describe(Controls.column("On queue", 90, OccupancyLine::onQueue),
                queue ? "Time its members were On Queue, added up" : "Time On Queue"));
        columns.add(ReadableHeaders.describe(Controls.column("Interacting", 90, OccupancyLine::interacting),
                queue ? "Time its members were interacting while On Queue (after-call work included), added up"
                        : "Time interacting while On Queue (after-call work included)"));
        if (queue) {
            columns.add(ReadableHeaders.describe(Controls.column("Handled here", 100, OccupancyLine::handledHere),
                    "Time the queue's own interactions were handled, connected to ended"));
        }
        columns.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(columns);
        return table;
    }
}
