package io.floorwatch.tuning;

import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** What the tuning screen asks of the org on one connection: skills, who holds what, and the safe apply. */
public final class TuningService {
    private final GenesysGateway gateway;
    private final SkillApplier applier;
    private final Consumer<SkillOutcome> applied;

    /** @param applied told of every agent applied (the change webhook); must not block */
    public TuningService(GenesysGateway gateway, HistoryWriter audit, String actor, Clock clock,
            Consumer<SkillOutcome> applied) {
        this.gateway = gateway;
        this.applier = new SkillApplier(gateway, audit, actor, clock);
        this.applied = applied;
    }

    public List<Skill> skills() {
        return gateway.allSkills();
    }

    /** Every user's skills with proficiency (one paged listing). */
    public Map<String, List<SkillAssignment>> assignments() {
        return gateway.directory().userSkills();
    }

    public List<String> check(SkillPlan plan) {
        return applier.check(plan);
    }

    public List<SkillOutcome> apply(SkillPlan plan, BooleanSupplier cancel, Consumer<SkillOutcome> progress) {
        return applier.apply(plan, cancel, outcome -> {
            if (outcome.status() == SkillOutcome.Status.APPLIED && outcome.writes() > 0) {
                applied.accept(outcome);
            }
            progress.accept(outcome);
        });
    }
}
