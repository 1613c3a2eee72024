package io.floorwatch.ui.tuning;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One org's agents' skills in memory, applied with the safe apply's rules (a preview that differs from what is held
 * is a conflict, nothing written): the time-boxes' ViewModel tested without Genesys.
 */
final class HeldSkills implements TimeBoxWorker {
    final Map<String, List<SkillAssignment>> held = new ConcurrentHashMap<>();
    private final String org;

    HeldSkills(String org) {
        this.org = org;
    }

    @Override
    public String org() {
        return org;
    }

    @Override
    public String actor() {
        return "Ava Chen <u-9> via client c-1";
    }

    @Override
    public List<String> check(SkillPlan plan) {
        return List.of();
    }

    @Override
    public List<SkillOutcome> apply(SkillPlan plan, BooleanSupplier cancel, Consumer<SkillOutcome> progress) {
        List<SkillOutcome> outcomes = new ArrayList<>();
        for (SkillPlan.Agent agent : plan.agents()) {
            List<SkillAssignment> now = held.getOrDefault(agent.agentId(), List.of());
            SkillOutcome outcome;
            if (!SkillApplier.same(now, agent.preview())) {
                outcome = new SkillOutcome(agent, SkillOutcome.Status.CONFLICT, "changed since the preview", now, 0);
            } else {
                held.put(agent.agentId(), agent.target());
                outcome = new SkillOutcome(agent, SkillOutcome.Status.APPLIED, "", agent.target(), 1);
            }
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    @Override
    public String measure(String projection, Instant from, Instant to) {
        return projection;
    }
}
