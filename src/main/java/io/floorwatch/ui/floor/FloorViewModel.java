package io.floorwatch.ui.floor;

import io.floorwatch.base.Plural;
import io.floorwatch.config.InteractionSettings;
import io.floorwatch.domain.Activity;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.StateHistory;
import io.floorwatch.ui.common.BatchList;
import io.floorwatch.ui.common.Level;
import io.floorwatch.ui.common.TableLayoutModel;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The floor: every agent as a row, filtered and sorted, with counts per activity and the selected agent's day.
 * Rows change only in {@link #pull()}, which the view calls on a timer (the coalescing bridge): it takes what
 * changed in the live state since the last pull and applies it to the shown list as one change. When no row
 * enters, leaves or moves, that change only replaces the changed rows in place (selection and scroll stay put);
 * otherwise the changed rows are merged into their places in one new list (a filter or a sort of its own
 * rebuilds it: filter, then sort). This is cheaper than FilteredList and SortedList, which cost O(rows) per changed
 * row. The selected agent's day is
 * {@link AgentDay}'s, their live interactions {@link WorkDetail}'s.
 *
 * <p>A little over our aim for a ViewModel: the pull's choice between replacing rows in place, merging them and
 * rebuilding, and the shown-list index it keeps for that, are one algorithm (measured by the floor benchmark);
 * split, each part would need the others' state. What is not that algorithm lives beside it: the day
 * ({@link AgentDay}), the selected agent's work ({@link WorkDetail}), the tints ({@link RowTints},
 * {@link WorkTints}).
 */
public final class FloorViewModel {
    /** How long a sent change may take to show in the feed before the row says it did not. */
    static final Duration PENDING_TIMEOUT = Duration.ofSeconds(15);
    private static final DateTimeFormatter STALE_CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    static final String NO_AGENTS_YET = "No agents yet: the floor fills in as soon as the connection is up.";

    private final LiveState live;
    private final Clock clock;
    private final ZoneId zone;

    /** Every agent by id, in name order (the order when no column is sorted). */
    private final Map<String, FloorRow> byId = new LinkedHashMap<>();
    /** What the table shows: filtered and sorted. */
    private final BatchList<FloorRow> shownRows = new BatchList<>();
    private final Map<String, Pending> pending = new HashMap<>();
    /**
     * Where each agent's row is in the shown list, by the row's slot ({@link FloorRow#slot()}); -1 when not shown.
     * An array, not a map by id: a sorted floor moves rows on every pull, and at 50,000 agents re-keying a map of
     * places was a fifth of the FX thread.
     */
    private int[] shownAt = new int[0];
    /**
     * Per activity, the rows every filter but the activity lets through: kept row by row as rows change, counted
     * afresh only when the filters or the floor change (counting 50,000 rows on every pull was a seventh of the FX
     * thread).
     */
    private final int[] tally = new int[Activity.values().length];
    private Predicate<FloorRow> predicate = row -> true;
    /** Every filter but the activity: what the counts per activity are over. */
    private Predicate<FloorRow> beforeActivity = row -> true;
    private Comparator<FloorRow> comparator;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<String> queue = new SimpleObjectProperty<>(this, "queue");
    private final ObjectProperty<String> team = new SimpleObjectProperty<>(this, "team");
    private final ObjectProperty<String> skill = new SimpleObjectProperty<>(this, "skill");
    private final ObjectProperty<Activity> activity = new SimpleObjectProperty<>(this, "activity");
    private final ObjectProperty<WorkFilter> work = new SimpleObjectProperty<>(this, "work");
    private final ObjectProperty<AdherenceFilter> adherence = new SimpleObjectProperty<>(this, "adherence");
    private final FloorChoices choices = new FloorChoices();
    /** The agent table's columns and sort, for the saved views ({@link FloorViewPart}). */
    private final TableLayoutModel tableLayout = new TableLayoutModel();

