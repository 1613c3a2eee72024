package io.floorwatch.ui.wallboard;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.config.WallboardLayout;
import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.ui.common.Durations;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The wallboard's state, rebuilt from memory once a second ({@link #tick}): the queue tiles and the agent cards of
 * the page showing, the floor's counts by state, the alerts for the ticker, and the rotation through the pages.
 * The view says how many cards and tiles fit ({@link #fit}); the model pages by that. Every read is of memory and
 * costs one pass over the floor, so 20,000 agents cost the FX thread a few milliseconds a second.
 */
public final class WallboardViewModel {
    /** The order the state groups come in: who needs a look first, then who works, then who is away. */
    static final List<Activity> STATE_ORDER = List.of(Activity.NOT_RESPONDING, Activity.IDLE, Activity.AVAILABLE,
            Activity.ON_QUEUE_OFF, Activity.INTERACTING, Activity.COMMUNICATING, Activity.BUSY, Activity.BREAK,
            Activity.MEAL, Activity.AWAY, Activity.MEETING, Activity.TRAINING, Activity.INACTIVE, Activity.OFFLINE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter STALE_CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** How long each slice of the ticker shows when the alerts are more than one line holds. */
    static final int TICKER_SECONDS = 6;
    /** Alerts a ticker slice shows at most. */
    static final int TICKER_SLICE = 4;

    private final WallboardSources sources;
    private final Clock clock;
    private final ZoneId zone;

    private final ObjectProperty<WallboardLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper byTeam = new ReadOnlyBooleanWrapper(this, "byTeam");
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ObservableList<QueueTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<CardPages.Slot> slots = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper ticker = new ReadOnlyStringWrapper(this, "ticker", "");
    private final ReadOnlyIntegerWrapper alertCount = new ReadOnlyIntegerWrapper(this, "alertCount");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper moreQueues = new ReadOnlyStringWrapper(this, "moreQueues", "");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    /** None until the view has said how much fits: nothing is paged before. */
    private final IntegerProperty columns = new SimpleIntegerProperty(this, "columns");
    private final IntegerProperty rows = new SimpleIntegerProperty(this, "rows");
    private final IntegerProperty tileRoom = new SimpleIntegerProperty(this, "tileRoom");

    private List<List<CardPages.Slot>> pages = List.of(List.of());
    private List<QueueTile> allTiles = List.of();
    private List<String> alertLines = List.of();
    private int secondsOnPage;
    private int tickerSlice;
    private int secondsOnSlice;

    public WallboardViewModel(WallboardSources sources, WallboardLayout layout, Clock clock, ZoneId zone) {
        this.sources = sources;
        this.clock = clock;
        this.zone = zone;
        this.layout.addListener((o, was, now) -> {
            title.set(now.title());
            byTeam.set(now.groupBy() == WallboardLayout.GroupBy.TEAM);
            scale.set(now.scale());
            pull();
        });
        this.layout.set(layout);
        now.set(clock.instant());
    }

    /** The view's room: cards across, rows of cards (headings included) and tiles across. Re-pages at once. */
    public void fit(int newColumns, int newRows, int newTileRoom) {
        if (newColumns == columns.get() && newRows == rows.get() && newTileRoom == tileRoom.get()) {
            return;
        }
        columns.set(Math.max(1, newColumns));
        rows.set(Math.max(2, newRows));
        tileRoom.set(Math.max(1, newTileRoom));
        pull();
    }

    /** One second on: the floor read again, the page turned when its time is up (unless paused). */
    public void tick() {
        secondsOnPage++;
        if (!paused.get() && secondsOnPage >= layout.get().pageSeconds() && pageCount.get() > 1) {
            secondsOnPage = 0;
            page.set((page.get() + 1) % pageCount.get());
        }
        if (++secondsOnSlice >= TICKER_SECONDS) {
            secondsOnSlice = 0;
            tickerSlice++;
        }
        pull();
    }

    /** Reads the floor, the queues and the alerts, and shows the current page of each. */
    public void pull() {
        Instant at = clock.instant();
        now.set(at);
        clockText.set(CLOCK.format(at.atZone(zone)));
        WallboardLayout board = layout.get();
        List<Alert> active = sources.alerts().get();
        Map<String, Alert> alertedAgents = new HashMap<>();
        List<Alert> raised = new ArrayList<>();
        for (Alert alert : active) {
            if (alert.status() == AlertStatus.RAISED) {
                raised.add(alert);
                alertedAgents.putIfAbsent(alert.agentId(), alert);
            }
        }
        List<AgentCard> cards = cards(board, alertedAgents, at);
        pages = CardPages.paginate(groups(board, cards), columns.get(), rows.get());
        pageCount.set(pages.size());
        if (page.get() >= pages.size()) {
            page.set(0);
        }
        slots.setAll(pages.get(page.get()));
        allTiles = tiles(board);
        showTiles();
        raised.sort(Comparator.comparing(Alert::raisedAt).reversed());
        alertLines = raised.stream().map(a -> a.headline(at)).toList();
        alertCount.set(alertLines.size());
        showTicker();
        Optional<Instant> stale = sources.staleSince().get();
        String problem = sources.problem().get();
        note.set(stale.map(s -> "The floor as of " + STALE_CLOCK.format(s.atZone(zone))
                + ": its source has gone silent, times have stopped").orElse(problem == null ? "" : problem));
    }

    private List<AgentCard> cards(WallboardLayout board, Map<String, Alert> alertedAgents, Instant at) {
        InteractionSettings interactions = sources.interactions().get();
        Map<Activity, Integer> byActivity = new EnumMap<>(Activity.class);
        List<AgentCard> cards = new ArrayList<>();
        for (LiveAgent agent : sources.agents().get()) {
            if (!board.showsTeam(agent.agent().team()) || !board.showsMemberOf(agent.queues())) {
                continue;
            }
            Activity activity = agent.activity();
            byActivity.merge(activity, 1, Integer::sum);
            if (activity == Activity.OFFLINE && !board.showOffline()) {
                continue;
            }
            AgentCard card = card(agent, activity, alertedAgents.get(agent.id()), interactions, at);
            if (board.cards() == WallboardLayout.Cards.ATTENTION && !card.attention()) {
                continue;
            }
            cards.add(card);
        }
        counts.set(countsText(byActivity));
        return cards;
    }

    private static AgentCard card(LiveAgent agent, Activity activity, Alert alert, InteractionSettings interactions,
            Instant at) {
        boolean notResponding = activity == Activity.NOT_RESPONDING;
        String longWork = null;
        for (Interaction interaction : agent.interactions()) {
            InteractionSettings.Thresholds media = interactions.of(interaction.media());
            if (media.longPhase(interaction, at)) {
                longWork = "Long " + (interaction.phase() == Interaction.Phase.HELD ? "hold" : "ACW");
                break;
            }
            if (media.longHandle(interaction, at)) {
                longWork = "Long " + interaction.media().label().toLowerCase(Locale.ROOT);
                break;
            }
        }
        String note;
        if (notResponding) {
            note = "Not responding";
        } else if (alert != null) {
            note = "Alert: " + alert.condition().label();
        } else {
            note = longWork == null ? "" : longWork;
        }
        return new AgentCard(agent.id(), agent.agent().name(), agent.agent().team(), activity, agent.since(),
                notResponding, alert != null, longWork != null, note);
    }

    private static String countsText(Map<Activity, Integer> byActivity) {
        List<String> parts = new ArrayList<>();
        for (Activity activity : STATE_ORDER) {
            Integer count = byActivity.get(activity);
            if (count != null && count > 0 && activity != Activity.OFFLINE) {
                parts.add(activity.label() + " " + String.format("%,d", count));
            }
        }
        return String.join("   ", parts);
    }

    /** Cards by state (in {@link #STATE_ORDER}, longest in state first) or by team (by name, marked first). */
    private static List<CardPages.Group> groups(WallboardLayout board, List<AgentCard> cards) {
        Comparator<AgentCard> longestFirst = Comparator.comparing(AgentCard::since,
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<CardPages.Group> groups = new ArrayList<>();
        if (board.groupBy() == WallboardLayout.GroupBy.STATE) {
            Map<Activity, List<AgentCard>> byActivity = new EnumMap<>(Activity.class);
            cards.forEach(c -> byActivity.computeIfAbsent(c.activity(), a -> new ArrayList<>()).add(c));
            for (Activity activity : STATE_ORDER) {
                List<AgentCard> group = byActivity.get(activity);
                if (group != null) {
                    group.sort(longestFirst.thenComparing(AgentCard::name, String.CASE_INSENSITIVE_ORDER));
                    groups.add(new CardPages.Group(activity.label(), activity.name(), group));
                }
            }
            return groups;
        }
        Map<String, List<AgentCard>> byTeam = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        cards.forEach(c -> byTeam.computeIfAbsent(c.team().isBlank() ? "No team" : c.team(),
                t -> new ArrayList<>()).add(c));
        Comparator<AgentCard> markedFirst = Comparator.comparing((AgentCard c) -> c.mark().ordinal()).reversed()
                .thenComparing(c -> STATE_ORDER.indexOf(c.activity()))
                .thenComparing(longestFirst)
                .thenComparing(AgentCard::name, String.CASE_INSENSITIVE_ORDER);
        byTeam.forEach((team, group) -> {
            group.sort(markedFirst);
            groups.add(new CardPages.Group(team, "TEAM", group));
        });
        return groups;
    }

    /** The board's queues (every queue the directory or the metrics know), red first, then amber, then by name. */
    private List<QueueTile> tiles(WallboardLayout board) {
        Map<String, RoutingQueue> directory = sources.queues().get();
        QueueThresholdSettings thresholds = sources.thresholds().get();
        Map<String, QueueSample> samples = new HashMap<>();
        for (QueueSample sample : sources.samples().get()) {
            samples.put(sample.snapshot().queueId(), sample);
        }
        List<QueueTile> all = new ArrayList<>();
        for (RoutingQueue queue : directory.values()) {
            if (board.showsQueue(queue.settings().name())) {
                all.add(tile(queue.id(), queue.settings().name(), queue, samples.get(queue.id()), thresholds));
            }
        }
        samples.forEach((id, sample) -> {
            if (!directory.containsKey(id) && board.showsQueue(id)) {
                all.add(tile(id, id, null, sample, thresholds));
            }
        });
        all.sort(Comparator.comparing(QueueTile::grade).reversed()
                .thenComparing(QueueTile::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    private static QueueTile tile(String id, String name, RoutingQueue queue, QueueSample sample,
            QueueThresholdSettings thresholds) {
        QueueSnapshot snapshot = sample == null ? null : sample.snapshot();
        return new QueueTile(id, name, snapshot == null ? null : snapshot.waiting(),
                snapshot == null ? null : snapshot.longestWaitSeconds(),
                snapshot == null ? null : snapshot.serviceLevel(), snapshot == null ? null : snapshot.idle(),
                snapshot == null ? null : snapshot.onQueue(), thresholds.of(name, queue));
    }

    /** The tiles of this page: they turn with the cards, so every queue shows in turn when not all fit. */
    private void showTiles() {
        int room = Math.max(1, tileRoom.get());
        int tilePages = Math.max(1, (allTiles.size() + room - 1) / room);
        int from = page.get() % tilePages * room;
        tiles.setAll(allTiles.subList(Math.min(from, allTiles.size()), Math.min(from + room, allTiles.size())));
        moreQueues.set(tilePages > 1 ? "Queues " + (from + 1) + "-" + (from + tiles.size()) + " of "
                + allTiles.size() : "");
    }

    private void showTicker() {
        if (alertLines.isEmpty()) {
            ticker.set("No alerts");
            return;
        }
        int slices = (alertLines.size() + TICKER_SLICE - 1) / TICKER_SLICE;
        int slice = tickerSlice % slices;
        List<String> shown = alertLines.subList(slice * TICKER_SLICE,
                Math.min(alertLines.size(), (slice + 1) * TICKER_SLICE));
        ticker.set(String.join("      ", shown) + (slices > 1 ? "      (" + (slice + 1) + "/" + slices + ")" : ""));
    }

    /** The next page now, and its full time from now on. */
    public void next() {
        turn(1);
    }

    public void previous() {
        turn(-1);
    }

    private void turn(int by) {
        int count = pageCount.get();
        page.set(Math.floorMod(page.get() + by, count));
        secondsOnPage = 0;
        slots.setAll(pages.get(Math.min(page.get(), pages.size() - 1)));
        showTiles();
    }

    public void togglePaused() {
        paused.set(!paused.get());
        secondsOnPage = 0;
    }

    /** Cards by state or by team, the other way from now. */
    public void toggleGrouping() {
        WallboardLayout board = layout.get();
        layout.set(board.withGroupBy(board.groupBy() == WallboardLayout.GroupBy.STATE
                ? WallboardLayout.GroupBy.TEAM : WallboardLayout.GroupBy.STATE));
    }

    /** Every agent, or only those needing attention, the other way from now. */
    public void toggleCards() {
        WallboardLayout board = layout.get();
        layout.set(board.withCards(board.cards() == WallboardLayout.Cards.ALL ? WallboardLayout.Cards.ATTENTION
                : WallboardLayout.Cards.ALL));
    }

    /** Larger or smaller text, in steps of a tenth. */
    public void zoom(int steps) {
        WallboardLayout board = layout.get();
        layout.set(board.withScale(Math.round((board.scale() + steps * 0.1) * 10) / 10.0));
    }

    /** How long the agent has been in the state, as a card says it: "42 s", "3:12", "1 h 05". */
    public static String inState(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        Duration in = Duration.between(since, now);
        return Durations.compact(in.isNegative() ? Duration.ZERO : in);
    }

    public ObjectProperty<WallboardLayout> layoutProperty() {
        return layout;
    }

    /** The board's heading. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether the cards are grouped by team (a card then says its state) rather than by state. */
    public ReadOnlyBooleanProperty byTeamProperty() {
        return byTeam.getReadOnlyProperty();
    }

    /** The text size against the board's own. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ObservableList<QueueTile> tiles() {
        return tiles;
    }

    public ObservableList<CardPages.Slot> slots() {
        return slots;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** The floor's counts by state, "Idle 12   Interacting 40   ...". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tickerProperty() {
        return ticker.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty alertCountProperty() {
        return alertCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** A silent source or a feed problem, in a sentence; empty when all is well. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** "Queues 1-5 of 12" when the tiles turn with the pages, else empty. */
    public ReadOnlyStringProperty moreQueuesProperty() {
        return moreQueues.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }
}
