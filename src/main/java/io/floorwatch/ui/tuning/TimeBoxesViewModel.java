package io.floorwatch.ui.tuning;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.timebox.AgentResult;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.timebox.TimeBoxRefused;
import io.floorwatch.timebox.TimeBoxState;
import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.WhatIfReports;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillStaging;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.LatestRead;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Time-boxes part of the tuning screen: the boxes of the open connection, newest first, read off the FX thread
 * (when asked: as the screen shows, every few seconds while it does, after the runner carried out a step, after an
 * action here); the selected box's outcome per agent and per step, and the agents its end left alone, three ways;
 * Cancel before a box starts and End now while it runs, each confirmed first.
 */
public final class TimeBoxesViewModel {
    /** How many boxes are read: more than a screen shows, the newest first. */
    static final int LIMIT = 200;
    private static final String NONE_YET = "—";
    /** What follows a person's name in an actor: " <user id> via client <client id>". */
    private static final Pattern ACTOR_IDS = Pattern.compile(" <[^>]*> via client \\S+");

    /** One read: whether a connection was open, and its boxes. */
    private record Read(boolean connected, List<TimeBox> boxes) {
    }

    private final TimeBoxSources sources;
    private final Consumer<String> say;
    private final LatestRead<Read> reading;
    private final BackgroundTask<TimeBox> acting;
    private final ObservableList<TimeBoxRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TimeBoxRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ObservableList<TimeBoxOutcomeRow> outcomes = FXCollections.observableArrayList();
    private final ObservableList<TimeBoxConflictRow> conflicts = FXCollections.observableArrayList();
    /** The selected box's what-if: projected when scheduled, against what was measured during it once ended. */
    private final WhatIfShown whatIf = new WhatIfShown();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Time-boxes");
    /** The boxes last read, by id: what the rows and details are made from. */
    private final Map<String, TimeBox> byId = new HashMap<>();
    /** The box to select after the next read (one just scheduled), else null: the selection is kept. */
    private String wanted;
    private final Command cancel;
    private final Command endNow;
    private final Command refresh;

