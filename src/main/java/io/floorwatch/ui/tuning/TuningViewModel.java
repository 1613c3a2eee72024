package io.floorwatch.ui.tuning;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.timebox.TimeBoxRefused;
import io.floorwatch.timebox.TimeBoxRequest;
import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.tuning.Recommendation;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.SkillStaging;
import io.floorwatch.tuning.TuningService;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The tuning screen's state. The org's skills and every agent's current skills are read once (and again on
 * Reload); that read is the preview every staged change is checked against when it is applied. Changes are
 * staged per agent (add or set a skill at a proficiency, or remove it), validated as they are staged (proficiency
 * 0.0 to 5.0 in half steps, the capacity limit, no inactive skill), shown as before and after, and applied through
 * the safe-write service on the task executor with progress, cancel and a result per agent. Or, with a time-box
 * chosen ({@link TimeBoxForm}), the same plan is scheduled for a window and each agent is put back at its end; the
 * boxes themselves are the {@link TimeBoxesViewModel}'s.
 */
public final class TuningViewModel {
    private final Supplier<Optional<TuningService>> services;
    private final Supplier<List<Agent>> floor;
    private final Function<Map<String, List<SkillAssignment>>, List<Recommendation>> recommender;
    private final TaskExecutor tasks;
    private final ObservableList<Agent> agents = FXCollections.observableArrayList();
    private final ObservableList<Agent> selected = FXCollections.observableArrayList();
    private final AgentFilter filter;
    /** Whether a change waits to be applied (applied rows stay in the list, but there is nothing to apply). */
    private final ReadOnlyBooleanWrapper somethingStaged = new ReadOnlyBooleanWrapper(this, "somethingStaged");
    private final WhatIfViewModel whatIf;
    private final ObservableList<Skill> skills = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final TuningForm form = new TuningForm();
    private final SkillStaging staging = new SkillStaging();
    private final BackgroundTask<Read> reading;
    private final BackgroundTask<List<Recommendation>> recommending;
    private final BackgroundTask<List<SkillOutcome>> applying;
    private final BackgroundTask<TimeBox> scheduling;
    private final TimeBoxSources timeBoxSources;
    private final TimeBoxForm timeBox;
    private final TimeBoxesViewModel timeBoxes;
    private final DoubleBinding progress;
    private final Command reload;
    private final Command recommend;
    private final Command set;
    private final Command remove;
    private final Command clear;
    private final Command apply;
    private final Command cancelApply;

    /**
     * @param services the tuning service on the open connection, or empty while there is none
     * @param floor    the agents on the floor now
     * @param timeBoxes what the time-boxes need of the app
     */
    public TuningViewModel(Supplier<Optional<TuningService>> services, Supplier<List<Agent>> floor,
            TaskExecutor tasks, TimeBoxSources timeBoxes) {
        this(services, floor, held -> List.of(), tasks, timeBoxes);
    }

    /**
     * @param recommender the recommendations for the floor now, given every agent's skills as read
     */
    public TuningViewModel(Supplier<Optional<TuningService>> services, Supplier<List<Agent>> floor,
            Function<Map<String, List<SkillAssignment>>, List<Recommendation>> recommender,
            TaskExecutor tasks, TimeBoxSources timeBoxes) {
        this(services, floor, agentId -> List.of(), recommender, tasks, timeBoxes);
    }