    private final Map<Activity, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Activity.class);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", NO_AGENTS_YET);
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyStringWrapper staleNote = new ReadOnlyStringWrapper(this, "staleNote", "");

    private final ObjectProperty<FloorRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty orderHeld = new SimpleBooleanProperty(this, "orderHeld");
    private final ReadOnlyBooleanWrapper orderPaused = new ReadOnlyBooleanWrapper(this, "orderPaused");
    private final AgentDay day;
    private final WorkDetail workDetail;

    private long seq;
    private long epoch = -1;
    private LongConsumer latencyProbe = nanos -> { };
    private final Supplier<List<AlertRule>> rules;
    private final Supplier<InteractionSettings> interactions;
    private final Supplier<Collection<Alert>> activeAlerts;
    /** The active alerts by agent, as of the last pull. */
    private Map<String, Alert> alertByAgent = Map.of();
    private Collection<Alert> alertsIndexed;

    /**
     * A floor tinted by the default alert rules and interaction thresholds, with no alerts raised (tests,
     * benchmarks).
     */
    public FloorViewModel(LiveState live, StateHistory history, TaskExecutor tasks, Clock clock, ZoneId zone) {
        this(live, history, tasks, clock, zone, AlertRule::defaults, List::of, InteractionSettings::defaults);
    }

    /**
     * @param rules        the alert rules, read at each use: rows are tinted by the thresholds set there
     * @param activeAlerts the alerts raised now: an agent with one is red whatever the rules say
     * @param interactions the per-media interaction thresholds, read at each use: rows with a long interaction
     *                     are tinted by them
     */
    public FloorViewModel(LiveState live, StateHistory history, TaskExecutor tasks, Clock clock, ZoneId zone,
            Supplier<List<AlertRule>> rules, Supplier<Collection<Alert>> activeAlerts,
            Supplier<InteractionSettings> interactions) {
        this.live = live;
        this.rules = rules;
        this.interactions = interactions;
        this.activeAlerts = activeAlerts;
        this.day = new AgentDay(history, tasks, clock, zone, selected::get);
        this.workDetail = new WorkDetail(live, zone);
        this.clock = clock;
        this.zone = zone;
        for (Activity a : Activity.values()) {
            counts.put(a, new ReadOnlyIntegerWrapper(this, a.name()));
        }
        orderHeld.addListener((o, was, held) -> {
            if (!held && orderPaused.get()) {
                orderPaused.set(false);
                rebuildShown();
            }
        });
        text.addListener((o, a, b) -> refilter());
        queue.addListener((o, a, b) -> refilter());
        team.addListener((o, a, b) -> refilter());
        skill.addListener((o, a, b) -> refilter());
        activity.addListener((o, a, b) -> refilter());
        work.addListener((o, a, b) -> refilter());
        adherence.addListener((o, a, b) -> refilter());
        selected.addListener((o, was, row) -> {
            if (row == null || was == null || !row.agentId().equals(was.agentId())) {
                day.show(row);
                workDetail.show(row == null ? null : row.agentId());
                if (row != null) {
                    // The capacity shown is the org's until the agent's own setting is read (once, in the background).
                    live.requestUtilization(row.agentId());
                }
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
        Collection<Alert> active = activeAlerts.get();
        // The monitor hands out a new list only when an alert changed: index it then, not on every pull.
        if (active != alertsIndexed) {
            Map<String, Alert> alerts = new HashMap<>();
            for (Alert alert : active) {
                alerts.putIfAbsent(alert.agentId(), alert);
            }
            alertByAgent = alerts;
            alertsIndexed = active;
        }
        // Times in state count on to now, or stop where a silent source (a stopped collector) left the floor.
        Instant asOf = live.asOf(time);
        if (asOf.getEpochSecond() != now.get().getEpochSecond()) {
            now.set(asOf);
            // An interaction turns long as the clock moves, not only when it changes.
            if (work.get() == WorkFilter.LONG) {
                mergeFlipped();
            }
        }
        staleNote.set(live.staleSince().map(since -> "Not live: the floor's source has been silent since "
                + STALE_CLOCK.format(since.atZone(zone)) + ". Times in state stop there until it is back.")
                .orElse(""));
        expirePending(time);
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
        Map<String, FloorRow> changed = new HashMap<>();
        for (String id : changes.ids()) {
            LiveAgent agent = live.get(id).orElse(null);
            FloorRow old = byId.get(id);
            if (agent == null || old == null) {
                newAgents |= agent != null;
                continue;
            }
            FloorRow row = pendingNote(FloorRow.of(agent, live.utilizationOf(id),
                    live.adherence().held(id), old.slot()), time);
            byId.put(id, row);
            changed.put(id, row);
            countChange(old, row);
            latencyProbe.accept(row.appliedNanos());
            choicesChanged |= !old.queues().equals(row.queues()) || !old.team().equals(row.team())
                    || !old.skills().equals(row.skills());
            int index = shownIndexOf(id);
            boolean shownNow = predicate.test(row);
            if (index < 0 ? shownNow : !shownNow || movesAmongNeighbours(index, row)) {
                if (orderHeld.get()) {
                    // The pointer is on the table: the row changes where it is, and moves once it is let go.
                    orderPaused.set(true);
                    if (index >= 0) {
                        replacements.put(index, row);
                    }
                } else {
                    reshape = true;
                }
            } else if (index >= 0) {
                replacements.put(index, row);
            }
        }
        if (newAgents) {
            reload();
            return;
        }
        if (reshape) {
            mergeShown(changed);
        } else {
            shownRows.updateEach(replacements);
        }
        publishCounts();
        if (choicesChanged) {
            choices.update(byId.values());
        }
        FloorRow current = selected.get();
        if (current != null && changes.ids().contains(current.agentId())) {
            workDetail.show(current.agentId());
        }
        if (current != null) {
            FloorRow fresh = byId.get(current.agentId());
            if (fresh != null && fresh != current && fresh.since() != null && !fresh.since().equals(current.since())) {
                selected.set(fresh);
                day.show(fresh);
            }
        }
    }

    /**
     * Marks a change sent for the agent (a presence set, a log out): the row says it is pending until the feed
     * shows the agent in {@code expected} (a presence as the floor names it), or, after {@link #PENDING_TIMEOUT},
     * that it did not take effect. The row never shows the new state itself before the feed does.
     */
    public void markPending(String agentId, String expected) {
        pending.put(agentId, new Pending(expected, clock.instant().plus(PENDING_TIMEOUT)));
        refreshRow(agentId, clock.instant());
    }

    /** The row with its pending note; a pending change the row now shows is done and forgotten. */
    private FloorRow pendingNote(FloorRow row, Instant now) {
        Pending change = pending.get(row.agentId());
        if (change == null) {
            return row.withPending("");
        }
        if (row.presence().equalsIgnoreCase(change.expected())) {
            pending.remove(row.agentId());
            return row.withPending("");
        }
        if (now.isAfter(change.deadline().plus(PENDING_TIMEOUT.multipliedBy(4)))) {
            pending.remove(row.agentId());
            return row.withPending("");
        }
        return row.withPending(now.isAfter(change.deadline())
                ? change.expected() + " not shown after " + PENDING_TIMEOUT.toSeconds() + " s"
                : change.expected() + " pending");
    }

    /** Pending notes whose time ran out change their row even when the agent's state does not. */
    private void expirePending(Instant now) {
        if (pending.isEmpty()) {
            return;
        }
        for (String agentId : List.copyOf(pending.keySet())) {
            refreshRow(agentId, now);
        }
    }

    private void refreshRow(String agentId, Instant now) {
        FloorRow old = byId.get(agentId);
        if (old == null) {
            return;
        }
        FloorRow row = pendingNote(old, now);
        if (row == old) {
            return;
        }
        byId.put(agentId, row);
        int index = shownIndexOf(agentId);
        if (index >= 0) {
            shownRows.updateEach(Map.of(index, row));
        }
        FloorRow current = selected.get();
        if (current != null && current.agentId().equals(agentId)) {
            selected.set(row);
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
        orderPaused.set(false);
        List<FloorRow> shownNow = new ArrayList<>(byId.size());
        for (FloorRow row : byId.values()) {
            if (predicate.test(row)) {
                shownNow.add(row);
            }
        }
        if (comparator != null) {
            shownNow.sort(comparator);
        }
        show(shownNow);
        publishCounts();
    }

    /**
     * Puts the rows that changed where they now belong, as one change: the others keep their order, and the changed
     * ones are sorted among themselves and merged in. At 20,000 agents sorted by time in state, sorting the whole
     * floor again on each pull was most of the FX thread's time (a few hundred rows out of place make a few hundred
     * runs for the sort to merge). Here each changed row finds its place by a binary search of the shown list (still
     * in order: its rows are the versions that were placed), and the rows between places are copied as runs, so a
     * pull compares a few rows per change, not every row. Only a sorted list that nothing left out of order (the
     * order held under the pointer) can be merged into; anything else is rebuilt.
     */
    private void mergeShown(Map<String, FloorRow> changed) {
        if (comparator == null || orderPaused.get()) {
            rebuildShown();
            return;
        }
        List<FloorRow> moving = new ArrayList<>(changed.size());
        for (FloorRow row : changed.values()) {
            if (predicate.test(row)) {
                moving.add(row);
            }
        }
        moving.sort(comparator);
        // Where the changed rows were: a look-up per changed row, not per shown row.
        int[] leaving = new int[changed.size()];
        int leavingCount = 0;
        for (String id : changed.keySet()) {
            int index = shownIndexOf(id);
            if (index >= 0) {
                leaving[leavingCount++] = index;
            }
        }
        Arrays.sort(leaving, 0, leavingCount);
        List<FloorRow> merged = new ArrayList<>(shownRows.size() + moving.size());
        int from = 0;
        int nextLeaving = 0;
        for (FloorRow row : moving) {
            int place = placeOf(row);
            // The rows before the place, less those leaving, in runs between the leaving ones.
            while (nextLeaving < leavingCount && leaving[nextLeaving] < place) {
                merged.addAll(shownRows.subList(from, leaving[nextLeaving]));
                from = leaving[nextLeaving++] + 1;
            }
            if (from < place) {
                merged.addAll(shownRows.subList(from, place));
                from = place;
            }
            merged.add(row);
        }
        while (nextLeaving < leavingCount) {
            merged.addAll(shownRows.subList(from, leaving[nextLeaving]));
            from = leaving[nextLeaving++] + 1;
        }
        merged.addAll(shownRows.subList(from, shownRows.size()));
        show(merged);
    }

    /** The first place in the shown list whose row sorts after {@code row} (the list's size if none does). */
    private int placeOf(FloorRow row) {
        int low = 0;
        int high = shownRows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (comparator.compare(row, shownRows.get(middle)) < 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Makes {@code shownNow} (filtered and in order) the shown list, as one change. */
    private void show(List<FloorRow> shownNow) {
        Arrays.fill(shownAt, -1);
        for (int i = 0; i < shownNow.size(); i++) {
            shownAt[shownNow.get(i).slot()] = i;
        }
        shownRows.replaceAll(shownNow);
    }

    /** Where the agent's row is in the shown list, or -1 when it is not shown. */
    private int shownIndexOf(String agentId) {
        FloorRow row = byId.get(agentId);
        return row == null ? -1 : shownAt[row.slot()];
    }

    /** Sorts the shown rows (the table's sort policy calls this); no keys for name order. */
    public void sortBy(FloorSort sort) {
        comparator = sort.comparator();
        rebuildShown();
    }

    private void reload() {
        List<LiveAgent> agents = new ArrayList<>(live.all());
        agents.sort((a, b) -> a.agent().name().compareToIgnoreCase(b.agent().name()));
        byId.clear();
        // Each row's slot is its place in name order, until the next reload.
        for (LiveAgent agent : agents) {
            byId.put(agent.id(), pendingNote(FloorRow.of(agent, live.utilizationOf(agent.id()),
                    live.adherence().held(agent.id()), byId.size()), clock.instant()));
        }
        shownAt = new int[byId.size()];
        total.set(byId.size());
        choices.update(byId.values());
        recount();
        rebuildShown();
        FloorRow current = selected.get();
        workDetail.show(current == null ? null : current.agentId());
    }

    /**
     * Merges in the rows that the clock alone moved in or out of the filter (an interaction turned long), or, while
     * the pointer holds the order, says rows wait to move. The others stay as they are: with nothing turned, the
     * list is not touched at all.
     */
    private void mergeFlipped() {
        Map<String, FloorRow> flipped = new HashMap<>();
        for (FloorRow row : byId.values()) {
            if (predicate.test(row) != shownIndexOf(row.agentId()) >= 0) {
                flipped.put(row.agentId(), row);
            }
        }
        if (flipped.isEmpty()) {
            return;
        }
        recount();
        if (orderHeld.get()) {
            orderPaused.set(true);
        } else {
            mergeShown(flipped);
        }
        publishCounts();
    }

    private void refilter() {
        String needle = text.get() == null ? "" : text.get().trim().toLowerCase(Locale.ROOT);
        String q = queue.get();
        String t = team.get();
        String s = skill.get();
        Activity a = activity.get();
        WorkFilter w = work.get();
        AdherenceFilter d = adherence.get();
        beforeActivity = row -> (needle.isEmpty() || row.searchText().contains(needle))
                && (q == null || row.queues().contains(q))
                && (t == null || row.team().equals(t))
                && (s == null || row.skills().contains(s))
                && (w == null || w.admits(row.work(), interactions.get(), now.get()))
                && (d == null || d.admits(row.adherence()));
        predicate = a == null ? beforeActivity : row -> beforeActivity.test(row) && row.activity() == a;
        recount();
        rebuildShown();
    }

    /**
     * Counts per activity over the rows every filter but the activity lets through: choosing "Idle" narrows the
     * table, not the overview of the other states. Counted afresh when the filters or the floor change; a changed
     * row moves its own count ({@link #countChange}). Shown by {@link #publishCounts()}.
     */
    private void recount() {
        Arrays.fill(tally, 0);
        for (FloorRow row : byId.values()) {
            if (beforeActivity.test(row)) {
                tally[row.activity().ordinal()]++;
            }
        }
    }

    /** One row changed: its old version leaves the counts and its new one joins them. */
    private void countChange(FloorRow old, FloorRow row) {
        if (beforeActivity.test(old)) {
            tally[old.activity().ordinal()]--;
        }
        if (beforeActivity.test(row)) {
            tally[row.activity().ordinal()]++;
        }
    }

    private void publishCounts() {
        for (Activity a : Activity.values()) {
            counts.get(a).set(tally[a.ordinal()]);
        }
        shown.set(shownRows.size());
        emptyText.set(byId.isEmpty() ? NO_AGENTS_YET : "No agent matches the filters ("
                + Plural.of(byId.size(), "agent") + " on the floor).");
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
        work.set(null);
        adherence.set(null);
    }

    /**
     * A row's tint and why: by the agent's state ({@link #stateTint}) and by the agent's work (a long interaction,
     * more than their capacity, or an alert about one of them). The worse of the two shows; when both are as bad,
     * the tooltip says both.
     */
    public RowTints.Tint tint(FloorRow row) {
        return tint(row, stateTint(row));
    }

    /** The row's tint, its state's part already known (the time-in-state cell has it). */
    RowTints.Tint tint(FloorRow row, RowTints.Tint byState) {
        if (row.since() == null) {
            return RowTints.Tint.NONE;
        }
        Alert alert = alertByAgent.get(row.agentId());
        RowTints.Tint byAlert = alert != null && alert.condition().interaction()
                ? RowTints.ofAlert(alert, now.get()) : RowTints.Tint.NONE;
        if (row.work().interactions().isEmpty()) {
            return RowTints.worse(byState, byAlert);
        }
        return RowTints.worse(RowTints.worse(byState, byAlert), WorkTints.of(row.work(), interactions.get(),
                now.get()));
    }

    /**
     * The tint of the agent's state alone, which the time-in-state cell shows: by an active alert about the state,
     * else by the alert rules' thresholds for it. An alert or a threshold about an interaction is not the state's:
     * its tint is on the Work, Now or Phase cell ({@link #workLevel}).
     */
    public RowTints.Tint stateTint(FloorRow row) {
        Alert alert = alertByAgent.get(row.agentId());
        LiveAgent agent = live.get(row.agentId()).orElse(null);
        if (row.since() == null || agent == null) {
            return RowTints.Tint.NONE;
        }
        if (alert != null && !alert.condition().interaction()) {
            return RowTints.ofAlert(alert, now.get());
        }
        // The screen's clock moves by whole seconds, so a state that began this second may look a moment away.
        Duration inState = Duration.between(row.since(), now.get());
        return RowTints.of(rules.get(), agent.agent(), agent.queues(), row.activity(),
                inState.isNegative() ? Duration.ZERO : inState);
    }

    /** The level of the cell showing {@code part} of the agent's work: by the thresholds, or by an alert about it. */
    Level workLevel(FloorRow row, WorkTints.Part part) {
        Level byThresholds = WorkTints.levelOf(part, row.work(), interactions.get(), now.get());
        Alert alert = alertByAgent.get(row.agentId());
        return alert != null && WorkTints.partOf(alert.condition()) == part ? Level.ALERT : byThresholds;
    }

    /** The Adherence cell's tint and why, by the adherence rules (no tint while in adherence or not known). */
    public RowTints.Tint adherenceTint(FloorRow row) {
        if (!row.adherence().out()) {
            return RowTints.Tint.NONE;
        }
        LiveAgent agent = live.get(row.agentId()).orElse(null);
        return agent == null ? RowTints.Tint.NONE : AdherenceTints.of(rules.get(), agent.agent(), agent.queues(),
                live.adherence().of(row.agentId()).orElse(null), now.get());
    }

    /**
     * Set while the supervisor points at the table: changed rows update where they are instead of moving (a live
     * re-sort moved the row under the cursor); the order catches up when it is let go.
     */
    public BooleanProperty orderHeldProperty() {
        return orderHeld;
    }

    /** Whether rows wait to move because the order is held. */
    public ReadOnlyBooleanProperty orderPausedProperty() {
        return orderPaused.getReadOnlyProperty();
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

    /** The work filter: none for every agent. */
    /** The adherence filter: out of adherence, or out and missing from the queues; null for every agent. */
    public ObjectProperty<AdherenceFilter> adherenceProperty() {
        return adherence;
    }

    /**
     * The selected agent's published activities for the day around now (from the live adherence: no IO), for
     * the timeline to draw beside what they did; empty without a schedule.
     */
    public List<ScheduledActivity> scheduleOf(FloorRow row, Instant from, Instant to) {
        return row == null ? List.of() : live.adherence().scheduleOf(row.agentId()).map(s -> s.between(from, to))
                .orElse(List.of());
    }

    public ObjectProperty<WorkFilter> workProperty() {
        return work;
    }

    public ObservableList<String> queues() {
        return choices.queues();
    }

    public ObservableList<String> teams() {
        return choices.teams();
    }

    public ObservableList<String> skills() {
        return choices.skills();
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

    /** What the table says when it shows no row: that the floor is empty, or that the filters hide everyone. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Why the floor is not live (its source went silent), or empty while it is. */
    public ReadOnlyStringProperty staleNoteProperty() {
        return staleNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ObjectProperty<FloorRow> selectedProperty() {
        return selected;
    }

    /** The agent table's layout (columns, sort), which a saved view reads and sets. */
    public TableLayoutModel tableLayout() {
        return tableLayout;
    }

    /** The selected agent's day. */
    public ObservableList<TimelineEntry> timeline() {
        return day.timeline();
    }

    public ReadOnlyStringProperty timelineMessageProperty() {
        return day.messageProperty();
    }

    /** The selected agent's live interactions. */
    public ObservableList<InteractionLine> interactions() {
        return workDetail.lines();
    }

    /** The selected agent's capacity per media and whose it is: "Utilisation: Voice 1, Chat 3 (the org's)". */
    public ReadOnlyStringProperty utilisationProperty() {
        return workDetail.utilisationProperty();
    }

    /** A change sent for an agent, and until when the feed may take to show it. */
    private record Pending(String expected, Instant deadline) {
    }
}
