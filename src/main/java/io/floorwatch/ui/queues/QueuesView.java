package io.floorwatch.ui.queues;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.FxTicker;
import io.floorwatch.ui.common.InitialFocus;
import io.floorwatch.ui.common.Level;
import io.floorwatch.ui.common.Percents;
import io.floorwatch.ui.common.ReadableHeaders;
import io.floorwatch.ui.common.ScreenLifecycle;
import io.floorwatch.ui.common.TableLayouts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The queues screen: the table of queues (worst score first, each figure tinted by its threshold), and for the
 * selected queue its trend charts and the way to the floor filtered to its members (button, Enter or a double
 * click); and, when offered, the occupancy report on a tab of its own.
 */
public final class QueuesView extends BorderPane implements ScreenLifecycle {
    /** What the score column means, for its header's tooltip (the weights are the Settings screen's). */
    static final String SCORE_MEANS = "How much the queue needs help now, from 0 (calm) to 1: the longest wait "
            + "against the queue's service-level target, whether any agent is free, and the abandon rate, "
            + "weighted as set in Settings. The table is sorted by it.";
    private static final Duration PULL_INTERVAL = Duration.ofSeconds(1);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final QueuesViewModel model;
    private final ZoneId zone;
    private final TableView<QueueRow> table = new TableView<>();
    /** Runs only while the screen shows: null while hidden. */
    private FxTicker pull;
    private boolean syncing;
    private VBox detailBox;
    private HBox chartsBox;
    /** The live table and the selected queue's details, under {@link #filters}. */
    private SplitPane live;
    private VBox filters;
    /** The tabs of the live queues and the reports, once a report is offered. */
    private TabPane reports;