    /** @param queuesOf the names of the queues an agent is a member of, for the queue filter */
    public TuningViewModel(Supplier<Optional<TuningService>> services, Supplier<List<Agent>> floor,
            Function<String, List<String>> queuesOf,
            Function<Map<String, List<SkillAssignment>>, List<Recommendation>> recommender, TaskExecutor tasks,
            TimeBoxSources timeBoxes) {
        this.filter = new AgentFilter(agents, this::skillsOf, queuesOf);
        this.recommender = recommender;
        this.services = services;
        this.floor = floor;
        this.tasks = tasks;
        this.reading = new BackgroundTask<>(tasks);
        this.recommending = new BackgroundTask<>(tasks);
        this.applying = new BackgroundTask<>(tasks);
        this.scheduling = new BackgroundTask<>(tasks);
        this.timeBoxSources = timeBoxes;
        this.timeBox = new TimeBoxForm(timeBoxes.clock(), timeBoxes.zone());
        this.timeBoxes = new TimeBoxesViewModel(timeBoxes, tasks, message::set);
        this.whatIf = new WhatIfViewModel(timeBoxes.whatIf(), this::stagedPlan, somethingStaged, tasks);
        this.progress = Bindings.createDoubleBinding(() -> scheduling.isRunning() ? BackgroundTask.INDETERMINATE
                : applying.progressProperty().get(), scheduling.runningProperty(), applying.progressProperty());
        this.reload = reading.command(this::load);
        // While a time-box is being scheduled the staged changes are its plan: they stay as they are until it is
        // scheduled (then they leave the list) or refused (then they stay).
        var notScheduling = scheduling.runningProperty().not();
        this.recommend = recommending.command(this::stageRecommendations,
                Bindings.isNotEmpty(skills).and(notScheduling));
        var someSelected = Bindings.isNotEmpty(selected).and(notScheduling);
        this.set = new Command(this::setSelected, someSelected);
        this.remove = new Command(this::removeSelected, someSelected);
        this.clear = new Command(this::clearStaged, Bindings.isNotEmpty(changes).and(notScheduling));
        this.apply = applying.command(this::applyStaged, somethingStaged.and(notScheduling));
        this.cancelApply = applying.cancelCommand();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** What one read of the org brings: its skills and who holds which. */
    private record Read(List<Skill> skills, Map<String, List<SkillAssignment>> held) {
    }

    private void load() {
        Optional<TuningService> service = services.get();
        if (service.isEmpty()) {
            message.set("Not connected yet: skills are read once the connection is up.");
            return;
        }
        message.set("Reading skills and every agent's skills...");
        reading.start(context -> new Read(service.get().skills(), service.get().assignments()), read -> {
            staging.reset(read.skills(), read.held());
            skills.setAll(read.skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
            agents.setAll(floor.get().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
            refreshChanges();
            message.set("Read " + skills.size() + " active skills and the skills of " + read.held().size()
                    + " users. Changes are checked against this read when applied.");
        }, failure -> message.set("Skills could not be read: " + failure.getMessage()));
    }

    /** An agent's skills now: staged, else as read. */
    public List<SkillAssignment> skillsOf(String agentId) {
        return staging.skillsOf(agentId);
    }

    // ---- staging ------------------------------------------------------------------------------------------

    private void setSelected() {
        Double value = form.validProficiency();
        Integer max = form.validMax();
        Skill chosen = form.chosenSkill("add or set");
        if (value == null || max == null || chosen == null) {
            return;
        }
        List<String> refused = new ArrayList<>();
        for (Agent agent : selected) {
            refused.addAll(staging.set(agent.id(), agent.name(),
                    new SkillAssignment(chosen.id(), chosen.name(), value, SkillState.ACTIVE), max));
        }
        form.refused(refused);
        refreshChanges();
    }

    /** Sets one skill of one agent (the per-skill control), checked like any staged change. */
    public void setSkill(String agentId, String skillId, double value) {
        Integer max = form.validMax();
        Optional<Skill> known = staging.skill(skillId);
        if (max == null || known.isEmpty() || scheduling.isRunning()) {
            return;
        }
        List<String> problems = staging.set(agentId, agentId,
                new SkillAssignment(skillId, known.get().name(), value, known.get().state()), max);
        form.refusedProficiency(problems);
        if (problems.isEmpty()) {
            refreshChanges();
        }
    }

    /** Removes one skill of one agent (the per-skill control). */
    public void removeSkill(String agentId, String skillId) {
        if (!scheduling.isRunning() && staging.remove(agentId, skillId)) {
            refreshChanges();
        }
    }

    private void removeSelected() {
        Skill chosen = form.chosenSkill("remove");
        if (chosen == null) {
            return;
        }
        selected.forEach(agent -> staging.remove(agent.id(), chosen.id()));
        refreshChanges();
    }

    /** Stages what the queue scores call for; each row says why. */
    private void stageRecommendations() {
        Map<String, List<SkillAssignment>> held = staging.preview();
        recommending.start(context -> recommender.apply(held), proposals -> {
            proposals.forEach(staging::recommend);
            refreshChanges();
            message.set(proposals.isEmpty() ? "No queue needs help now (no score at or above 0.5 with a skill "
                    + "named in its metrics)." : proposals.size() + " recommendations staged; review them, then "
                    + "Apply.");
        }, failure -> message.set("Recommendations failed: " + failure.getMessage()));
    }

    private void clearStaged() {
        staging.clear();
        refreshChanges();
        message.set("Staged changes cleared.");
    }

    private Map<String, String> agentNames() {
        return agents.stream().collect(Collectors.toMap(Agent::id, Agent::name, (a, b) -> a));
    }

    private void refreshChanges() {
        Map<String, String> names = agentNames();
        changes.setAll(staging.changes().stream().map(c -> new ChangeRow(c.agentId(),
                names.getOrDefault(c.agentId(), c.agentId()), c.before(), c.diff(), c.result())).toList());
        somethingStaged.set(!staging.isEmpty());
        whatIf.stagedChanged();
    }

    // ---- applying -----------------------------------------------------------------------------------------

    /**
     * Applies every staged change. Cancel stops before the next agent (the applier polls it between agents);
     * what was applied stays applied, the rest keep their staged change as "not run".
     */
    private void applyStaged() {
        if (timeBox.isTimeBox()) {
            scheduleStaged();
            return;
        }
        Optional<TuningService> service = services.get();
        Integer max = form.validMax();
        if (service.isEmpty() || max == null) {
            message.set(service.isEmpty() ? "Not connected: nothing was sent." : "Fix the skills-per-agent limit.");
            return;
        }
        SkillPlan plan = staging.plan(max, agentNames());
        int count = plan.agents().size();
        message.set("Applying " + count + (count == 1 ? " agent" : " agents") + "...");
        // Outcomes as they were reported: a cancelled run hands back no result, only what it reached.
        List<SkillOutcome> reported = new ArrayList<>();
        applying.start(context -> {
            AtomicInteger done = new AtomicInteger();
            return service.get().apply(plan, context.cancelled(), outcome -> {
                int finished = done.incrementAndGet();
                context.progress((double) finished / count, finished + " of " + count);
                tasks.report(() -> {
                    reported.add(outcome);
                    staging.record(outcome);
                    refreshChanges();
                });
            });
        }, outcomes -> applied(outcomes, false), failure -> {
            if (BackgroundTask.isCancellation(failure)) {
                applied(reported, true);
            } else {
                message.set("Stopped: " + failure.getMessage());
            }
        });
    }

    private void applied(List<SkillOutcome> outcomes, boolean cancelled) {
        staging.recordAll(outcomes);
        staging.dropApplied(outcomes);
        refreshChanges();
        long applied = outcomes.stream().filter(o -> o.status() == SkillOutcome.Status.APPLIED).count();
        message.set(applied + " of " + outcomes.size() + " agents applied" + (cancelled ? " (cancelled)" : "")
                + "; the rest keep their staged change with the reason.");
    }

    // ---- time-boxes ---------------------------------------------------------------------------------------

    /**
     * Schedules every staged change as a time-box: the plan a standing apply would send, for the chosen window,
     * checked by the time-box service on the open connection (capacity, the org's skills, no agent in two
     * overlapping boxes). Scheduled, the changes leave the staged list (the box holds them) and the runner is
     * woken so a box starting now starts at once; refused, every reason shows and everything stays staged.
     */
    private void scheduleStaged() {
        Optional<TimeBoxWorker> worker = timeBoxSources.worker().get();
        Integer max = form.validMax();
        Optional<TimeBoxForm.Window> window = timeBox.window();
        if (worker.isEmpty() || max == null || window.isEmpty()) {
            message.set(worker.isEmpty() ? "Not connected: no time-box was scheduled." : max == null
                    ? "Fix the skills-per-agent limit." : "Fix the time-box: " + timeBox.errorProperty().get());
            return;
        }
        SkillPlan plan = staging.plan(max, agentNames());
        String title = timeBox.titleProperty().get();
        message.set("Scheduling a time-box for " + count(plan) + "...");
        scheduling.start(context -> {
            // The what-if is made now, off the FX thread, so the box keeps what was expected of it.
            String projection = whatIf.projectionFor(plan);
            TimeBox box = timeBoxSources.boxes().schedule(new TimeBoxRequest(title, plan,
                    window.get().startsAt(), window.get().endsAt(), projection), worker.get());
            timeBoxSources.wake().run();
            return box;
        }, box -> {
            staging.clear();
            refreshChanges();
            Instant now = timeBoxSources.clock().instant();
            message.set("Time-box '" + box.title() + "' scheduled: " + count(plan) + " from "
                    + (box.startsAt().isAfter(now) ? TimeBoxTimes.moment(box.startsAt(), now, timeBoxSources.zone())
                    : "now") + " to " + TimeBoxTimes.moment(box.endsAt(), now, timeBoxSources.zone())
                    + "; the Time-boxes tab follows it. Its changes are no longer staged.");
            timeBox.titleProperty().set("");
            timeBoxes.refreshAndSelect(box.id());
        }, failure -> message.set(failure instanceof TimeBoxRefused refused
                ? "The time-box was not scheduled and nothing was sent; the changes stay staged. "
                        + String.join(" ", refused.reasons().stream().map(TuningViewModel::sentence).toList())
                : "The time-box could not be scheduled: " + failure.getMessage()));
    }

    private static String count(SkillPlan plan) {
        int count = plan.agents().size();
        return count + (count == 1 ? " agent" : " agents");
    }

    /** A refusal's reason as a sentence: "Ava Chen is already in ...". */
    private static String sentence(String reason) {
        String text = reason.isEmpty() ? reason : reason.substring(0, 1).toUpperCase(Locale.ROOT)
                + reason.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** Time passed: the time-boxes are read again and the window's summary restated (its "today" moves on). */
    public void tick() {
        timeBox.describe();
        timeBoxes.refresh();
    }

    /** How long the staged change lasts and when it starts. */
    public TimeBoxForm timeBox() {
        return timeBox;
    }

    /** The boxes of the open connection. */
    /** The staged changes as the plan Apply would send, or empty when nothing (valid) is staged. */
    private Optional<SkillPlan> stagedPlan() {
        Integer max = form.validMax();
        return staging.isEmpty() || max == null ? Optional.empty() : Optional.of(staging.plan(max, agentNames()));
    }

    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    public TimeBoxesViewModel timeBoxes() {
        return timeBoxes;
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ObservableList<Agent> agents() {
        return agents;
    }

    /** Which of the agents the table shows (search, skill). */
    public AgentFilter filter() {
        return filter;
    }

    /** The agents chosen in the table (the view keeps this in step with its selection). */
    public ObservableList<Agent> selected() {
        return selected;
    }

    public ObservableList<Skill> skills() {
        return skills;
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    /** The editor's fields and their errors. */
    public TuningForm form() {
        return form;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The apply's progress, from its task; indeterminate while a time-box is being scheduled. */
    public DoubleBinding progressProperty() {
        return progress;
    }

    public Command reloadCommand() {
        return reload;
    }

    public Command recommendCommand() {
        return recommend;
    }

    public Command setCommand() {
        return set;
    }

    public Command removeCommand() {
        return remove;
    }

    public Command clearCommand() {
        return clear;
    }

    public Command applyCommand() {
        return apply;
    }

    public Command cancelCommand() {
        return cancelApply;
    }
}
