package io.floorwatch.ui.queues;

import io.floorwatch.domain.Adherence;
import io.floorwatch.feed.LiveAdherence;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.history.AdherenceHistory;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.ExportToCsv;
import io.floorwatch.ui.common.LatestRead;
import io.floorwatch.ui.common.Durations;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The queues screen's adherence report: for a span ending now (today by default), the floor's and each team's share
 * of scheduled time in adherence, worst first, with each agent's below, from the stored adherence history; beside
 * each, who is out of adherence now (from the live adherence). CSV export of the floor, teams and agents. Read and
 * written through the task executor, never on the FX thread.
 */
public final class AdherenceViewModel {
    /** What the figure means, stated beside it. */
    public static final String DEFINITION = "Adherence: the share of scheduled time spent doing what the schedule "
            + "says; time outside shifts does not count.";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final AdherenceHistory history;
    private final Supplier<Collection<LiveAgent>> agents;
    private final LiveAdherence live;
    private final Supplier<String> feedProblem;
    private final Clock clock;
    private final ZoneId zone;
    private final LatestRead<Built> reading;
    private final ExportToCsv exporting;
    private final ObjectProperty<AdherenceSpan> span = new SimpleObjectProperty<>(this, "span", AdherenceSpan.TODAY);
    private final ObservableList<AdherenceLine> teams = FXCollections.observableArrayList();
    private final ObservableList<AdherenceLine> agentLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Refresh to read the report.");
    private final ObjectProperty<Built> shown = new SimpleObjectProperty<>(this, "shown");
    private final Command refresh;
    private final Command export;

    /** A report with what it was built from: the agents' names and teams, and its lines. */
    record Built(AdherenceHistory.Report report, Map<String, String> names, Map<String, String> teamOf,
            List<AdherenceLine> teams, List<AdherenceLine> agents, long outNow) {
    }

    /** @param feedProblem why adherence is not being followed now, "" while it is */
    public AdherenceViewModel(AdherenceHistory history, Supplier<Collection<LiveAgent>> agents, LiveAdherence live,
            Supplier<String> feedProblem, TaskExecutor tasks, DialogService dialogs, Clock clock, ZoneId zone) {
        this.history = history;
        this.agents = agents;
        this.live = live;
        this.feedProblem = feedProblem;
        this.clock = clock;
        this.zone = zone;
        this.reading = new LatestRead<>(tasks);
        this.exporting = new ExportToCsv(tasks, dialogs);
        this.refresh = reading.command(this::refresh);
        this.export = exporting.command(this::export, shown.isNotNull());
        span.addListener(o -> refresh());
    }

    /** Reads the report for the chosen span, ending now. */
    public void refresh() {
        Instant to = clock.instant();
        AdherenceSpan chosen = span.get();
        Instant from = chosen.from(clock, zone);
        message.set("Reading adherence for " + chosen.description().toLowerCase(Locale.ROOT) + "...");
        reading.read(context -> build(history.report(from, to), agents.get(), live::of, to), this::show,
                failure -> message.set("Adherence could not be read: " + failure.getMessage()), this::refresh);
    }

    /** The report's lines: the floor and its teams worst first, then every agent worst first. Pure. */
    static Built build(AdherenceHistory.Report report, Collection<LiveAgent> floor,
            Function<String, Optional<Adherence>> now, Instant at) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> teamOf = new HashMap<>();
        for (LiveAgent agent : floor) {
            names.put(agent.id(), agent.agent().name());
            teamOf.put(agent.id(), agent.agent().team() == null ? "" : agent.agent().team());
        }
        Map<String, List<String>> byTeam = new TreeMap<>();
        List<AdherenceLine> agentLines = new ArrayList<>();
        long outNow = 0;
        for (AdherenceHistory.Share share : report.agents().values()) {
            String team = teamOf.getOrDefault(share.agentId(), "");
            byTeam.computeIfAbsent(team, k -> new ArrayList<>()).add(share.agentId());
            Optional<Adherence> current = now.apply(share.agentId());
            outNow += current.map(a -> a.out() ? 1 : 0).orElse(0);
            agentLines.add(AdherenceLine.of(share, names.getOrDefault(share.agentId(), share.agentId()), team,
                    current.map(a -> agentNow(a, at)).orElse("")));
        }
        agentLines.sort(Comparator.comparingDouble(AdherenceLine::share).thenComparing(AdherenceLine::name));
        List<AdherenceLine> teamLines = new ArrayList<>();
        for (Map.Entry<String, List<String>> team : byTeam.entrySet()) {
            long out = team.getValue().stream().filter(id -> now.apply(id).map(Adherence::out).orElse(false))
                    .count();
            String name = team.getKey().isEmpty() ? "(no team)" : team.getKey();
            teamLines.add(AdherenceLine.of(report.sum(name, team.getValue()), name, name,
                    out + " of " + team.getValue().size() + " out now"));
        }
        teamLines.sort(Comparator.comparingDouble(AdherenceLine::share).thenComparing(AdherenceLine::name));
        teamLines.add(0, AdherenceLine.of(report.sum("Floor", report.agents().keySet()), "Floor", "",
                outNow + " of " + report.agents().size() + " out now"));
        return new Built(report, names, teamOf, teamLines, agentLines, outNow);
    }

    /** "Out 12:04: Break, scheduled On queue (negative)" or "In: On queue". */
    private static String agentNow(Adherence adherence, Instant at) {
        if (adherence.out()) {
            return "Out " + Durations.compact(adherence.outFor(at)) + ": " + adherence.actual().label()
                    + ", scheduled " + adherence.scheduled().label() + " (" + adherence.impact().label()
                    .toLowerCase(Locale.ROOT) + ")";
        }
        return adherence.state().label() + ": " + adherence.actual().label();
    }

    private void show(Built built) {
        teams.setAll(built.teams());
        agentLines.setAll(built.agents());
        shown.set(built);
        AdherenceHistory.Report report = built.report();
        String problem = feedProblem.get();
        String now = problem.isEmpty() ? "" : " " + problem;
        if (report.isEmpty()) {
            message.set("No adherence recorded " + span.get().description().toLowerCase(Locale.ROOT)
                    + (problem.isEmpty() ? ": Floorwatch records it while connected to an org with workforce "
                            + "management, signed in as someone who may see real-time adherence." : "." + now));
            return;
        }
        String since = report.firstHeard() == null || !report.firstHeard().isAfter(report.from().plusSeconds(60))
                ? "" : " (recorded from " + CLOCK.format(report.firstHeard().atZone(zone)) + ")";
        AdherenceLine floor = built.teams().get(0);
        message.set(span.get().description() + ", " + CLOCK.format(report.from().atZone(zone)) + " to "
                + CLOCK.format(report.to().atZone(zone)) + since + ": the floor " + floor.adherence() + " in adherence; "
                + built.outNow() + (built.outNow() == 1 ? " agent" : " agents") + " out of adherence now." + now);
    }

    /** Writes the report shown to a CSV file the supervisor chooses. */
    public void export() {
        Built built = shown.get();
        if (built != null) {
            exporting.export("Export adherence", "floorwatch-adherence.csv", file -> AdherenceHistory.exportCsv(
                    built.report(), built.names(), built.teamOf(), file), message);
        }
    }

    public ObjectProperty<AdherenceSpan> spanProperty() {
        return span;
    }

    /** The floor first, then each team, worst first. */
    public ObservableList<AdherenceLine> teams() {
        return teams;
    }

    /** Every agent with scheduled time in the span, worst first. */
    public ObservableList<AdherenceLine> agents() {
        return agentLines;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command exportCommand() {
        return export;
    }
}
