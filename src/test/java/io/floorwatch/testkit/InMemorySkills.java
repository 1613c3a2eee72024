package io.floorwatch.testkit;

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
 * One org's agents' skills held in memory, applied with the safe apply's rules (already so; a preview that differs
 * is a conflict; otherwise written): time-boxes tested without Genesys, with the test clock. The real apply against
 * the emulator is in {@code TimeBoxIT}.
 */
public final class InMemorySkills implements TimeBoxWorker {
    public final Map<String, List<SkillAssignment>> held = new ConcurrentHashMap<>();
    /** The windows measured, "from/to". */
    public final List<String> measured = new ArrayList<>();
    private final String org;
    /** Applies no agent after this many (a runner stopped mid-step); negative for no limit. */
    private volatile int stopAfter = -1;
    private int applied;

    public InMemorySkills(String org) {
        this.org = org;
    }

    public void stopAfter(int agents) {
        stopAfter = agents;
    }

    @Override
    public String org() {
        return org;
    }

    @Override
    public String actor() {
        return "Ava Chen <u-1> via client c-1";
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
            if (cancel.getAsBoolean() || applied == stopAfter) {
                outcome = new SkillOutcome(agent, SkillOutcome.Status.NOT_RUN, "cancelled", null, 0);
            } else if (SkillApplier.same(now, agent.target())) {
                outcome = new SkillOutcome(agent, SkillOutcome.Status.APPLIED, "already so", now, 0);
            } else if (!SkillApplier.same(now, agent.preview())) {
                outcome = new SkillOutcome(agent, SkillOutcome.Status.CONFLICT, "changed", now, 0);
            } else {
                held.put(agent.agentId(), agent.target());
                applied++;
                outcome = new SkillOutcome(agent, SkillOutcome.Status.APPLIED, "", agent.target(), 1);
            }
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    @Override
    public String measure(String projection, Instant from, Instant to) {
        measured.add(from + "/" + to);
        return projection;
    }
}
