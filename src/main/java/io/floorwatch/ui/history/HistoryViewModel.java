package io.floorwatch.ui.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.StateCursor;
import io.floorwatch.history.StateHistory;
import io.floorwatch.history.StatePage;
import io.floorwatch.history.StateQuery;
import io.floorwatch.history.StateRow;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.KeysetPager;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The history screen: a filter (agent, state, time range), one page of state events at a time (keyset
 * paging: "older" follows the page's cursor, "newer" goes back along the cursors already seen), and CSV export
 * of everything the filter matches. Pages are read through the keyset pager the audit and alert screens share.
 */
public final class HistoryViewModel {
    public static final int PAGE_SIZE = 100;

    /** A history line as shown: the event, with the agent's name from the live floor when known. */
    public record Line(Instant at, String agentName, String kind, String state, Instant recorded) {
    }

    private final StateHistory history;
    private final LiveState live;
    private final DialogService dialogs;
    private final Clock clock;
    private final ZoneId zone;

    private final StringProperty agent = new SimpleStringProperty(this, "agent", "");
    private final ObjectProperty<String> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final StringProperty fromTime = new SimpleStringProperty(this, "fromTime", "");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final StringProperty toTime = new SimpleStringProperty(this, "toTime", "");
    private final ObservableList<String> states = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper(this, "pageLabel", "");
    private final KeysetPager<StateCursor, Line> pager;
    private final BackgroundTask<Long> exporting;
    private final BooleanBinding busy;

    /** The filter of the last search: Older and Newer page through what it matched. */
    private StateQuery query = StateQuery.all();

    public HistoryViewModel(StateHistory history, LiveState live, TaskExecutor tasks, DialogService dialogs,
            Clock clock, ZoneId zone) {
        this.history = history;
        this.live = live;
        this.dialogs = dialogs;
        this.clock = clock;
        this.zone = zone;
        this.pager = new KeysetPager<>(tasks, this::read, this::loaded,
                error -> message.set("The history could not be read: " + error.getMessage()));
        this.exporting = new BackgroundTask<>(tasks);
        this.busy = BackgroundTask.anyRunning(exporting).or(pager.readingProperty());
        for (SystemPresence p : SystemPresence.values()) {
            states.add(p.name());
        }
        for (RoutingStatus r : RoutingStatus.values()) {
            if (!states.contains(r.name())) {
                states.add(r.name());
            }
        }
    }

    /** Applies the filter and shows its first page; a filter that does not make sense is explained instead. */
    public void search() {
        Optional<StateQuery> built = buildQuery();
        if (built.isEmpty()) {
            return;
        }
        query = built.get();
        pager.first();
    }

    public void older() {
        pager.olderCommand().execute();
    }

    public void newer() {
        pager.newerCommand().execute();
    }

    private Callable<KeysetPager.Page<StateCursor, Line>> read(StateCursor after) {
        StateQuery q = query;
        return () -> {
            StatePage page = history.page(q, after, PAGE_SIZE);
            List<Line> shown = new ArrayList<>(page.rows().size());
            for (StateRow row : page.rows()) {
                AgentStateEvent event = row.event();
                shown.add(new Line(event.at(), live.get(event.agentId()).map(a -> a.agent().name())
                        .orElse(event.agentId()), event.kind() == StateKind.PRESENCE ? "Presence" : "Routing",
                        event.label(), row.received()));
            }
            return new KeysetPager.Page<>(shown, page.next());
        };
    }

    private void loaded(KeysetPager.Loaded page) {
        pageLabel.set(page.rows() == 0 ? "No events" : "Page " + page.pageNumber() + " · " + page.rows()
                + " events");
        message.set(page.rows() == 0 && page.first() ? "Nothing matches this filter." : "");
    }

    public void export() {
        Optional<StateQuery> built = buildQuery();
        if (built.isEmpty()) {
            return;
        }
        Optional<File> target = dialogs.chooseSaveFile("Export state history", "floorwatch-states.csv", "csv");
        if (target.isEmpty()) {
            return;
        }
        StateQuery q = built.get();
        File file = target.get();
        message.set("Exporting to " + file.getName() + "...");
        exporting.start(context -> history.exportCsv(q, file), rows -> message.set(String.format(
                "Exported %,d events to %s", rows, file.getAbsolutePath())), error -> {
            message.set("");
            dialogs.showError("Export failed", error.getMessage());
        });
    }

    private Optional<StateQuery> buildQuery() {
        try {
            String agentId = resolveAgent(agent.get());
            Instant from = instant(fromDate.get(), fromTime.get(), "From");
            Instant to = instant(toDate.get(), toTime.get(), "To");
            if (to != null && toTime.get().isBlank()) {
                // A "to" date alone means the whole of that day.
                to = to.plus(Duration.ofDays(1));
            }
            String s = state.get();
            return Optional.of(new StateQuery(agentId, s == null ? Set.of() : Set.of(s), from, to));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** An agent by id or by name (whole name, any case); empty text means every agent. */
    private String resolveAgent(String text) {
        String wanted = text == null ? "" : text.trim();
        if (wanted.isEmpty()) {
            return null;
        }
        if (live.get(wanted).isPresent()) {
            return wanted;
        }
        List<LiveAgent> named = live.all().stream()
                .filter(a -> a.agent().name().equalsIgnoreCase(wanted)).toList();
        if (named.size() == 1) {
            return named.get(0).id();
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException(named.size() + " agents are named '" + wanted
                    + "'; enter the agent's id instead.");
        }
        if (wanted.matches("[0-9a-fA-F-]{8,}")) {
            // An id of someone no longer on the floor can still have history.
            return wanted.toLowerCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("No agent named '" + wanted + "' is on the floor; enter a name or an id.");
    }

    private Instant instant(LocalDate date, String time, String field) {
        String t = time == null ? "" : time.trim();
        if (date == null) {
            if (!t.isEmpty()) {
                throw new IllegalArgumentException(field + ": pick a date for the time " + t + ".");
            }
            return null;
        }
        LocalTime at = LocalTime.MIDNIGHT;
        if (!t.isEmpty()) {
            try {
                at = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + ": '" + t + "' is not a time; use HH:mm, e.g. 08:30.");
            }
        }
        return date.atTime(at).atZone(zone).toInstant();
    }

    /** Sets the range to today, the usual question. */
    public void today() {
        fromDate.set(LocalDate.now(clock.withZone(zone)));
        fromTime.set("");
        toDate.set(null);
        toTime.set("");
    }

    public StringProperty agentProperty() {
        return agent;
    }

    public ObjectProperty<String> stateProperty() {
        return state;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    public StringProperty fromTimeProperty() {
        return fromTime;
    }

    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public StringProperty toTimeProperty() {
        return toTime;
    }

    public ObservableList<String> states() {
        return states;
    }

    public ObservableList<Line> lines() {
        return pager.rows();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return pager.hasOlderProperty();
    }

    public ReadOnlyBooleanProperty hasNewerProperty() {
        return pager.hasNewerProperty();
    }

    /** While a page is read or an export runs. */
    public BooleanBinding busyProperty() {
        return busy;
    }
}
