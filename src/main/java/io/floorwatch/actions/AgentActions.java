package io.floorwatch.actions;

import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the window asks of the org to act on agents, on one connection: the presences to choose from, previews,
 * runs, and the undo of the last batch. Blocking: call it off the FX thread.
 */
public final class AgentActions {
    private final GenesysGateway gateway;
    private final ActionPlanner planner;
    private final ActionRunner runner;
    private final Consumer<ActionRunner.BatchResult> finished;
    private final AtomicReference<ActionRunner.BatchResult> last = new AtomicReference<>();

    /** @param finished told of every batch that wrote something (the change webhook); must not block */
    public AgentActions(GenesysGateway gateway, HistoryWriter audit, String actor, Clock clock,
            Consumer<ActionRunner.BatchResult> finished) {
        this.gateway = gateway;
        this.planner = new ActionPlanner(gateway);
        this.runner = new ActionRunner(gateway, audit, actor, clock);
        this.finished = finished;
    }

    public List<PresenceDefinition> presences() {
        return planner.presences();
    }

    /** The queue's members with their joined state and routing status. */
    public List<QueueMember> members(String queueId) {
        return gateway.queueMembers(queueId);
    }

    public ActionPlan preview(AgentAction action, List<ActionPlanner.Target> agents, String reason) {
        return planner.plan(action, agents, reason);
    }

    /** Runs the plan; a batch that wrote something becomes the one {@link #undoLast} puts back. */
    public ActionRunner.BatchResult run(ActionPlan plan, BooleanSupplier cancel, Consumer<ActionOutcome> progress) {
        ActionRunner.BatchResult result = runner.run(plan, cancel, progress);
        if (result.count(ActionOutcome.Status.DONE) > 0) {
            last.set(result);
            finished.accept(result);
        }
        return result;
    }

    /**
     * The undo of the last batch: each agent it changed, back to what they had. Empty when there is none, or when
     * it was a log out. An agent changed again since is skipped when the undo runs.
     */
    public Optional<ActionPlan> undoLast() {
        ActionRunner.BatchResult result = last.get();
        return result == null ? Optional.empty() : runner.undoOf(result);
    }

    /** Runs an undo from {@link #undoLast}; afterwards there is nothing left to undo. */
    public ActionRunner.BatchResult undo(ActionPlan undo, BooleanSupplier cancel, Consumer<ActionOutcome> progress) {
        ActionRunner.BatchResult result = runner.run(undo, cancel, progress);
        last.set(null);
        if (result.count(ActionOutcome.Status.DONE) > 0) {
            finished.accept(result);
        }
        return result;
    }

    /** The last batch, for the window to say what undo would put back. */
    public Optional<ActionRunner.BatchResult> lastBatch() {
        return Optional.ofNullable(last.get());
    }
}
