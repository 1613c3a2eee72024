package io.floorwatch.ui.tuning;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.tuning.Recommendation;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.SkillRules;
import io.floorwatch.tuning.TuningService;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The tuning screen's state. The org's skills and every agent's current skills are read once (and again on
 * Reload); that read is the preview every staged change is checked against when it is applied. Changes are
 * staged per agent (add or set a skill at a proficiency, or remove it), validated as they are staged (proficiency
 * 0.0 to 5.0 in half steps, the capacity limit, no inactive skill), shown as before and after, and applied through
 * the safe-write service on the task executor with progress, cancel and a result per agent.
 */
public final class TuningViewModel {
    private final Supplier<Optional<TuningService>> services;
    private final Supplier<List<Agent>> floor;
    private final java.util.function.Function<Map<String, List<SkillAssignment>>, List<Recommendation>> recommender;
    private final TaskExecutor tasks;
    private final ObservableList<Agent> agents = FXCollections.observableArrayList();
    private final ObservableList<Agent> selected = FXCollections.observableArrayList();
    private final ObservableList<Skill> skills = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ObjectProperty<Skill> skill = new SimpleObjectProperty<>(this, "skill");
    private final StringProperty proficiency = new SimpleStringProperty(this, "proficiency", "3");
    private final StringProperty maxSkills = new SimpleStringProperty(this, "maxSkills", "5");
    private final ReadOnlyStringWrapper proficiencyError = new ReadOnlyStringWrapper(this, "proficiencyError", "");
    private final ReadOnlyStringWrapper skillError = new ReadOnlyStringWrapper(this, "skillError", "");
    private final ReadOnlyStringWrapper maxSkillsError = new ReadOnlyStringWrapper(this, "maxSkillsError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final Map<String, List<SkillAssignment>> preview = new LinkedHashMap<>();
    /** Every skill of the org by id, inactive ones too (an agent may still hold one). */
    private final Map<String, Skill> skillsById = new LinkedHashMap<>();
    private final Map<String, List<SkillAssignment>> staged = new LinkedHashMap<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
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
     */
    public TuningViewModel(Supplier<Optional<TuningService>> services, Supplier<List<Agent>> floor,
            TaskExecutor tasks) {
        this(services, floor, held -> List.of(), tasks);
    }

    /**
     * @param recommender the recommendations for the floor now, given every agent's skills as read
     */
    public TuningViewModel(Supplier<Optional<TuningService>> services, Supplier<List<Agent>> floor,
            java.util.function.Function<Map<String, List<SkillAssignment>>, List<Recommendation>> recommender,
            TaskExecutor tasks) {
        this.recommender = recommender;
        this.services = services;
        this.floor = floor;
        this.tasks = tasks;
        this.reload = new Command(this::load);
        this.recommend = new Command(this::stageRecommendations, Bindings.isNotEmpty(skills));
        var someSelected = Bindings.isNotEmpty(selected);
        this.set = new Command(this::setSelected, someSelected);
        this.remove = new Command(this::removeSelected, someSelected);
        this.clear = new Command(this::clearStaged, Bindings.isNotEmpty(changes));
        this.apply = new Command(this::applyStaged, Bindings.isNotEmpty(changes));
        this.cancelApply = new Command(() -> cancel.set(true), apply.runningProperty());
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
        reload.setRunning(true);
        message.set("Reading skills and every agent's skills...");
        tasks.run(() -> new Read(service.get().skills(), service.get().assignments()), read -> {
            reload.setRunning(false);
            List<Skill> all = read.skills();
            Map<String, List<SkillAssignment>> held = read.held();
            skillsById.clear();
            all.forEach(s -> skillsById.put(s.id(), s));
            skills.setAll(all.stream().filter(s -> s.state() == SkillState.ACTIVE)
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
            preview.clear();
            preview.putAll(held);
            staged.clear();
            results.clear();
            agents.setAll(floor.get().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
            refreshChanges();
            message.set("Read " + skills.size() + " active skills and the skills of " + held.size() + " users. "
                    + "Changes are checked against this read when applied.");
        }, failure -> {
            reload.setRunning(false);
            message.set("Skills could not be read: " + failure.getMessage());
        });
    }

    /** An agent's skills now: staged, else as read. */
    public List<SkillAssignment> skillsOf(String agentId) {
        return staged.getOrDefault(agentId, preview.getOrDefault(agentId, List.of()));
    }

    // ---- staging ------------------------------------------------------------------------------------------

    private void setSelected() {
        Double value = validProficiency();
        Integer max = validMax();
        skillError.set(skill.get() == null ? "Skill: choose the skill to add or set." : "");
        if (value == null || max == null || skill.get() == null) {
            return;
        }
        Skill chosen = skill.get();
        List<String> refused = new ArrayList<>();
        for (Agent agent : selected) {
            List<SkillAssignment> next = new ArrayList<>(skillsOf(agent.id()));
            next.removeIf(s -> s.skillId().equals(chosen.id()));
            next.add(new SkillAssignment(chosen.id(), chosen.name(), value, SkillState.ACTIVE));
            List<String> problems = SkillRules.problems(new SkillPlan(max, List.of()),
                    new SkillPlan.Agent(agent.id(), agent.name(), preview.getOrDefault(agent.id(), List.of()), next),
                    skillsById);
            if (problems.isEmpty()) {
                stage(agent.id(), next);
            } else {
                refused.addAll(problems);
            }
        }
        maxSkillsError.set(refused.isEmpty() ? "" : "Capacity: " + String.join("; ", refused) + ".");
        refreshChanges();
    }

    /** Sets one skill of one agent (the per-skill control), checked like any staged change. */
    public void setSkill(String agentId, String skillId, double value) {
        Integer max = validMax();
        Skill known = skillsById.get(skillId);
        if (max == null || known == null) {
            return;
        }
        List<SkillAssignment> next = new ArrayList<>(skillsOf(agentId));
        next.removeIf(s -> s.skillId().equals(skillId));
        next.add(new SkillAssignment(skillId, known.name(), value, known.state()));
        List<String> problems = SkillRules.problems(new SkillPlan(max, List.of()), new SkillPlan.Agent(agentId,
                agentId, preview.getOrDefault(agentId, List.of()), next), skillsById);
        proficiencyError.set(problems.isEmpty() ? "" : "Proficiency: " + String.join("; ", problems) + ".");
        if (problems.isEmpty()) {
            stage(agentId, next);
            refreshChanges();
        }
    }

    /** Removes one skill of one agent (the per-skill control). */
    public void removeSkill(String agentId, String skillId) {
        List<SkillAssignment> next = new ArrayList<>(skillsOf(agentId));
        if (next.removeIf(s -> s.skillId().equals(skillId))) {
            stage(agentId, next);
            refreshChanges();
        }
    }

    private void removeSelected() {
        skillError.set(skill.get() == null ? "Skill: choose the skill to remove." : "");
        if (skill.get() == null) {
            return;
        }
        for (Agent agent : selected) {
            List<SkillAssignment> next = new ArrayList<>(skillsOf(agent.id()));
            if (next.removeIf(s -> s.skillId().equals(skill.get().id()))) {
                stage(agent.id(), next);
            }
        }
        refreshChanges();
    }

    private void stage(String agentId, List<SkillAssignment> next) {
        if (sameSkills(next, preview.getOrDefault(agentId, List.of()))) {
            staged.remove(agentId);
        } else {
            staged.put(agentId, List.copyOf(next));
        }
        results.remove(agentId);
    }

    /** Stages what the queue scores call for; each row says why. */
    private void stageRecommendations() {
        Map<String, List<SkillAssignment>> held = Map.copyOf(preview);
        recommend.setRunning(true);
        tasks.run(() -> recommender.apply(held), proposals -> {
            recommend.setRunning(false);
            for (Recommendation r : proposals) {
                List<SkillAssignment> next = new ArrayList<>(skillsOf(r.agentId()));
                next.removeIf(s -> s.skillId().equals(r.skillId()));
                next.add(new SkillAssignment(r.skillId(), r.skillName(), r.toProficiency(), SkillState.ACTIVE));
                stage(r.agentId(), next);
                results.put(r.agentId(), "recommended: " + r.reason());
            }
            refreshChanges();
            message.set(proposals.isEmpty() ? "No queue needs help now (no score at or above 0.5 with a skill "
                    + "named in its metrics)." : proposals.size() + " recommendations staged; review them, then "
                    + "Apply.");
        }, failure -> {
            recommend.setRunning(false);
            message.set("Recommendations failed: " + failure.getMessage());
        });
    }

    private void clearStaged() {
        staged.clear();
        results.clear();
        refreshChanges();
        message.set("Staged changes cleared.");
    }

    private Double validProficiency() {
        String text = proficiency.get() == null ? "" : proficiency.get().trim().replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 5 && value * 2 == Math.rint(value * 2)) {
                proficiencyError.set("");
                return value;
            }
        } catch (NumberFormatException e) {
            proficiencyError.set("Proficiency: '" + text + "' is not a number (0.0 to 5.0 in half steps).");
            return null;
        }
        proficiencyError.set("Proficiency: 0.0 to 5.0 in half steps, not " + text + ".");
        return null;
    }

    private Integer validMax() {
        try {
            int value = Integer.parseInt(maxSkills.get().trim());
            if (value >= 1 && value <= SkillPlan.CEILING) {
                return value;
            }
        } catch (NumberFormatException e) {
            maxSkillsError.set("Skills per agent: a whole number from 1 to 50.");
            return null;
        }
        maxSkillsError.set("Skills per agent: 1 to 50, not " + maxSkills.get().trim() + ".");
        return null;
    }

    private void refreshChanges() {
        Map<String, String> names = agents.stream().collect(Collectors.toMap(Agent::id, Agent::name, (a, b) -> a));
        List<ChangeRow> rows = new ArrayList<>();
        staged.forEach((id, target) -> rows.add(new ChangeRow(id, names.getOrDefault(id, id),
                text(preview.getOrDefault(id, List.of())), diff(preview.getOrDefault(id, List.of()), target),
                results.getOrDefault(id, "staged"))));
        changes.setAll(rows);
    }

    /** "Spanish 2.0 → 3.5, + Billing 3.0, − Legacy" */
    static String diff(List<SkillAssignment> before, List<SkillAssignment> after) {
        List<String> parts = new ArrayList<>();
        Map<String, SkillAssignment> was = before.stream().collect(Collectors.toMap(SkillAssignment::skillId,
                s -> s, (a, b) -> a));
        Map<String, SkillAssignment> now = after.stream().collect(Collectors.toMap(SkillAssignment::skillId,
                s -> s, (a, b) -> a));
        for (SkillAssignment s : after) {
            SkillAssignment old = was.get(s.skillId());
            if (old == null) {
                parts.add("+ " + s.skillName() + " " + s.proficiency());
            } else if (old.proficiency() != s.proficiency()) {
                parts.add(s.skillName() + " " + old.proficiency() + " → " + s.proficiency());
            }
        }
        before.stream().filter(s -> !now.containsKey(s.skillId())).forEach(s -> parts.add("− " + s.skillName()));
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static String text(List<SkillAssignment> skills) {
        return skills.isEmpty() ? "none" : skills.stream().map(s -> s.skillName() + " " + s.proficiency())
                .collect(Collectors.joining(", "));
    }

    private static boolean sameSkills(List<SkillAssignment> a, List<SkillAssignment> b) {
        return a.stream().map(s -> s.skillId() + "=" + s.proficiency()).sorted().toList()
                .equals(b.stream().map(s -> s.skillId() + "=" + s.proficiency()).sorted().toList());
    }

    // ---- applying -----------------------------------------------------------------------------------------

    private void applyStaged() {
        Optional<TuningService> service = services.get();
        Integer max = validMax();
        if (service.isEmpty() || max == null) {
            message.set(service.isEmpty() ? "Not connected: nothing was sent." : "Fix the skills-per-agent limit.");
            return;
        }
        Map<String, String> names = agents.stream().collect(Collectors.toMap(Agent::id, Agent::name, (a, b) -> a));
        List<SkillPlan.Agent> parts = new ArrayList<>();
        staged.forEach((id, target) -> parts.add(new SkillPlan.Agent(id, names.getOrDefault(id, id),
                preview.getOrDefault(id, List.of()), target)));
        SkillPlan plan = new SkillPlan(max, parts);
        cancel.set(false);
        apply.setRunning(true);
        progress.set(0);
        message.set("Applying " + parts.size() + (parts.size() == 1 ? " agent" : " agents") + "...");
        int[] done = {0};
        tasks.run(() -> service.get().apply(plan, cancel::get, outcome -> {
            int finished = ++done[0];
            tasks.report(() -> {
                results.put(outcome.agent().agentId(), result(outcome));
                progress.set((double) finished / parts.size());
                refreshChanges();
            });
        }), outcomes -> {
            apply.setRunning(false);
            for (SkillOutcome outcome : outcomes) {
                results.put(outcome.agent().agentId(), result(outcome));
                if (outcome.status() == SkillOutcome.Status.APPLIED) {
                    // What Genesys now holds is the new preview for that agent; nothing is left staged for them.
                    preview.put(outcome.agent().agentId(), outcome.now());
                }
            }
            refreshChanges();
            outcomes.stream().filter(o -> o.status() == SkillOutcome.Status.APPLIED)
                    .forEach(o -> staged.remove(o.agent().agentId()));
            long applied = outcomes.stream().filter(o -> o.status() == SkillOutcome.Status.APPLIED).count();
            message.set(applied + " of " + outcomes.size() + " agents applied" + (cancel.get() ? " (cancelled)" : "")
                    + "; the rest keep their staged change with the reason.");
        }, failure -> {
            apply.setRunning(false);
            message.set("Stopped: " + failure.getMessage());
        });
    }

    private static String result(SkillOutcome outcome) {
        String status = outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return outcome.message().isEmpty() ? status : status + ": " + outcome.message();
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ObservableList<Agent> agents() {
        return agents;
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

    public ObjectProperty<Skill> skillProperty() {
        return skill;
    }

    public StringProperty proficiencyProperty() {
        return proficiency;
    }

    public StringProperty maxSkillsProperty() {
        return maxSkills;
    }

    public ReadOnlyStringProperty proficiencyErrorProperty() {
        return proficiencyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty skillErrorProperty() {
        return skillError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maxSkillsErrorProperty() {
        return maxSkillsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
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