    public QueuesView(QueuesViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        setId("queuesScreen");
        getStylesheets().add(QueuesView.class.getResource("queues.css").toExternalForm());
        setPadding(new Insets(12));
        filters = filterBar();
        setTop(filters);
        buildTable();
        SplitPane split = new SplitPane(table, detailPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        live = split;
        setCenter(split);
        model.pull();
    }

    private VBox filterBar() {
        TextField search = new TextField();
        search.setId("queueSearch");
        InitialFocus.mark(search);
        search.setPromptText("Search queues");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.textProperty());
        CheckBox attention = new CheckBox("Needing attention only");
        attention.setId("attentionOnly");
        attention.selectedProperty().bindBidirectional(model.attentionOnlyProperty());
        Button clear = new Button("Clear filters");
        clear.setId("clearQueueFilters");
        clear.setOnAction(e -> model.clearFilters());
        Label count = new Label();
        count.setId("queueCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format("%d of %d queues · %d needing "
                + "attention", model.rows().size(), model.totalProperty().get(),
                model.needingAttentionProperty().get()), model.rows(), model.totalProperty(),
                model.needingAttentionProperty()));
        // Wraps rather than cutting its words where the window is narrow.
        FlowPane bar = new FlowPane(8, 6, search, attention, clear, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("queuesMessage");
        message.getStyleClass().add(Styles.WARNING);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        VBox top = new VBox(6, bar, message);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private void buildTable() {
        table.setId("queuesTable");
        ReadableHeaders.keep(table);
        table.setItems(model.rows());
        // Every column gives and takes width, down to its minimum: with only the last one flexing, a window made
        // wider and then narrow again left the columns past the table's edge (the last one was at its minimum).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No queues yet."));
        TableColumn<QueueRow, QueueRow> name = column("Queue", "queueNameColumn", r -> r.name(), r -> Level.OK);
        name.setPrefWidth(220);
        name.setMinWidth(150);
        // Short titles, so the score and service level stay in sight in a 1024 px window; the tooltips say them.
        table.getColumns().setAll(List.of(name,
                ReadableHeaders.describe(column("Waiting", "waitingColumn", r -> count(r.waiting()),
                        QueueRow::waitingLevel), "Interactions waiting in the queue now"),
                ReadableHeaders.describe(column("Longest", "longestWaitColumn", r -> seconds(r.longestWaitSeconds()),
                        QueueRow::longestWaitLevel), "Longest wait: how long the oldest waiting interaction has "
                        + "waited"),
                ReadableHeaders.describe(column("On queue", "onQueueColumn", r -> count(r.onQueue()),
                        r -> Level.OK), "Members on queue now (idle, interacting or not responding)"),
                ReadableHeaders.describe(column("Idle", "idleColumn", r -> count(r.idle()),
                        QueueRow::staffingLevel), "Members on queue and free to take an interaction"),
                ReadableHeaders.describe(column("Interacting", "interactingColumn", r -> count(r.interacting()),
                        r -> Level.OK), "Interactions in progress in the queue now (connected to its agents)"),
                ReadableHeaders.describe(column("Abandon", "abandonColumn", r -> percent(r.abandonRate()),
                        QueueRow::abandonLevel), "Abandon rate: share of offered interactions abandoned"),
                figures(ReadableHeaders.describe(column("SL", "serviceLevelColumn", r -> percent(r.serviceLevel()),
                        QueueRow::serviceLevelLevel), "Service level: share answered within the queue's target")),
                ReadableHeaders.describe(column("Score", "scoreColumn", r -> r.hasData()
                        ? String.format("%.2f", r.score()) : "—", QueueRow::scoreLevel), SCORE_MEANS)));
        table.setRowFactory(t -> {
            TableRow<QueueRow> row = new TableRow<>() {
                @Override
                protected void updateItem(QueueRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("level-WARN", "level-ALERT");
                    if (!empty && item != null && item.level() != Level.OK) {
                        getStyleClass().add("level-" + item.level());
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openSelectedOnFloor();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelectedOnFloor();
            }
        });
        // The rows are rebuilt every second; the model keeps the choice by queue id and the table follows it.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.rows().addListener((ListChangeListener<QueueRow>) c -> reselect());
        model.selectedProperty().addListener((o, was, now) -> reselect());
        TableLayouts.follow(table, model.tableLayout());
    }

    private void reselect() {
        QueueRow chosen = model.selectedProperty().get();
        if (chosen == null || table.getSelectionModel().getSelectedItem() == chosen) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().select(chosen);
        } finally {
            syncing = false;
        }
    }

    /** A column whose title is shorter than its figures ("SL" over "100 %"): as wide as the figures need. */
    private static TableColumn<QueueRow, QueueRow> figures(TableColumn<QueueRow, QueueRow> column) {
        column.setMinWidth(64);
        return column;
    }

    private static TableColumn<QueueRow, QueueRow> column(String title, String id, Function<QueueRow, String> text,
            Function<QueueRow, Level> level) {
        TableColumn<QueueRow, QueueRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(QueueRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("figure-WARN", "figure-ALERT");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(item));
                Level grade = level.apply(item);
                if (grade != Level.OK) {
                    getStyleClass().add("figure-" + grade);
                }
            }
        });
        return column;
    }

    /**
     * Adds the selected queue's members, with join and unjoin, as a tab beside the trends. The members are read
     * when the tab is opened and whenever another queue is chosen while it is open.
     */
    public void offerMembers(QueueMembersPane members) {
        Tab trends = new Tab("Trends", chartsBox);
        trends.setId("trendsTab");
        Tab membersTab = new Tab("Members", members);
        membersTab.setId("membersTab");
        TabPane tabs = new TabPane(trends, membersTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        detailBox.getChildren().remove(chartsBox);
        detailBox.getChildren().add(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        membersTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                members.show(model.selectedProperty().get());
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            boolean other = was == null || now == null || !was.queueId().equals(now.queueId());
            if (membersTab.isSelected() && other) {
                members.show(now);
            }
        });
    }

    /**
     * Adds the occupancy report as a tab beside the live queues; it is read again each time the tab is opened. The
     * filters go into the live tab: they are the live table's, and would only take room from the report's tables.
     */
    public void offerOccupancy(OccupancyPane occupancy) {
        reportTab("Occupancy", "occupancyTab", occupancy, occupancy::opened);
    }

    /** Adds the adherence report as a tab beside the live queues; read again each time the tab is opened. */
    public void offerAdherence(AdherencePane adherence) {
        reportTab("Adherence", "adherenceTab", adherence, adherence::opened);
    }

    /** A report's tab; the first one turns the screen into tabs, the live queues the first of them. */
    private void reportTab(String title, String id, Node content, Runnable opened) {
        if (reports == null) {
            setTop(null);
            // The filters first: the focus goes in the order the children were set, so Tab reaches the search
            // box before the table, as the eye does.
            BorderPane liveContent = new BorderPane();
            liveContent.setTop(filters);
            liveContent.setCenter(live);
            Tab liveTab = new Tab("Live", liveContent);
            liveTab.setId("queuesLiveTab");
            reports = new TabPane(liveTab);
            reports.setId("queuesTabs");
            reports.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            setCenter(reports);
        }
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                opened.run();
            }
        });
        reports.getTabs().add(tab);
    }

    private VBox detailPane() {
        Label title = new Label();
        title.setId("queueDetailName");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "No queue selected" : model.selectedProperty().get().name(), model.selectedProperty()));
        ToggleGroup ranges = new ToggleGroup();
        HBox rangeBar = new HBox(4);
        rangeBar.setId("trendRange");
        for (TrendRange range : TrendRange.values()) {
            ToggleButton button = new ToggleButton(range.label());
            button.setId("range-" + range.name());
            button.setToggleGroup(ranges);
            button.setSelected(range == model.rangeProperty().get());
            button.setOnAction(e -> {
                model.rangeProperty().set(range);
                button.setSelected(true);
            });
            rangeBar.getChildren().add(button);
        }
        Button openFloor = new Button("Show its agents on the floor");
        openFloor.setId("openQueueOnFloor");
        openFloor.disableProperty().bind(model.selectedProperty().isNull());
        openFloor.setOnAction(e -> model.openSelectedOnFloor());
        HBox header = new HBox(12, title, rangeBar, openFloor);
        header.setAlignment(Pos.CENTER_LEFT);
        Label trendMessage = new Label();
        trendMessage.setId("trendMessage");
        trendMessage.textProperty().bind(model.trendMessageProperty());
        trendMessage.managedProperty().bind(trendMessage.textProperty().isNotEmpty());

        // The units are in the legend: a long axis title is cut short on a low chart.
        LineChart<Number, Number> waits = chart("waitChart", "");
        XYChart.Series<Number, Number> longest = new XYChart.Series<>();
        longest.setName("Longest wait (s)");
        XYChart.Series<Number, Number> waiting = new XYChart.Series<>();
        waiting.setName("Waiting (interactions)");
        waits.getData().setAll(List.of(longest, waiting));
        LineChart<Number, Number> scores = chart("scoreChart", "Percent");
        XYChart.Series<Number, Number> score = new XYChart.Series<>();
        score.setName("Score × 100");
        XYChart.Series<Number, Number> serviceLevel = new XYChart.Series<>();
        serviceLevel.setName("Service level %");
        scores.getData().setAll(List.of(score, serviceLevel));
        model.trend().addListener((ListChangeListener<TrendPoint>) c -> {
            longest.getData().setAll(points(p -> p.longestWaitSeconds()));
            waiting.getData().setAll(points(p -> (double) p.waiting()));
            score.getData().setAll(points(p -> p.score() * 100));
            serviceLevel.getData().setAll(points(p -> p.serviceLevel() == null ? null : p.serviceLevel() * 100));
        });
        VBox waitsWithLegend = withLegend(waits, "waitLegend");
        VBox scoresWithLegend = withLegend(scores, "scoreLegend");
        HBox charts = new HBox(8, waitsWithLegend, scoresWithLegend);
        HBox.setHgrow(waitsWithLegend, Priority.ALWAYS);
        HBox.setHgrow(scoresWithLegend, Priority.ALWAYS);
        VBox pane = new VBox(8, header, trendMessage, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        detailBox = pane;
        chartsBox = charts;
        pane.getStyleClass().add("detail-pane");
        pane.setId("queueDetail");
        return pane;
    }

    /**
     * The chart with a legend of its own above it: the chart's built-in one is dropped when the chart is low (a
     * 700 px window), which left two unnamed lines. The swatches take the chart's series colours.
     */
    private static VBox withLegend(LineChart<Number, Number> chart, String id) {
        chart.setLegendVisible(false);
        HBox legend = new HBox(14);
        legend.setId(id);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(0, 0, 0, 8));
        for (int i = 0; i < chart.getData().size(); i++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("chart-line-symbol", "series" + i, "default-color" + i);
            swatch.setMinSize(10, 10);
            swatch.setMaxSize(10, 10);
            Label name = new Label(chart.getData().get(i).getName(), swatch);
            name.getStyleClass().add("chart-legend-item");
            name.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(name);
        }
        VBox box = new VBox(2, legend, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private LineChart<Number, Number> chart(String id, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.lowerBoundProperty().bind(model.trendFromProperty());
        x.upperBoundProperty().bind(model.trendToProperty());
        x.tickUnitProperty().bind(model.trendToProperty().subtract(model.trendFromProperty()).divide(6.0));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochSeconds) {
                return CLOCK.format(Instant.ofEpochSecond(epochSeconds.longValue()).atZone(zone));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not edited");
            }
        });
        NumberAxis y = new NumberAxis();
        if (!yLabel.isEmpty()) {
            y.setLabel(yLabel);
        }
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setMinHeight(160);
        return chart;
    }

    private List<XYChart.Data<Number, Number>> points(Function<TrendPoint, Double> value) {
        return model.trend().stream().filter(p -> value.apply(p) != null)
                .map(p -> new XYChart.Data<Number, Number>(p.at().getEpochSecond(), value.apply(p)))
                .toList();
    }

    private static String count(Integer value) {
        return value == null ? "—" : String.format("%,d", value);
    }

    private static String seconds(Double value) {
        if (value == null) {
            return "—";
        }
        return Durations.compact(Duration.ofSeconds(Math.round(value)));
    }

    private static String percent(Double value) {
        return Percents.of(value);
    }

    /** Stops the once-a-second refresh (the window is going away). */
    public void dispose() {
        deactivate();
    }

    @Override
    public void activate() {
        if (pull == null) {
            model.pull();
            pull = new FxTicker("queues-pull", PULL_INTERVAL, model::pull);
        }
    }

    @Override
    public void deactivate() {
        if (pull != null) {
            pull.close();
            pull = null;
        }
    }
}
