package io.floorwatch.ui.queues;

import io.floorwatch.domain.Occupancy;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.history.OccupancyHistory;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.ExportToCsv;
import io.floorwatch.ui.common.LatestRead;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The queues screen's occupancy report: for a span ending now, each queue's and each agent's occupancy (interacting
 * over on queue) and utilisation (on queue over logged in), from the stored history, with CSV export. Who works
 * which queue is the live floor's membership, taken when the report is asked for. The report is read, and written
 * out, through the task executor, never on the FX thread.
 */
public final class OccupancyViewModel {
    /** The definitions the screen states beside the figures. */
    public static final String DEFINITIONS = "Occupancy: interacting ÷ on queue. Utilisation: on queue ÷ logged in.";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final OccupancyHistory history;
    private final Supplier<Map<String, RoutingQueue>> directory;
    private final Supplier<Collection<LiveAgent>> agents;
    private final Clock clock;
    private final ZoneId zone;
    private final LatestRead<OccupancyHistory.Report> reading;
    private final ExportToCsv exporting;
    private final ObjectProperty<TrendRange> range = new SimpleObjectProperty<>(this, "range", TrendRange.LAST_HOUR);
    private final ObservableList<OccupancyLine> queues = FXCollections.observableArrayList();
    private final ObservableList<OccupancyLine> agentLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Refresh to read the report.");
    /** The report shown, for export; null before the first. */
    private final ObjectProperty<OccupancyHistory.Report> report = new SimpleObjectProperty<>(this, "report");
    private final Command refresh;
    private final Command export;

    /**
     * @param directory the org's queues by id (their names are what agents' memberships name)
     * @param agents    the live floor's agents, with the names of the queues each works
     */
    public OccupancyViewModel(OccupancyHistory history, Supplier<Map<String, RoutingQueue>> directory,
            Supplier<Collection<LiveAgent>> agents, TaskExecutor tasks, DialogService dialogs, Clock clock,
            ZoneId zone) {
        this.history = history;
        this.directory = directory;
        this.agents = agents;
        this.clock = clock;
        this.zone = zone;
        this.reading = new LatestRead<>(tasks);
        this.exporting = new ExportToCsv(tasks, dialogs);
        this.refresh = reading.command(this::refresh);
        this.export = exporting.command(this::export, report.isNotNull());
        range.addListener(o -> refresh());
    }

    /** Reads the report for the chosen span, ending now. */
    public void refresh() {
        Instant to = clock.instant();
        TrendRange span = range.get();
        Instant from = to.minus(span.span());
        message.set("Reading occupancy for the " + span.description().toLowerCase(Locale.ROOT) + "...");
        reading.read(context -> {
            // The membership is read here, off the FX thread: at 20,000 agents it is a walk of the whole floor.
            Map<String, String> names = new HashMap<>();
            Map<String, List<String>> members = members(directory.get(), agents.get(), names);
            return history.report(from, to, members, names);
        }, this::show, failure -> message.set("Occupancy could not be read: " + failure.getMessage()),
                this::refresh);
    }

    private void show(OccupancyHistory.Report read) {
        queues.setAll(read.queues().stream().map(q -> OccupancyLine.of(q, true)).toList());
        agentLines.setAll(read.agents().stream().map(a -> OccupancyLine.of(a, false)).toList());
        report.set(read);
        message.set("From " + CLOCK.format(read.from().atZone(zone)) + " to " + CLOCK.format(read.to().atZone(zone))
                + ": " + read.queues().size() + " queues, " + read.agents().size() + " agents.");
    }

    /**
     * Queue id to the ids of the agents who work it (by the queue's name, as agents' memberships name queues), and
     * into {@code names} every agent's and queue's name by id.
     */
    static Map<String, List<String>> members(Map<String, RoutingQueue> queues, Collection<LiveAgent> agents,
            Map<String, String> names) {
        Map<String, List<String>> byQueueName = new HashMap<>();
        for (LiveAgent agent : agents) {
            names.put(agent.id(), agent.agent().name());
            for (String queue : agent.queues()) {
                byQueueName.computeIfAbsent(queue, k -> new ArrayList<>()).add(agent.id());
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        queues.forEach((id, queue) -> {
            names.put(id, queue.name());
            members.put(id, byQueueName.getOrDefault(queue.name(), List.of()));
        });
        return members;
    }

    /** Writes the report shown to a CSV file the supervisor chooses. */
    public void export() {
        OccupancyHistory.Report shown = report.get();
        if (shown != null) {
            exporting.export("Export occupancy", "floorwatch-occupancy.csv",
                    file -> OccupancyHistory.exportCsv(shown, file), message);
        }
    }

    public ObjectProperty<TrendRange> rangeProperty() {
        return range;
    }

    /** One line per queue of the org. */
    public ObservableList<OccupancyLine> queues() {
        return queues;
    }

    /** One line per agent who works a queue. */
    public ObservableList<OccupancyLine> agents() {
        return agentLines;
    }

    /** What the report covers, what it is doing, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Executable while no read runs. */
    public Command refreshCommand() {
        return refresh;
    }

    /** Executable once a report is shown, while no export runs. */
    public Command exportCommand() {
        return export;
    }
}
