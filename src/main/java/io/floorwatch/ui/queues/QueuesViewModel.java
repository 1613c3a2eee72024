package io.floorwatch.ui.queues;

import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.history.QueueHistory;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Level;
import io.floorwatch.ui.common.TableLayoutModel;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The queues screen's state: one row per queue (every queue the org has, and any the metrics name), worst score
 * first; a text filter and "needs attention only"; the selected queue's trend from history over 15 min, 1 h or
 * the shift, kept current with each new sample; and the drill-down to the floor filtered to the queue.
 * {@link #pull()} reads only memory (the feed's latest samples, the queue directory); history is read through the
 * task executor, never on the FX thread.
 */
public final class QueuesViewModel {
    private final Supplier<Collection<QueueSample>> latest;
    private final Supplier<Map<String, RoutingQueue>> directory;
    private final Supplier<QueueFeedHealth> health;
    private final Supplier<QueueThresholdSettings> thresholds;
    private final QueueHistory history;
    private final Clock clock;
    private final Consumer<String> openOnFloor;

    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty attentionOnly = new SimpleBooleanProperty(this, "attentionOnly");
    /** The queues table's columns, for the saved views ({@link QueuesViewPart}). */
    private final TableLayoutModel tableLayout = new TableLayoutModel();
    private final ObjectProperty<QueueRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<TrendRange> range = new SimpleObjectProperty<>(this, "range",
            TrendRange.LAST_15_MINUTES);
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trendMessage = new ReadOnlyStringWrapper(this, "trendMessage", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper needingAttention = new ReadOnlyIntegerWrapper(this, "needingAttention");
    private final ReadOnlyLongWrapper trendFrom = new ReadOnlyLongWrapper(this, "trendFrom");
    private final ReadOnlyLongWrapper trendTo = new ReadOnlyLongWrapper(this, "trendTo");
    /** The selected queue's trend read; a newer choice cancels it and is read right after. */
    private final BackgroundTask<List<TrendPoint>> trendRead;
    private boolean trendReadAgain;
    private String trendQueue;
    /** True while pull() replaces the rows: the table's passing selection is no choice of the person's. */
    private boolean rebuilding;

    /** Grades by each queue's Genesys service level and the built-in thresholds alone (no saved settings). */
    public QueuesViewModel(Supplier<Collection<QueueSample>> latest, Supplier<Map<String, RoutingQueue>> directory,
            Supplier<QueueFeedHealth> health, QueueHistory history, TaskExecutor tasks, Clock clock,
            Consumer<String> openOnFloor) {
        this(latest, directory, health, QueueThresholdSettings::none, history, tasks, clock, openOnFloor);
    }

    /** @param thresholds the saved queue thresholds, read at each pull so a save shows at the next one */
    public QueuesViewModel(Supplier<Collection<QueueSample>> latest, Supplier<Map<String, RoutingQueue>> directory,
            Supplier<QueueFeedHealth> health, Supplier<QueueThresholdSettings> thresholds, QueueHistory history,
            TaskExecutor tasks, Clock clock, Consumer<String> openOnFloor) {
        this.thresholds = thresholds;
        this.latest = latest;
        this.directory = directory;
        this.health = health;
        this.history = history;
        this.trendRead = new BackgroundTask<>(tasks);
        this.clock = clock;
        this.openOnFloor = openOnFloor;
        text.addListener(o -> pull());
        attentionOnly.addListener(o -> pull());
        selected.addListener((o, was, now) -> {
            if (rebuilding) {
                return;
            }
            String id = now == null ? null : now.queueId();
            if (!Objects.equals(id, trendQueue)) {
                loadTrend();
            }
        });
        range.addListener(o -> loadTrend());
    }

    /** Re-reads the latest samples and rebuilds the rows; the view calls it every second. */
    public void pull() {
        Map<String, RoutingQueue> queues = directory.get();
        QueueThresholdSettings saved = thresholds.get();
        Map<String, QueueSample> samples = new HashMap<>();
        for (QueueSample sample : latest.get()) {
            samples.put(sample.snapshot().queueId(), sample);
        }
        List<QueueRow> all = new ArrayList<>();
        for (RoutingQueue queue : queues.values()) {
            all.add(row(queue.id(), queue, samples.get(queue.id()), saved));
        }
        samples.forEach((id, sample) -> {
            if (!queues.containsKey(id)) {
                all.add(row(id, null, sample, saved));
            }
        });
        String filter = text.get() == null ? "" : text.get().trim().toLowerCase(Locale.ROOT);
        List<QueueRow> shown = all.stream()
                .filter(r -> filter.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(filter))
                .filter(r -> !attentionOnly.get() || r.level() != Level.OK)
                .sorted(Comparator.comparingDouble(QueueRow::score).reversed()
                        .thenComparing(QueueRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        total.set(all.size());
        needingAttention.set((int) all.stream().filter(r -> r.level() != Level.OK).count());
        String keep = selected.get() == null ? null : selected.get().queueId();
        // Replacing the rows moves the table's selection to whatever row now sits at its index; that passing
        // selection used to reload the trend, and the choice put back below reloaded it again, every second, so
        // a trend read slower than a second never arrived. The choice is kept by queue id instead.
        rebuilding = true;
        try {
            rows.setAll(shown);
        } finally {
            rebuilding = false;
        }
        selected.set(shown.stream().filter(r -> r.queueId().equals(keep)).findFirst().orElse(null));
        message.set(feedMessage(samples.isEmpty()));
        moveTrendWindow();
        extendTrend(samples.get(keep));
    }

    private static QueueRow row(String id, RoutingQueue queue, QueueSample sample, QueueThresholdSettings settings) {
        String name = queue == null ? id : queue.name();
        return new QueueRow(id, name, sample, settings.of(name, queue));
    }

    private String feedMessage(boolean noSamples) {
        QueueFeedHealth now = health.get();
        if (!now.problem().isEmpty()) {
            return now.problem();
        }
        if (noSamples) {
            return now.source().equals("none")
                    ? "No queue-metric source is set: choose Kafka or queue observations in Settings."
                    : "Waiting for the first queue metrics from " + now.source() + "...";
        }
        return "";
    }

    /** The charts' time axis: the chosen range, ending now. */
    private void moveTrendWindow() {
        Instant now = clock.instant();
        trendTo.set(now.getEpochSecond());
        trendFrom.set(now.minus(range.get().span()).getEpochSecond());
    }

    private void loadTrend() {
        moveTrendWindow();
        QueueRow row = selected.get();
        trendQueue = row == null ? null : row.queueId();
        trend.clear();
        if (row == null) {
            trendReadAgain = false;
            trendRead.cancel();
            trendMessage.set("Select a queue to see its trend.");
            return;
        }
        trendMessage.set("Loading " + row.name() + "...");
        if (!readTrend(row)) {
            // A read for an earlier choice still runs: it is dropped, and this choice is read when it ends.
            trendRead.cancel();
            trendReadAgain = true;
        }
    }

    /** Starts reading the row's trend; false while an earlier read still runs. */
    private boolean readTrend(QueueRow row) {
        Instant to = clock.instant();
        Instant from = to.minus(range.get().span());
        String id = row.queueId();
        String span = range.get().label();
        return trendRead.start(context -> TrendPoint.of(history.trend(id, from, to.plusSeconds(1)), from, to),
                points -> {
                    if (!readAgainIfChosen()) {
                        trend.setAll(points);
                        trendMessage.set(points.isEmpty() ? "No samples of " + row.name() + " in the last " + span
                                + "." : "");
                    }
                }, failure -> {
                    if (!readAgainIfChosen() && !BackgroundTask.isCancellation(failure)) {
                        trendMessage.set("The trend could not be read: " + failure.getMessage());
                    }
                });
    }

    /** After a read another choice was waiting for: reads that one instead (the result is stale). */
    private boolean readAgainIfChosen() {
        if (!trendReadAgain) {
            return false;
        }
        trendReadAgain = false;
        if (selected.get() != null) {
            readTrend(selected.get());
        }
        return true;
    }

    /** Adds the selected queue's newest sample to its trend, and lets the oldest points fall out of range. */
    private void extendTrend(QueueSample sample) {
        if (sample == null || trendMessage.get().startsWith("Loading")) {
            return;
        }
        Instant at = sample.snapshot().at();
        if (!trend.isEmpty() && !at.isAfter(trend.get(trend.size() - 1).at())) {
            return;
        }
        trend.add(TrendPoint.from(sample));
        Instant from = clock.instant().minus(range.get().span());
        trend.removeIf(point -> point.at().isBefore(from));
        trendMessage.set("");
    }

    /** Shows the floor filtered to the selected queue's members. */
    public void openSelectedOnFloor() {
        QueueRow row = selected.get();
        if (row != null) {
            openOnFloor.accept(row.name());
        }
    }

    public void clearFilters() {
        text.set("");
        attentionOnly.set(false);
    }

    public ObservableList<QueueRow> rows() {
        return rows;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The queues table's layout (columns' order and widths), which a saved view reads and sets. */
    public TableLayoutModel tableLayout() {
        return tableLayout;
    }

    public BooleanProperty attentionOnlyProperty() {
        return attentionOnly;
    }

    public ObjectProperty<QueueRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<TrendRange> rangeProperty() {
        return range;
    }

    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    /** Start of the charts' time axis, epoch seconds. */
    public ReadOnlyLongProperty trendFromProperty() {
        return trendFrom.getReadOnlyProperty();
    }

    /** End of the charts' time axis (now), epoch seconds. */
    public ReadOnlyLongProperty trendToProperty() {
        return trendTo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trendMessageProperty() {
        return trendMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty needingAttentionProperty() {
        return needingAttention.getReadOnlyProperty();
    }
}
