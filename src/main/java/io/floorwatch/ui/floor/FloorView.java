package io.floorwatch.ui.floor;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.Activity;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.ui.common.ColumnFit;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.FilterChoice;
import io.floorwatch.ui.common.FxTicker;
import io.floorwatch.ui.common.InitialFocus;
import io.floorwatch.ui.common.Level;
import io.floorwatch.ui.common.ReadableHeaders;
import io.floorwatch.ui.common.ScreenLifecycle;
import io.floorwatch.ui.common.TableLayouts;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The floor screen: filters, counts per activity, the agent table and the selected agent's day. It only binds
 * to its ViewModel and runs the timer that drives it: the coalescing pull every 150 ms.
 *
 * <p>A little over our usual length: the agent table's cell factories (time in state, levels, names) are most of
 * it, and they bind to the same ViewModel clock and thresholds as the rest of the screen.
 */
public final class FloorView extends BorderPane implements ScreenLifecycle {
    /** How often the view takes changes from the live state (DESIGN section 2: 100-200 ms). */
    public static final Duration PULL_INTERVAL = Duration.ofMillis(150);
    private static final double TIMELINE_MIN_HEIGHT = 120;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final FloorViewModel model;
    /** Below this width the agent pane starts folded, so names, teams and states read in full. */
    static final double NARROW = 1000;
    /**
     * The agent pane's narrowest: beside it, in a 1024 px window, the table keeps the width of Agent, State, In
     * state, Work and Now (about 570 px of the 810 the floor has there).
     */
    private static final double PANE_MIN_WIDTH = 220;
    /** An activity's dot before a line of the day. */
    private static final double DOT_WIDTH = 20;

    private final TableView<FloorRow> table = new TableView<>();
    /** The search box, set once the filter bar is made. */
    private TextField search;
    private final BooleanProperty detailShown = new SimpleBooleanProperty(this, "detailShown");
    private HBox legendBar;
    /** The agent pane's part about the selected agent (all of it but the title), shown only while one is. */
    private VBox agentBox;
    /** Runs only while the screen shows: null while hidden. */
    private FxTicker pull;
    /** The schedule, axis start and axis end the schedule bar was last drawn for; null while it is empty. */
    private List<Object> drawnSchedule;
    private final ZoneId zone;

    /** Says, above everything, that the floor is not live while its source is silent; takes no room otherwise. */
    private Label staleBanner() {
        Label banner = new Label();
        banner.setId("floorStale");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().addAll(Styles.WARNING, "stale-banner");
        banner.textProperty().bind(model.staleNoteProperty());
        banner.visibleProperty().bind(model.staleNoteProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    public FloorView(FloorViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        setId("floorScreen");
        getStylesheets().add(FloorView.class.getResource("floor.css").toExternalForm());
        setPadding(new Insets(12));

        VBox top = new VBox(8, staleBanner(), filterBar(), summaryBar(), legend());
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        buildTable();
        ScrollPane detail = scrolling(detailPane());
        SplitPane split = new SplitPane(table);
        split.setOrientation(Orientation.HORIZONTAL);
        detailShown.addListener((o, was, shown) -> {
            if (shown) {
                split.getItems().add(detail);
                split.setDividerPositions(0.68);
            } else {
                split.getItems().remove(detail);
            }
        });
        detailShown.set(true);
        // Where the screen is narrow (a 1024 px window) the table needs the width: the pane starts folded away.
        widthProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (getWidth() > 0) {
                    widthProperty().removeListener(this);
                    detailShown.set(getWidth() >= NARROW);
                }
            }
        });
        setCenter(split);

