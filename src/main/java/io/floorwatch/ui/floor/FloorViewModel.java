package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.StateHistory;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.BatchList;
import io.floorwatch.ui.common.Level;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * The floor: every agent as a row, filtered and sorted, with counts per activity and the selected agent's day.
 * Rows change only in {@link #pull()}, which the view calls on a timer (the coalescing bridge): it takes what
 * changed in the live state since the last pull and applies it to the shown list as one change. When no row
 * enters, leaves or moves, that change only replaces the changed rows in place (selection and scroll stay put);
 * otherwise the shown list is rebuilt once (filter, then sort; a few milliseconds at 20,000 agents). This is
 * cheaper than FilteredList and SortedList, which cost O(rows) per changed row.
 */
public final class FloorViewModel {
    private final LiveState live;
    private final StateHistory history;
    /** The selected agent's day from history; choosing another agent cancels it and that one is read next. */
    private final BackgroundTask<List<TimelineEntry>> timelineRead;
    private boolean timelineReadAgain;
    private final Clock clock;
    private final ZoneId zone;

    /** Every agent by id, in name order (the order when no column is sorted). */
    private final Map<String, FloorRow> byId = new LinkedHashMap<>();
    /** What the table shows: filtered and sorted. */
    private final BatchList<FloorRow> shownRows = new BatchList<>();
    private final Map<String, Integer> shownIndex = new HashMap<>();
    private Predicate<FloorRow> predicate = row -> true;
    private Comparator<FloorRow> comparator;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<String> queue = new SimpleObjectProperty<>(this, "queue");
    private final ObjectProperty<String> team = new SimpleObjectProperty<>(this, "team");
    private final ObjectProperty<String> skill = new SimpleObjectProperty<>(this, "skill");
    private final ObjectProperty<Activity> activity = new SimpleObjectProperty<>(this, "activity");
    private final ObservableList<String> queues = FXCollections.observableArrayList();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final ObservableList<String> skills = FXCollections.observableArrayList();

    private final Map<Activity, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Activity.class);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");

    private final ObjectProperty<FloorRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper timelineMessage = new ReadOnlyStringWrapper(this, "timelineMessage", "");

    private long seq;
    private long epoch = -1;
    private LongConsumer latencyProbe = nanos -> { };

    public FloorViewModel(LiveState live, StateHistory history, TaskExecutor tasks, Clock clock, ZoneId zone) {
        this.live = live;
        this.history = history;
        this.timelineRead = new BackgroundTask<>(tasks);
        this.clock = clock;
        this.zone = zone;
        for (Activity a : Activity.values()) {
            counts.put(a, new ReadOnlyIntegerWrapper(this, a.name()));
        }
        text.addListener((o, a, b) -> refilter());
        queue.addListener((o, a, b) -> refilter());
        team.addListener((o, a, b) -> refilter());
        skill.addListener((o, a, b) -> refilter());
        activity.addListener((o, a, b) -> refilter());
        selected.addListener((o, was, row) -> {
            if (row == null || was == null || !row.agentId().equals(was.agentId())) {
                loadTimeline(row);
            }
        });
        now.set(clock.instant());
    }

    /** Called on every change applied to the list, with the nanoTime the change reached the live state. */
    public void setLatencyProbe(LongConsumer probe) {
        this.latencyProbe = probe;
    }

    /**
     * Takes what changed in the live state since the last pull and applies it as one list change; and moves the
     * clock the time-in-state cells count from on to the current second.
     */
    public void pull() {
        Instant time = clock.instant();
        if (time.getEpochSecond() != now.get().getEpochSecond()) {
            now.set(time);
        }
        LiveState.Changes changes = live.changesSince(seq, epoch);
        seq = changes.seq();
        if (changes.reload()) {
            epoch = changes.epoch();
            reload();
            return;
        }
        if (changes.ids().isEmpty()) {
            return;
        }
        boolean newAgents = false;
        boolean choicesChanged = false;
        boolean reshape = false;
        Map<Integer, FloorRow> replacements = new HashMap<>();
        for (String id : changes.ids()) {
            LiveAgent agent = live.get(id).orElse(null);
            FloorRow old = byId.get(id);
            if (agent == null || old == null) {
                newAgents |= agent != null;
                continue;
            }
            FloorRow row = FloorRow.of(agent);
            byId.put(id, row);
            latencyProbe.accept(row.appliedNanos());
            choicesChanged |= !old.queues().equals(row.queues()) || !old.team().equals(row.team())
                    || !old.skills().equals(row.skills());
            Integer index = shownIndex.get(id);
            boolean shownNow = predicate.test(row);
            if (index == null ? shownNow : !shownNow || movesAmongNeighbours(index, row)) {
                reshape = true;
            } else if (index != null) {
                replacements.put(index, row);
            }
        }
        if (newAgents) {
            reload();
            return;
        }
        if (reshape) {
            rebuildShown();
        } else {
            shownRows.setEach(replacements);
            recount();
        }
        if (choicesChanged) {
            updateChoices();
        }
        FloorRow current = selected.get();
        if (current != null) {
            FloorRow fresh = byId.get(current.agentId());
            if (fresh != null && fresh != current && fresh.since() != null && !fresh.since().equals(current.since())) {
                selected.set(fresh);
                loadTimeline(fresh);
            }
        }
    }

    /** Whether a changed row would leave its place in the sort order (never without a sorted column). */
    private boolean movesAmongNeighbours(int index, FloorRow row) {
        if (comparator == null) {
            return false;
        }
        return index > 0 && comparator.compare(shownRows.get(index - 1), row) > 0
                || index < shownRows.size() - 1 && comparator.compare(row, shownRows.get(index + 1)) > 0;
    }

    /** Filters and sorts every row into the shown list, as one change. */
    private void rebuildShown() {
        List<FloorRow> shownNow = new ArrayList<>(byId.size());
        for (FloorRow row : byId.values()) {
            if (predicate.test(row)) {
                shownNow.add(row);
            }
        }
        if (comparator != null) {
            shownNow.sort(comparator);
        }
        shownIndex.clear();
        for (int i = 0; i < shownNow.size(); i++) {
            shownIndex.put(shownNow.get(i).agentId(), i);
        }
        shownRows.replaceAll(shownNow);
        recount();
    }

    /** Sorts the shown rows (the table's sort policy calls this); no keys for name order. */
    public void sortBy(FloorSort sort) {
        comparator = sort.comparator();
        rebuildShown();
    }

    private void reload() {
        Collection<LiveAgent> agents = live.all();
        List<FloorRow> all = new ArrayList<>(agents.size());
        for (LiveAgent agent : agents) {
            all.add(FloorRow.of(agent));
        }
        all.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        byId.clear();
        for (FloorRow row : all) {
            byId.put(row.agentId(), row);
        }
        total.set(all.size());
        updateChoices();
        rebuildShown();
    }

    private void updateChoices() {
        TreeSet<String> q = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> t = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (FloorRow row : byId.values()) {
            q.addAll(row.queues());
            if (!row.team().isEmpty()) {
                t.add(row.team());
            }
            s.addAll(row.skills());
        }
        setIfDifferent(queues, q);
        setIfDifferent(teams, t);
        setIfDifferent(skills, s);
    }

    private static void setIfDifferent(ObservableList<String> list, TreeSet<String> values) {
        if (!list.equals(new ArrayList<>(values))) {
            list.setAll(values);
        }
    }

    private void refilter() {
        String needle = text.get() == null ? "" : text.get().trim().toLowerCase(Locale.ROOT);
        String q = queue.get();
        String t = team.get();
        String s = skill.get();
        Activity a = activity.get();
        predicate = row -> (needle.isEmpty() || row.searchText().contains(needle))
                && (q == null || row.queues().contains(q))
                && (t == null || row.team().equals(t))
                && (s == null || row.skills().contains(s))
                && (a == null || row.activity() == a);
        rebuildShown();
    }

    private void recount() {
        int[] tally = new int[Activity.values().length];
        for (FloorRow row : shownRows) {
            tally[row.activity().ordinal()]++;
        }
        for (Activity a : Activity.values()) {
            counts.get(a).set(tally[a.ordinal()]);
        }
        shown.set(shownRows.size());
    }

    /** Shows one agent: clears the filters (so the agent is in the list) and selects the agent. */
    public void showAgent(String agentId) {
        clearFilters();
        FloorRow row = byId.get(agentId);
        if (row != null) {
            selected.set(row);
        }
    }

    /** Clears every filter. */
    public void clearFilters() {
        text.set("");
        queue.set(null);
        team.set(null);
        skill.set(null);
        activity.set(null);
    }

    private void loadTimeline(FloorRow row) {
        timeline.clear();
        if (row == null) {
            timelineReadAgain = false;
            timelineRead.cancel();
            timelineMessage.set("");
            return;
        }
        timelineMessage.set("Reading today's history...");
        if (!readTimeline(row.agentId())) {
            // A read for an earlier choice still runs: it is dropped, and this agent is read when it ends.
            timelineRead.cancel();
            timelineReadAgain = true;
        }
    }

    /** Starts reading the agent's day; false while an earlier read still runs. */
    private boolean readTimeline(String agentId) {
        Instant end = clock.instant();
        Instant dayStart = LocalDate.ofInstant(end, zone).atStartOfDay(zone).toInstant();
        return timelineRead.start(context -> Timelines.fold(agentId,
                history.timeline(agentId, dayStart, end.plusSeconds(1)), dayStart), entries -> {
                    FloorRow still = selected.get();
                    if (readAgainIfChosen() || still == null || !still.agentId().equals(agentId)) {
                        return;
                    }
                    timeline.setAll(entries);
                    timelineMessage.set(entries.isEmpty() ? "No history for today yet." : "");
                }, error -> {
                    if (!readAgainIfChosen() && !BackgroundTask.isCancellation(error)) {
                        timelineMessage.set("Today's history could not be read: " + error.getMessage());
                    }
                });
    }

    /** After a read another choice was waiting for: reads that one instead (the result is stale). */
    private boolean readAgainIfChosen() {
        if (!timelineReadAgain) {
            return false;
        }
        timelineReadAgain = false;
        if (selected.get() != null) {
            readTimeline(selected.get().agentId());
        }
        return true;
    }

    /** The level of a row's time in state, by the thresholds. */
    public Level level(FloorRow row) {
        if (row.since() == null) {
            return Level.OK;
        }
        return StateThresholds.level(row.activity(), Duration.between(row.since(), now.get()));
    }

    /** The rows the table shows, filtered and sorted; change it only through the filters and {@link #sortBy}. */
    public ObservableList<FloorRow> rows() {
        return shownRows;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<String> queueProperty() {
        return queue;
    }

    public ObjectProperty<String> teamProperty() {
        return team;
    }

    public ObjectProperty<String> skillProperty() {
        return skill;
    }

    public ObjectProperty<Activity> activityProperty() {
        return activity;
    }

    public ObservableList<String> queues() {
        return queues;
    }

    public ObservableList<String> teams() {
        return teams;
    }

    public ObservableList<String> skills() {
        return skills;
    }

    public ReadOnlyIntegerProperty countProperty(Activity a) {
        return counts.get(a).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ObjectProperty<FloorRow> selectedProperty() {
        return selected;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty timelineMessageProperty() {
        return timelineMessage.getReadOnlyProperty();
    }
}
