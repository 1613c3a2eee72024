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
 * The adherence report: a span to choose, Refresh and Export CSV, what the figure means, the floor and its teams
 * above every agent, worst first. Layout and bindings only; the ViewModel reads and writes.
 */
public final class AdherencePane extends VBox {
    private final AdherenceViewModel model;

    public AdherencePane(AdherenceViewModel model) {
        super(8);
        this.model = model;
        setId("adherencePane");
        setPadding(new Insets(8, 0, 0, 0));
        ComboBox<AdherenceSpan> span = FilterChoice.create("adherenceSpan", AdherenceSpan.TODAY.description(),
                AdherenceSpan::description);
        span.getItems().setAll(AdherenceSpan.values());
        span.valueProperty().bindBidirectional(model.spanProperty());
        span.setMinWidth(Region.USE_PREF_SIZE);
        Label definition = new Label(AdherenceViewModel.DEFINITION);
        definition.setId("adherenceDefinition");
        definition.getStyleClass().add(Styles.TEXT_MUTED);
        definition.setWrapText(true);
        FlowPane bar = new FlowPane(8, 6, span, Controls.button("refreshAdherence", "Refresh",
                model.refreshCommand()), Controls.button("exportAdherence", "Export CSV", model.exportCommand()),
                definition);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("adherenceMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        TableView<AdherenceLine> teams = table("adherenceTeams", "Team", model.teams(), false);
        teams.setPlaceholder(new Label("No adherence in the report yet: Refresh reads it."));
        TableView<AdherenceLine> agents = table("adherenceAgents", "Agent", model.agents(), true);
        agents.setPlaceholder(new Label("No agents with scheduled time in the report yet."));
        SplitPane tables = new SplitPane(teams, agents);
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.35);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(bar, message, tables);
    }

    /** The pane was opened: the report is read again, for the span ending now. */
    void opened() {
        model.refresh();
    }

    private static TableView<AdherenceLine> table(String id, String what, ObservableList<AdherenceLine> lines,
            boolean agent) {
        TableView<AdherenceLine> table = new TableView<>(lines);
        table.setId(id);
        ReadableHeaders.keep(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        List<TableColumn<AdherenceLine, ?>> columns = new ArrayList<>();
        TableColumn<AdherenceLine, String> name = Controls.column(what, 180, AdherenceLine::name);
        name.setMinWidth(130);
        columns.add(name);
        if (agent) {
            TableColumn<AdherenceLine, String> team = Controls.column("Team", 130, AdherenceLine::team);
            // A team's name whole, at 1024 px too: "Team ..." names nobody.
            team.setMinWidth(110);
            columns.add(team);
        }
        columns.add(ReadableHeaders.describe(Controls.column("Adherence", 90, AdherenceLine::adherence),
                "Share of scheduled time in adherence"));
        columns.add(ReadableHeaders.describe(Controls.column("Scheduled", 90, AdherenceLine::scheduled),
                "Scheduled time in the span (shift activities), added up"));
        columns.add(ReadableHeaders.describe(Controls.column("Out of adherence", 110, AdherenceLine::out),
                "Of the scheduled time, how long out of adherence"));
        TableColumn<AdherenceLine, String> now = ReadableHeaders.describe(Controls.column("Now", agent ? 280 : 120,
                AdherenceLine::now), agent ? "In or out of adherence now: what they do, against what is scheduled"
                        : "How many are out of adherence now");
        columns.add(now);
        columns.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(columns);
        return table;
    }
}