        model.pull();
    }

    /**
     * Offers acting on agents: the "Act on agents" menu beside the agent pane's toggle, the pane's quick actions,
     * and the preview window. Without it (a watch-only floor, or a test) the floor only watches.
     */
    public void offerActions(FloorActions actions) {
        legendBar.getChildren().add(legendBar.getChildren().size() - 1, actions.menu(table, model.rows(),
                model.queues()));
        HBox quick = actions.quick(() -> model.selectedProperty().get());
        quick.visibleProperty().bind(model.selectedProperty().isNotNull());
        quick.managedProperty().bind(quick.visibleProperty());
        agentBox.getChildren().add(1, quick);
        new AgentActionsDialog(actions.model(), () -> getScene() == null ? null : getScene().getWindow());
    }

    private HBox filterBar() {
        TextField search = new TextField();
        search.setId("floorSearch");
        InitialFocus.mark(search);
        search.setPromptText("Search name, email, team, queue  (Ctrl+F)");
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(model.textProperty());
        // A filter, not a handler: the text field's own key map takes Escape before an onKeyPressed handler sees it.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                table.requestFocus();
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            }
        });
        this.search = search;

        ComboBox<String> queue = choice("queueFilter", "All queues", model.queues());
        queue.valueProperty().bindBidirectional(model.queueProperty());
        ComboBox<String> team = choice("teamFilter", "All teams", model.teams());
        team.valueProperty().bindBidirectional(model.teamProperty());
        ComboBox<String> skill = choice("skillFilter", "All skills", model.skills());
        skill.valueProperty().bindBidirectional(model.skillProperty());
        ComboBox<Activity> state = FilterChoice.create("stateFilter", "All states", Activity::label);
        state.getItems().add(null);
        state.getItems().addAll(Activity.values());
        state.valueProperty().bindBidirectional(model.activityProperty());

        Button clear = new Button("Clear filters");
        clear.setId("clearFilters");
        clear.setOnAction(e -> model.clearFilters());
        HBox bar = new HBox(8, search, queue, team, skill, state, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.SOMETIMES);
        // The filters keep their words ("All queues"); the search box gives up width first.
        search.setMinWidth(140);
        // A choice box asks for the width of its longest entry ("Technical Support"): given a fixed width, the bar
        // fits a 1024 px window, and never less than its "All queues" needs.
        for (ComboBox<?> choice : List.of(queue, team, skill, state)) {
            choice.setPrefWidth(150);
            choice.setMinWidth(125);
        }
        clear.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private static ComboBox<String> choice(String id, String all, ObservableList<String> items) {
        ComboBox<String> box = FilterChoice.create(id, all, value -> value);
        // The first entry (null) stands for "no filter".
        Runnable fill = () -> {
            String value = box.getValue();
            box.getItems().setAll(items);
            box.getItems().add(0, null);
            box.setValue(value);
        };
        items.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }

    private FlowPane summaryBar() {
        FlowPane bar = new FlowPane(6, 6);
        bar.setId("summary");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label shown = new Label();
        shown.setId("shownCount");
        shown.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d of %,d agents",
                model.shownProperty().get(), model.totalProperty().get()), model.shownProperty(),
                model.totalProperty()));
        bar.getChildren().add(shown);
        Map<Activity, ToggleButton> chips = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            Label dot = new Label(" ");
            dot.getStyleClass().addAll("activity-chip", "activity-" + activity.name());
            ToggleButton chip = new ToggleButton();
            chip.setId("count-" + activity.name());
            // A pointer's shortcut to the State filter, which the keyboard reaches already: Tab passes the
            // fourteen chips by, from the filters straight on to the table.
            chip.setFocusTraversable(false);
            chip.setGraphic(dot);
            chip.getStyleClass().addAll("summary-chip", Styles.SMALL);
            chip.textProperty().bind(Bindings.createStringBinding(() -> activity.label() + "  "
                    + model.countProperty(activity).get(), model.countProperty(activity)));
            chip.setOnAction(e -> model.activityProperty().set(chip.isSelected() ? activity : null));
            chip.setTooltip(new Tooltip("Agents " + activity.label().toLowerCase(Locale.ROOT) + " now, of those the "
                    + "other filters show. Click to show only them; click again for all."));
            chips.put(activity, chip);
            bar.getChildren().add(chip);
        }
        model.activityProperty().addListener((o, was, now) -> chips.forEach((a, chip) -> chip.setSelected(a == now)));
        // Beside the counts rather than in the filter bar, which has no room left in a 1024 px window.
        ComboBox<WorkFilter> work = FilterChoice.create("workFilter", WorkFilter.ANY, WorkFilter::label);
        work.getItems().add(null);
        work.getItems().addAll(WorkFilter.values());
        work.valueProperty().bindBidirectional(model.workProperty());
        work.getStyleClass().add(Styles.SMALL);
        work.setTooltip(new Tooltip("Agents by their interactions: on hold, in after-call work, past a threshold "
                + "of Settings > Interactions, or over their capacity."));
        ComboBox<AdherenceFilter> adherence = FilterChoice.create("adherenceFilter", AdherenceFilter.ANY,
                AdherenceFilter::label);
        adherence.getItems().add(null);
        adherence.getItems().addAll(AdherenceFilter.values());
        adherence.valueProperty().bindBidirectional(model.adherenceProperty());
        adherence.getStyleClass().add(Styles.SMALL);
        adherence.setTooltip(new Tooltip("Agents by their schedule: out of adherence, or out and so missing from "
                + "the queues (off queue while on-queue work is scheduled)."));
        bar.getChildren().addAll(work, adherence);
        return bar;
    }

    /**
     * What the tints mean, where their thresholds are set, and where to look for why; at its end, the switch that
     * folds the agent pane away (the hint gives way to it on a narrow screen).
     */
    private HBox legend() {
        Label warn = new Label("Nearing a rule's threshold");
        warn.getStyleClass().addAll("legend-swatch", "legend-WARN");
        Label alert = new Label("Alert raised, or past the threshold");
        alert.getStyleClass().addAll("legend-swatch", "legend-ALERT");
        Label how = new Label("Thresholds are the alert rules' (Settings > Alerts) and, for interactions, Settings > "
                + "Interactions; point at a row to see why.");
        how.getStyleClass().add(Styles.TEXT_MUTED);
        how.setMinWidth(0);
        ToggleButton detail = new ToggleButton("Agent pane");
        detail.setId("floorDetailToggle");
        detail.getStyleClass().add(Styles.SMALL);
        detail.setMinWidth(Region.USE_PREF_SIZE);
        detail.setTooltip(new Tooltip("Shows or folds away the selected agent's details and today's timeline."));
        detail.selectedProperty().bindBidirectional(detailShown);
        Label paused = new Label("Order paused under the pointer");
        paused.setId("floorOrderPaused");
        paused.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        paused.setMinWidth(Region.USE_PREF_SIZE);
        paused.visibleProperty().bind(model.orderPausedProperty());
        paused.managedProperty().bind(paused.visibleProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox legend = new HBox(10, warn, alert, how, spring, paused, detail);
        legendBar = legend;
        legend.setId("floorLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        warn.setMinWidth(Region.USE_PREF_SIZE);
        alert.setMinWidth(Region.USE_PREF_SIZE);
        return legend;
    }

    private void buildTable() {
        table.setId("floorTable");
        // Rows do not move under the pointer: while it is on the table, a re-sort waits (see the model).
        model.orderHeldProperty().bind(table.hoverProperty());
        ReadableHeaders.keep(table);
        Label empty = new Label();
        empty.setId("floorEmpty");
        empty.textProperty().bind(model.emptyTextProperty());
        Hyperlink clear = new Hyperlink("Clear filters");
        clear.setId("floorClearFilters");
        clear.setOnAction(e -> model.clearFilters());
        clear.visibleProperty().bind(model.totalProperty().greaterThan(0));
        VBox placeholder = new VBox(4, empty, clear);
        placeholder.setAlignment(Pos.CENTER);
        table.setPlaceholder(placeholder);
        // Every column gives and takes width, down to its minimum: with only the last one flexing, a window made
        // wider and then narrow again left the columns past the table's edge (the last one was at its minimum).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<FloorRow, String> name = textColumn("Agent", 190, FloorRow::name);
        name.setMinWidth(160);
        TableColumn<FloorRow, String> team = textColumn("Team", 120, FloorRow::team);
        team.setMinWidth(135);
        TableColumn<FloorRow, String> queues = textColumn("Queues", 200, FloorRow::queuesText);
        queues.setMinWidth(90);
        TableColumn<FloorRow, FloorRow> state = new TableColumn<>("State");
        state.setId("stateColumn");
        state.setPrefWidth(150);
        state.setMinWidth(130);
        // The whole row, not only its activity: the cell also shows a change sent for the agent and not yet seen.
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();
            private final Label pending = new Label();
            private final HBox box = new HBox(6, chip, pending);
            private Activity shown;

            {
                box.setAlignment(Pos.CENTER_LEFT);
                pending.getStyleClass().addAll(Styles.TEXT_SMALL, "pending-note");
                pending.managedProperty().bind(pending.visibleProperty());
            }

            @Override
            protected void updateItem(FloorRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Activity activity = row.activity();
                // Any change on the floor updates every visible cell; restyling an unchanged chip would re-apply
                // CSS and repaint the whole table each time.
                if (activity != shown) {
                    chip.setText(activity.label());
                    chip.getStyleClass().setAll("label", "activity-chip", "activity-" + activity.name());
                    shown = activity;
                }
                if (!pending.getText().equals(row.pending())) {
                    pending.setText(row.pending());
                }
                pending.setVisible(!row.pending().isEmpty());
                setGraphic(box);
            }
        });
        TableColumn<FloorRow, String> presence = textColumn("Presence", 110, FloorRow::presence);
        presence.setMinWidth(90);
        TableColumn<FloorRow, Instant> since = new TableColumn<>("In state");
        since.setId("sinceColumn");
        since.setPrefWidth(90);
        since.setMinWidth(80);
        since.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().since()));
        since.setCellFactory(c -> new SinceCell(model));
        // Stable ids, which saved views name the columns by (titles may be reworded).
        name.setId("nameColumn");
        team.setId("teamColumn");
        queues.setId("queuesColumn");
        presence.setId("presenceColumn");
        name.setUserData(FloorSort.Column.NAME);
        team.setUserData(FloorSort.Column.TEAM);
        queues.setUserData(FloorSort.Column.QUEUES);
        state.setUserData(FloorSort.Column.STATE);
        presence.setUserData(FloorSort.Column.PRESENCE);
        since.setUserData(FloorSort.Column.TIME_IN_STATE);
        table.getColumns().addAll(List.of(name, team, queues, state, presence, since));
        List<TableColumn<FloorRow, ?>> work = WorkColumns.create(model);
        table.getColumns().addAll(work);
        List<TableColumn<FloorRow, ?>> adherence = AdherenceColumns.create(model);
        table.getColumns().addAll(adherence);
        // Agent, State, In state, Work and Now always show: who, doing what, for how long, on what. Where the table
        // is narrow (a 1024 px window, or the agent pane open) the others show as far as they fit, in this order,
        // and the table's column menu has the rest. Adherence goes first: it says in the least room whether the
        // agent keeps to their schedule (Scheduled and Impact, last, explain it, as its tooltip does). Presence
        // gives way before Queues and Team: the State column already says what the agent does, and On Queue is
        // what its interacting rows would say.
        ColumnFit.keep(table, List.of(adherence.get(1), queues, team, presence, work.get(2), adherence.get(0),
                adherence.get(2)));
        table.setItems(model.rows());
        // Several agents may be chosen to act on at once (Shift and Ctrl); the pane follows the last one.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // The model sorts (it knows which changes move rows); the table only says by what.
        table.setSortPolicy(t -> {
            List<FloorSort.Key> keys = new ArrayList<>();
            for (TableColumn<FloorRow, ?> column : t.getSortOrder()) {
                keys.add(new FloorSort.Key((FloorSort.Column) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            model.sortBy(new FloorSort(keys));
            return true;
        });
        // After the sort policy and the column fit: a saved view's sort and column choices go through them.
        TableLayouts.follow(table, model.tableLayout());
        // A rebuilt list keeps the selected agent selected, wherever the agent now is. After the table's own
        // listeners have seen the change (they clear the selection of a replaced list), hence runLater: once per
        // rebuild, not per event.
        model.rows().addListener((ListChangeListener<FloorRow>) change -> {
            while (change.next()) {
                if (change.getFrom() == 0 && change.getAddedSize() == change.getList().size()) {
                    Platform.runLater(this::reselect);
                    return;
                }
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FloorRow row, boolean empty) {
                super.updateItem(row, empty);
                showTint(this, empty || row == null ? RowTints.Tint.NONE : model.tint(row));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        // The model may choose an agent itself (an alert's "Open agent"): select and reveal the row.
        model.selectedProperty().addListener((o, was, row) -> {
            FloorRow inTable = table.getSelectionModel().getSelectedItem();
            if (row != null && (inTable == null || !inTable.agentId().equals(row.agentId()))) {
                reselect();
                int index = table.getSelectionModel().getSelectedIndex();
                if (index >= 0) {
                    table.scrollTo(index);
                }
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                table.getSelectionModel().clearSelection();
                model.selectedProperty().set(null);
            } else if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                // The keyboard's way to the agent pane: it opens beside the table, the focus stays on the rows
                // (the arrows move through agents, the pane follows), and Tab goes on into the pane's actions.
                detailShown.set(true);
                e.consume();
            }
        });
    }

    /** Puts the focus in the search box, its text selected to type over (the window's Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void reselect() {
        FloorRow chosen = model.selectedProperty().get();
        if (chosen == null) {
            return;
        }
        FloorRow selectedRow = table.getSelectionModel().getSelectedItem();
        if (selectedRow != null && selectedRow.agentId().equals(chosen.agentId())) {
            return;
        }
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).agentId().equals(chosen.agentId())) {
                table.getSelectionModel().select(i);
                return;
            }
        }
    }

    private static TableColumn<FloorRow, String> textColumn(String title, double width,
            Function<FloorRow, String> value) {
        TableColumn<FloorRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** Time in state, recounted every second from the model's clock; coloured by threshold. */
    private static final class SinceCell extends TableCell<FloorRow, Instant> {
        private final FloorViewModel model;

        SinceCell(FloorViewModel model) {
            this.model = model;
            model.nowProperty().addListener(new WeakInvalidationListener(tick));
        }

        private final InvalidationListener tick = o -> render();

        @Override
        protected void updateItem(Instant since, boolean empty) {
            super.updateItem(since, empty);
            render();
        }

        private void render() {
            FloorRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (isEmpty() || getItem() == null || row == null) {
                LevelStyles.show(this, "duration-", Level.OK);
                setText(null);
                return;
            }
            setText(Durations.compact(Duration.between(getItem(), model.nowProperty().get())));
            // The cell's colour is the state's alone: a long hold colours the Phase cell, not the time in state.
            RowTints.Tint byState = model.stateTint(row);
            LevelStyles.show(this, "duration-", byState.level());
            // The row's tint follows the ticking duration too, not only changes of the row's item.
            showTint(getTableRow(), model.tint(row, byState));
        }
    }

    /** Tints the row and says why in its tooltip (none for an untinted row). */
    private static void showTint(TableRow<FloorRow> row, RowTints.Tint tint) {
        LevelStyles.show(row, "level-", tint.level());
        if (tint.level() == Level.OK) {
            row.setTooltip(null);
        } else if (row.getTooltip() == null) {
            row.setTooltip(new Tooltip(tint.why()));
        } else {
            row.getTooltip().setText(tint.why());
        }
    }

    private VBox detailPane() {
        Label title = Controls.wrapping(new Label("Select an agent"));
        title.setId("detailName");
        title.getStyleClass().add("detail-title");
        Label facts = Controls.wrapping(new Label());
        facts.setId("detailFacts");
        Label state = Controls.wrapping(new Label());
        state.setId("detailState");
        HBox bar = new HBox();
        bar.setId("timelineBar");
        bar.getStyleClass().add("timeline-bar");
        HBox scheduleBar = new HBox();
        scheduleBar.setId("scheduleBar");
        scheduleBar.getStyleClass().add("timeline-bar");
        Label adherence = Controls.wrapping(new Label());
        adherence.setId("detailAdherence");
        ListView<TimelineEntry> entries = new ListView<>(model.timeline());
        entries.setId("timeline");
        // A few of the day's lines always show: where the pane is short it scrolls, rather than squeezing the day
        // to nothing under the schedule.
        entries.setMinHeight(TIMELINE_MIN_HEIGHT);
        entries.setPlaceholder(Controls.wrapping(new Label("Today's timeline appears here.")));
        entries.setCellFactory(WrappingCells.of(entry -> {
            Instant end = entry.end() == null ? model.nowProperty().get() : entry.end();
            return CLOCK.format(entry.start().atZone(zone)) + "  " + entry.activity().label() + "  ("
                    + Durations.compact(Duration.between(entry.start(), end)) + (entry.end() == null ? ", now" : "")
                    + ")";
        }, entry -> {
            Label dot = new Label(" ");
            dot.getStyleClass().addAll("activity-chip", "activity-" + entry.activity().name());
            return dot;
        }, DOT_WIDTH));
        Label message = Controls.wrapping(new Label());
        message.setId("timelineMessage");
        message.textProperty().bind(model.timelineMessageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        model.timeline().addListener((ListChangeListener<TimelineEntry>) c -> {
            drawBars(scheduleBar, bar);
            // What the agent does now is the line a supervisor looks for: the day's last.
            if (!model.timeline().isEmpty()) {
                entries.scrollTo(model.timeline().size() - 1);
            }
        });
        // The current stretch grows with the clock: redraw it each second, or the pane shows "25 s, now" for ever.
        model.nowProperty().addListener((o, was, now) -> {
            if (!model.timeline().isEmpty() && model.timeline().get(model.timeline().size() - 1).end() == null) {
                entries.refresh();
                drawBars(scheduleBar, bar);
            }
        });
        model.selectedProperty().addListener((o, was, row) -> {
            drawBars(scheduleBar, bar);
            adherence.setText(row == null || !row.adherence().known() ? "" : row.adherence().describe());
            if (row == null) {
                title.setText("Select an agent");
                facts.setText("");
                state.setText("");
                return;
            }
            title.setText(row.name());
            facts.setText((row.team().isEmpty() ? "No team" : "Team: " + row.team()) + "\n"
                    + (row.queues().isEmpty() ? "No queues" : "Queues: " + row.queuesText()) + "\n"
                    + (row.skills().isEmpty() ? "No skills" : "Skills: " + String.join(", ", row.skills())));
            state.setText(row.activity().label() + (row.since() == null ? "" : " since "
                    + CLOCK.format(row.since().atZone(zone))));
        });
        Label heading = new Label("Today");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label scheduledLabel = new Label("Scheduled");
        Label actualLabel = new Label("Actual");
        scheduledLabel.getStyleClass().add(Styles.TEXT_SMALL);
        actualLabel.getStyleClass().add(Styles.TEXT_SMALL);
        agentBox = new VBox(state, adherence, facts, new InteractionsPane(model), heading, scheduledLabel,
                scheduleBar, actualLabel, bar, message, entries);
        agentBox.getStyleClass().add("detail-agent");
        VBox.setVgrow(entries, Priority.ALWAYS);
        VBox.setVgrow(agentBox, Priority.ALWAYS);
        // With no agent chosen the pane says only that: an empty work list and day would read as an idle agent's.
        agentBox.visibleProperty().bind(model.selectedProperty().isNotNull());
        agentBox.managedProperty().bind(agentBox.visibleProperty());
        VBox pane = new VBox(title, agentBox);
        pane.setId("agentDetail");
        pane.getStyleClass().add("detail-pane");
        return pane;
    }

    /**
     * The agent pane as the split pane holds it: scrolling down where the window is too short for all its lines, which
     * no longer give up their height to fit (they pushed the floor's own bars out of place).
     */
    private static ScrollPane scrolling(VBox pane) {
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(PANE_MIN_WIDTH);
        return scroll;
    }

    /**
     * Wraps a label's text at the pane's width and keeps every line of it: a box short of height shrank a label to
     * one line ("Team: Team A...") before anything else gave way.
     */
    /**
     * The day as proportional coloured stretches, the schedule above what the agent did, on one time axis: from the
     * earlier of the shift's start and the first thing recorded to the later of now and the shift's end.
     */
    private void drawBars(HBox scheduleBar, HBox bar) {
        bar.getChildren().clear();
        Instant now = model.nowProperty().get();
        Instant dayStart = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        List<ScheduledActivity> schedule = model.scheduleOf(model.selectedProperty().get(), dayStart,
                dayStart.plus(Duration.ofDays(1)));
        if (model.timeline().isEmpty() && schedule.isEmpty()) {
            scheduleBar.getChildren().clear();
            drawnSchedule = null;
            return;
        }
        Instant first = now;
        Instant last = now;
        if (!model.timeline().isEmpty()) {
            first = model.timeline().get(0).start();
        }
        if (!schedule.isEmpty()) {
            first = min(first, schedule.get(0).start());
            last = max(last, schedule.get(schedule.size() - 1).end());
        }
        double span = Math.max(1, Duration.between(first, last).toMillis());
        // The schedule stands still while only the clock moves (the axis ends at the shift's end): its pieces and
        // their tooltips are made again only when it or the axis changed, not each second.
        List<Object> shape = List.of(schedule, first, last);
        if (!shape.equals(drawnSchedule)) {
            drawnSchedule = shape;
            drawSchedule(scheduleBar, schedule, first, span);
        }
        Instant at = first;
        for (TimelineEntry entry : model.timeline()) {
            at = piece(bar, span, at, entry.start(), null, null);
            at = piece(bar, span, at, entry.end() == null ? now : entry.end(), "activity-" + entry.activity().name(),
                    null);
        }
    }

    private void drawSchedule(HBox scheduleBar, List<ScheduledActivity> schedule, Instant first, double span) {
        scheduleBar.getChildren().clear();
        Instant at = first;
        for (ScheduledActivity activity : schedule) {
            at = piece(scheduleBar, span, at, activity.start(), null, null);
            at = piece(scheduleBar, span, at, activity.end(), "activity-" + ScheduleColours.of(activity.category()),
                    CLOCK.format(activity.start().atZone(zone)) + "–" + CLOCK.format(activity.end().atZone(zone))
                            + "  " + activity.category().label());
        }
    }

    /** A stretch of a bar from {@code from} to {@code to} (a gap when unstyled); returns where it ends. */
    private static Instant piece(HBox bar, double span, Instant from, Instant to, String style, String tip) {
        if (!to.isAfter(from)) {
            return from;
        }
        Region piece = new Region();
        if (style != null) {
            piece.getStyleClass().add(style);
            piece.setMinWidth(1);
        }
        if (tip != null) {
            Tooltip.install(piece, new Tooltip(tip));
        }
        piece.prefWidthProperty().bind(bar.widthProperty().multiply(Duration.between(from, to).toMillis() / span));
        bar.getChildren().add(piece);
        return to;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Stops the timers (the window is closing). */
    public void dispose() {
        deactivate();
    }

    @Override
    public void activate() {
        if (pull == null) {
            model.pull();
            pull = new FxTicker("floor-pull", PULL_INTERVAL, model::pull);
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
