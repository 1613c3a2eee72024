package io.floorwatch.tuning;

import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The changes a supervisor stages before applying them: what one read of the org showed (the preview every
 * change is checked against when applied), the target skills staged per agent, and the last result per agent.
 * A change is checked against {@link SkillRules} as it is staged; a change that brings an agent back to the
 * preview is no change and is dropped. Plain Java: the tuning screen shows it, a test drives it directly.
 */
public final class SkillStaging {
    /** One agent's staged change as text: skills before, the difference, and the last result. */
    public record Change(String agentId, String before, String diff, String result) {
    }

    private final Map<String, List<SkillAssignment>> preview = new LinkedHashMap<>();
    /** Every skill of the org by id, inactive ones too (an agent may still hold one). */
    private final Map<String, Skill> skillsById = new LinkedHashMap<>();
    private final Map<String, List<SkillAssignment>> staged = new LinkedHashMap<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    /** Applied agents as they were applied (skills before, the difference), shown until the next change to them. */
    private final Map<String, Change> done = new LinkedHashMap<>();

    /** Starts over from a fresh read: the org's skills and every agent's skills; nothing stays staged. */
    public void reset(List<Skill> skills, Map<String, List<SkillAssignment>> held) {
        skillsById.clear();
        skills.forEach(s -> skillsById.put(s.id(), s));
        preview.clear();
        preview.putAll(held);
        staged.clear();
        results.clear();
        done.clear();
    }

    public Optional<Skill> skill(String skillId) {
        return Optional.ofNullable(skillsById.get(skillId));
    }

    /** The preview as read (or as applied since): for the recommender. */
    public Map<String, List<SkillAssignment>> preview() {
        return Map.copyOf(preview);
    }

    /** An agent's skills now: staged, else as read. */
    public List<SkillAssignment> skillsOf(String agentId) {
        return staged.getOrDefault(agentId, preview.getOrDefault(agentId, List.of()));
    }

    /**
     * Stages an agent holding {@code skill} (added, or set to its proficiency) if the rules allow it.
     *
     * @return what the rules refuse; empty when the change was staged
     */
    public List<String> set(String agentId, String agentName, SkillAssignment skill, int maxSkillsPerAgent) {
        List<SkillAssignment> next = new ArrayList<>(skillsOf(agentId));
        next.removeIf(s -> s.skillId().equals(skill.skillId()));
        next.add(skill);
        List<String> problems = SkillRules.problems(new SkillPlan(maxSkillsPerAgent, List.of()),
                new SkillPlan.Agent(agentId, agentName, preview.getOrDefault(agentId, List.of()), next), skillsById);
        if (problems.isEmpty()) {
            stage(agentId, next);
        }
        return problems;
    }

    /** Stages an agent no longer holding a skill; false when they do not hold it. */
    public boolean remove(String agentId, String skillId) {
        List<SkillAssignment> next = new ArrayList<>(skillsOf(agentId));
        if (!next.removeIf(s -> s.skillId().equals(skillId))) {
            return false;
        }
        stage(agentId, next);
        return true;
    }

    /** Stages a recommendation as it is (the recommender already kept to the rules); the row says why. */
    public void recommend(Recommendation r) {
        List<SkillAssignment> next = new ArrayList<>(skillsOf(r.agentId()));
        next.removeIf(s -> s.skillId().equals(r.skillId()));
        next.add(new SkillAssignment(r.skillId(), r.skillName(), r.toProficiency(), null));
        stage(r.agentId(), next);
        results.put(r.agentId(), "recommended: " + r.reason());
    }

    private void stage(String agentId, List<SkillAssignment> next) {
        done.remove(agentId);
        if (SkillApplier.same(next, preview.getOrDefault(agentId, List.of()))) {
            staged.remove(agentId);
        } else {
            staged.put(agentId, List.copyOf(next));
        }
        results.remove(agentId);
    }

    public void clear() {
        staged.clear();
        results.clear();
        done.clear();
    }

    public boolean isEmpty() {
        return staged.isEmpty();
    }

    /** The changes applied since the last read and the ones staged, in the order they were first staged. */
    public List<Change> changes() {
        List<Change> rows = new ArrayList<>();
        done.forEach((id, change) -> {
            if (!staged.containsKey(id)) {
                rows.add(change);
            }
        });
        staged.forEach((id, target) -> {
            List<SkillAssignment> before = preview.getOrDefault(id, List.of());
            rows.add(new Change(id, SkillApplier.text(before), diff(before, target),
                    results.getOrDefault(id, "staged")));
        });
        return rows;
    }

    /** The plan that applies every staged change, each agent with the preview it was staged against. */
    public SkillPlan plan(int maxSkillsPerAgent, Map<String, String> agentNames) {
        List<SkillPlan.Agent> parts = new ArrayList<>();
        staged.forEach((id, target) -> parts.add(new SkillPlan.Agent(id, agentNames.getOrDefault(id, id),
                preview.getOrDefault(id, List.of()), target)));
        return new SkillPlan(maxSkillsPerAgent, parts);
    }

    /** Notes an agent's outcome as its result (while the apply runs). */
    public void record(SkillOutcome outcome) {
        results.put(outcome.agent().agentId(), result(outcome));
    }

    /**
     * Notes every outcome of a finished apply; what Genesys now holds for an applied agent becomes their
     * preview. The applied agents stay staged (showing their result) until {@link #dropApplied}.
     */
    public void recordAll(List<SkillOutcome> outcomes) {
        for (SkillOutcome outcome : outcomes) {
            record(outcome);
            if (outcome.status() == SkillOutcome.Status.APPLIED) {
                String id = outcome.agent().agentId();
                // Kept as applied: before the apply and what it changed, not "no change" against the new skills.
                List<SkillAssignment> before = preview.getOrDefault(id, List.of());
                done.put(id, new Change(id, SkillApplier.text(before), diff(before, outcome.now()), result(outcome)));
                preview.put(id, outcome.now());
            }
        }
    }

    /** Nothing is left staged for the agents that were applied (their applied rows stay in {@link #changes}). */
    public void dropApplied(List<SkillOutcome> outcomes) {
        outcomes.stream().filter(o -> o.status() == SkillOutcome.Status.APPLIED)
                .forEach(o -> staged.remove(o.agent().agentId()));
    }

    /** "applied", "conflict: changed since the preview (...)" */
    static String result(SkillOutcome outcome) {
        String status = outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return outcome.message().isEmpty() ? status : status + ": " + outcome.message();
    }

    /** "Spanish 2.0 → 3.5, + Billing 3.0, − Legacy" */
    public static String diff(List<SkillAssignment> before, List<SkillAssignment> after) {
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
}