    /** @param say shows a sentence in the screen's message area */
    TimeBoxesViewModel(TimeBoxSources sources, TaskExecutor tasks, Consumer<String> say) {
        this.sources = sources;
        this.say = say;
        this.reading = new LatestRead<>(tasks);
        this.acting = new BackgroundTask<>(tasks);
        this.cancel = acting.command(this::cancelSelected, Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().cancellable(), selected));
        this.endNow = acting.command(this::endSelected, Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().endable(), selected));
        // Not the read's own command: that one is disabled during each read, so the button would flicker.
        this.refresh = new Command(this::refresh);
        selected.addListener((o, was, now) -> describeSelected());
        describeSelected();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** Reads the boxes again in the background; the selection is kept. */
    public void refresh() {
        reading.read(context -> read(), this::show, failure -> say.accept("The time-boxes could not be read: "
                + failure.getMessage()), this::refresh);
    }

    /** Reads the boxes again and selects the one with this id (one just scheduled). */
    void refreshAndSelect(String id) {
        wanted = id;
        refresh();
    }

    private Read read() {
        Optional<TimeBoxWorker> worker = sources.worker().get();
        if (worker.isEmpty()) {
            return new Read(false, List.of());
        }
        String org = worker.get().org();
        return new Read(true, sources.boxes().list(LIMIT).stream().filter(b -> b.org().equals(org)).toList());
    }

    private void show(Read read) {
        String keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        byId.clear();
        read.boxes().forEach(box -> byId.put(box.id(), box));
        Instant now = sources.clock().instant();
        List<TimeBoxRow> fresh = read.boxes().stream().map(box -> row(box, now)).toList();
        // Unchanged rows are left alone: replacing them would reset the table's selection and scroll every tick.
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        placeholder.set(read.connected() ? "No time-boxes yet. Choose For or Until beside Apply on the Changes "
                + "tab to make one." : "Not connected: the time-boxes of the open connection show here once it is up.");
        long running = count(read.boxes(), TimeBoxState.RUNNING);
        long scheduled = count(read.boxes(), TimeBoxState.SCHEDULED);
        title.set(running + scheduled == 0 ? "Time-boxes" : "Time-boxes (" + (running > 0 ? running + " running" : "")
                + (running > 0 && scheduled > 0 ? ", " : "") + (scheduled > 0 ? scheduled + " scheduled" : "") + ")");
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        // The same row read again is equal to the one selected, so the listener did not hear of it: its box may
        // still have moved on (an agent's outcome added).
        describeSelected();
    }

    private static long count(List<TimeBox> boxes, TimeBoxState state) {
        return boxes.stream().filter(b -> b.state() == state).count();
    }

    private TimeBoxRow row(TimeBox box, Instant now) {
        boolean started = box.state() == TimeBoxState.RUNNING || box.state() == TimeBoxState.ENDED;
        boolean ended = box.state() == TimeBoxState.ENDED;
        // Running past its end: the runner is putting its agents back (after End now, or at its end), so it
        // cannot be ended again.
        boolean ending = box.state() == TimeBoxState.RUNNING && !box.endsAt().isAfter(now);
        return new TimeBoxRow(box.id(), box.title(), ending ? "Ending" : box.state().label(),
                moment(box.startsAt(), now), moment(box.endsAt(), now), Integer.toString(box.plan().agents().size()),
                started ? Long.toString(applied(box, AgentResult.Step.START)) : NONE_YET,
                ended ? Long.toString(applied(box, AgentResult.Step.END)) : NONE_YET,
                ended ? Integer.toString(box.conflicts().size()) : NONE_YET, readable(box.note()),
                box.state() == TimeBoxState.SCHEDULED, box.state() == TimeBoxState.RUNNING && !ending);
    }

    private static long applied(TimeBox box, AgentResult.Step step) {
        return box.results(step).stream().filter(r -> r.status() == SkillOutcome.Status.APPLIED).count();
    }

    private String moment(Instant at, Instant now) {
        return TimeBoxTimes.moment(at, now, sources.zone());
    }

    // ---- details ------------------------------------------------------------------------------------------

    private void describeSelected() {
        TimeBox box = selected.get() == null ? null : byId.get(selected.get().id());
        if (box == null) {
            details.set("Select a time-box to see what it did to each agent.");
            outcomes.clear();
            conflicts.clear();
            whatIf.clear("");
            return;
        }
        Instant now = sources.clock().instant();
        String note = readable(box.note());
        details.set("'" + box.title() + "': " + box.state().label().toLowerCase(Locale.ROOT) + ", "
                + moment(box.startsAt(), now) + " to " + moment(box.endsAt(), now) + ", made by "
                + person(box.createdBy()) + "." + (note.isEmpty() ? ""
                        : " " + note.substring(0, 1).toUpperCase(Locale.ROOT) + note.substring(1) + "."));
        outcomes.setAll(outcomes(box));
        conflicts.setAll(box.conflicts().stream().map(TimeBoxesViewModel::threeWays).toList());
        describeWhatIf(box);
    }

    /** Once ended, the projection against the window's measured figures; before, the projection alone. */
    private void describeWhatIf(TimeBox box) {
        String json = box.report().isEmpty() ? box.projection() : box.report();
        if (json.isEmpty()) {
            whatIf.clear("No what-if was made for this time-box.");
            return;
        }
        try {
            whatIf.show(WhatIfReports.fromJson(json), box.report().isEmpty()
                    ? "Measured: the 30 minutes before it was scheduled; the measured window follows its end."
                    : "Measured: during the time-box, against the projection made when it was scheduled.");
        } catch (IllegalArgumentException e) {
            whatIf.clear("This time-box's what-if cannot be read: " + e.getMessage());
        }
    }

    /**
     * An agent the end left alone, three ways, by the skills where the three differ ("no Returns", "Returns 3.0",
     * "Returns 1.0"): what the supervisor decides on, where whole lists would hide it in their shared skills.
     */
    private static TimeBoxConflictRow threeWays(AgentResult conflict) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Map<String, Double>> ways = new ArrayList<>();
        for (List<SkillAssignment> way : List.of(conflict.before(), conflict.ours(), conflict.now())) {
            Map<String, Double> held = new HashMap<>();
            way.forEach(s -> {
                names.putIfAbsent(s.skillId(), s.skillName().isEmpty() ? s.skillId() : s.skillName());
                held.put(s.skillId(), s.proficiency());
            });
            ways.add(held);
        }
        List<String> differing = names.keySet().stream().filter(id -> ways.stream().map(w -> w.get(id)).distinct()
                .count() > 1).toList();
        if (differing.isEmpty()) {
            return new TimeBoxConflictRow(conflict.agentName(), SkillApplier.text(conflict.before()),
                    SkillApplier.text(conflict.ours()), SkillApplier.text(conflict.now()));
        }
        List<String> texts = ways.stream().map(w -> String.join(", ", differing.stream().map(id -> w.containsKey(id)
                ? names.get(id) + " " + w.get(id) : "no " + names.get(id)).toList())).toList();
        return new TimeBoxConflictRow(conflict.agentName(), texts.get(0), texts.get(1), texts.get(2));
    }

    /** Each agent's outcome per step; before the start (or when it never started), the plan itself. */
    private static List<TimeBoxOutcomeRow> outcomes(TimeBox box) {
        if (box.results().isEmpty()) {
            String result = box.state() == TimeBoxState.SCHEDULED ? "waits for the start" : "not applied";
            return box.plan().agents().stream().map(a -> new TimeBoxOutcomeRow("planned", a.agentName(), result,
                    SkillStaging.diff(a.preview(), a.target()), "")).toList();
        }
        List<TimeBoxOutcomeRow> rows = new ArrayList<>();
        for (AgentResult r : box.results()) {
            boolean start = r.step() == AgentResult.Step.START;
            // An agent the end left alone is shown three ways below the outcomes: here it says only that.
            boolean leftAlone = !start && r.status() == SkillOutcome.Status.CONFLICT;
            String change = start ? SkillStaging.diff(r.before(), r.ours())
                    : leftAlone ? "left as they are (see below)" : SkillStaging.diff(r.ours(), r.before());
            rows.add(new TimeBoxOutcomeRow(start ? "start" : "end", r.agentName(),
                    r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), change,
                    leftAlone ? "" : r.message()));
        }
        return rows;
    }

    // ---- acting -------------------------------------------------------------------------------------------

    private void cancelSelected() {
        TimeBox box = byId.get(selected.get().id());
        Instant now = sources.clock().instant();
        if (sources.dialogs().confirm("Cancel time-box '" + box.title() + "'?", "It would change the skills of "
                + agents(box) + " from " + moment(box.startsAt(), now) + " to " + moment(box.endsAt(), now)
                + ". Nothing has been written yet, and nothing will be.", "Cancel time-box", "Keep it")) {
            act(box, "cancelled", actor -> sources.boxes().cancel(box.id(), actor), done -> "Time-box '"
                    + done.title() + "' cancelled before its start; no skills were changed.");
        }
    }

    private void endSelected() {
        TimeBox box = byId.get(selected.get().id());
        if (sources.dialogs().confirm("End time-box '" + box.title() + "' now?", "End now puts its " + agents(box)
                + " back now, instead of at " + moment(box.endsAt(), sources.clock().instant()) + ". An agent "
                + "someone else changed during the time-box is left as they are and shown here.",
                "End now", "Keep it running")) {
            act(box, "ended", actor -> sources.boxes().endNow(box.id(), actor), done -> "Time-box '" + done.title()
                    + "' is ending: its agents are being put back now.");
        }
    }

    /**
     * Runs Cancel or End now off the FX thread with the open connection's actor, then has the runner look at once
     * and reads the boxes again; a refusal says every reason.
     */
    private void act(TimeBox box, String verb, Function<String, TimeBox> action, Function<TimeBox, String> done) {
        acting.start(context -> {
            String actor = sources.actor().get().orElseThrow(() -> new TimeBoxRefused(
                    "not connected (it is " + verb + " in the name of the open connection's person)"));
            TimeBox changed = action.apply(actor);
            sources.wake().run();
            return changed;
        }, changed -> {
            say.accept(done.apply(changed));
            refresh();
        }, failure -> {
            say.accept(failure instanceof TimeBoxRefused refused ? "Time-box '" + box.title() + "' was not " + verb
                    + ": " + String.join("; ", refused.reasons()) + "." : "Time-box '" + box.title() + "' could not be "
                    + verb + ": " + failure.getMessage());
            refresh();
        });
    }

    /** "Ava Chen" of "Ava Chen <user id> via client ...": the ids are the audit's to keep. */
    private static String person(String actor) {
        int ids = actor.indexOf(" <");
        return ids > 0 ? actor.substring(0, ids) : actor;
    }

    /** A note with the people it names by name only ("cancelled by Ava Chen before its start"). */
    private static String readable(String note) {
        return ACTOR_IDS.matcher(note).replaceAll("");
    }

    private static String agents(TimeBox box) {
        int count = box.plan().agents().size();
        return count + (count == 1 ? " agent" : " agents");
    }

    // ---- properties ---------------------------------------------------------------------------------------

    /** The open connection's boxes, newest first. */
    public ObservableList<TimeBoxRow> rows() {
        return rows;
    }

    /** The box whose details show; the view keeps it in step with the table's selection. */
    public ObjectProperty<TimeBoxRow> selectedProperty() {
        return selected;
    }

    /** The selected box in a sentence: title, state, window, who made it, its note. */
    public WhatIfShown whatIf() {
        return whatIf;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The selected box's outcome per agent and step (the plan before it starts). */
    public ObservableList<TimeBoxOutcomeRow> outcomes() {
        return outcomes;
    }

    /** The agents the selected box's end left alone, three ways. */
    public ObservableList<TimeBoxConflictRow> conflicts() {
        return conflicts;
    }

    /** What the empty table says: none yet, or not connected. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** "Time-boxes (1 running, 2 scheduled)": the tab's title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public Command cancelCommand() {
        return cancel;
    }

    public Command endNowCommand() {
        return endNow;
    }

    public Command refreshCommand() {
        return refresh;
    }
}
