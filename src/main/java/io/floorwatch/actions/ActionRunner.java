package io.floorwatch.actions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.genesys.AgentControls;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.AuditTrail;
import io.floorwatch.history.HistoryWriter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a previewed batch. The agents go in chunks of {@value AgentControls#MAX_JOINS_PER_CALL}: for each chunk
 * the facts the preview showed are read again in one call (users in bulk, or the queue's members), an agent whose
 * fact changed is skipped, and the rest are written: one call per agent for a presence or a log out, one bulk
 * call per chunk for a join or leave. Every call goes through the gateway, so the rate budget paces the batch and a
 * 429 waits as Genesys asks. Each agent's write is audited; a cancel stops before the next agent.
 */
public final class ActionRunner {
    private final GenesysGateway gateway;
    private final AgentControls controls;
    private final ActionPlanner planner;
    private final AuditTrail trail;

    public ActionRunner(GenesysGateway gateway, HistoryWriter audit, String actor, Clock clock) {
        this.gateway = gateway;
        this.controls = gateway.agentControls();
        this.planner = new ActionPlanner(gateway);
        this.trail = new AuditTrail(audit, actor, clock);
    }

    /** What became of every agent of a batch, in the plan's order. */
    public record BatchResult(ActionPlan plan, List<ActionOutcome> outcomes) {
        public BatchResult {
            outcomes = List.copyOf(outcomes);
        }

        public long count(ActionOutcome.Status status) {
            return outcomes.stream().filter(o -> o.status() == status).count();
        }

        /** "12 done, 1 skipped, 2 refused". */
        public String summary() {
            List<String> parts = new ArrayList<>();
            for (ActionOutcome.Status status : ActionOutcome.Status.values()) {
                long n = count(status);
                if (n > 0) {
                    parts.add(n + " " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
            }
            return parts.isEmpty() ? "nothing" : String.join(", ", parts);
        }
    }

    public BatchResult run(ActionPlan plan, BooleanSupplier cancel, Consumer<ActionOutcome> progress) {
        List<ActionOutcome> outcomes = new ArrayList<>();
        List<ActionPlan.Row> rows = plan.rows();
        for (ActionPlan.Row row : rows) {
            if (!row.sent()) {
                report(outcomes, progress, new ActionOutcome(row, ActionOutcome.Status.SKIPPED, row.now(), row.skip(),
                        0));
            }
        }
        List<ActionPlan.Row> toSend = plan.toSend();
        for (int from = 0; from < toSend.size(); from += AgentControls.MAX_JOINS_PER_CALL) {
            List<ActionPlan.Row> chunk = toSend.subList(from, Math.min(toSend.size(),
                    from + AgentControls.MAX_JOINS_PER_CALL));
            if (cancel.getAsBoolean()) {
                chunk.forEach(row -> report(outcomes, progress, notRun(row)));
                continue;
            }
            runChunk(plan, chunk, cancel, outcomes, progress);
        }
        return new BatchResult(plan, order(plan, outcomes));
    }

    /**
     * The batch that puts back what this one changed: each agent that was done goes back to the presence or the
     * joined state they had, and is skipped if it changed again since. None for a log out.
     */
    public Optional<ActionPlan> undoOf(BatchResult result) {
        AgentAction action = result.plan().action();
        if (!action.undoable()) {
            return Optional.empty();
        }
        AgentAction undo = switch (action.kind()) {
            case JOIN -> AgentAction.leave(action.targetId(), action.targetName());
            case LEAVE -> AgentAction.join(action.targetId(), action.targetName());
            default -> AgentAction.presence("", "the presence each agent had");
        };
        List<ActionPlan.Row> rows = new ArrayList<>();
        for (ActionOutcome outcome : result.outcomes()) {
            ActionPlan.Row row = outcome.row();
            if (outcome.status() == ActionOutcome.Status.DONE) {
                rows.add(new ActionPlan.Row(row.agentId(), row.agentName(), row.to(), row.after(), row.now(),
                        row.shown(), null));
            }
        }
        return Optional.of(new ActionPlan(undo, "undo: " + result.plan().reason(), rows));
    }

    private void runChunk(ActionPlan plan, List<ActionPlan.Row> chunk, BooleanSupplier cancel,
            List<ActionOutcome> outcomes, Consumer<ActionOutcome> progress) {
        AgentAction action = plan.action();
        Map<String, String> facts;
        try {
            facts = freshFacts(action, chunk);
        } catch (GenesysException e) {
            chunk.forEach(row -> report(outcomes, progress, new ActionOutcome(row, ActionOutcome.Status.FAILED, "",
                    "reading the agents again before writing failed: " + e.describe(), 0)));
            return;
        }
        List<ActionPlan.Row> unchanged = new ArrayList<>();
        for (ActionPlan.Row row : chunk) {
            String now = facts.get(row.agentId());
            if (now == null) {
                report(outcomes, progress, new ActionOutcome(row, ActionOutcome.Status.SKIPPED, "",
                        "no longer found since the preview", 0));
            } else if (!now.equals(row.now())) {
                report(outcomes, progress, new ActionOutcome(row, ActionOutcome.Status.SKIPPED, now,
                        "changed since the preview; left as it is now", 0));
            } else {
                unchanged.add(row);
            }
        }
        if (action.onMembership()) {
            if (!unchanged.isEmpty()) {
                writeJoins(plan, unchanged, outcomes, progress);
            }
            return;
        }
        for (ActionPlan.Row row : unchanged) {
            if (cancel.getAsBoolean()) {
                report(outcomes, progress, notRun(row));
                continue;
            }
            long start = System.nanoTime();
            try {
                if (action.kind() == AgentAction.Kind.LOG_OUT) {
                    controls.logOut(row.agentId());
                } else {
                    controls.setPresence(row.agentId(), row.to());
                }
                done(plan, row, AuditTrail.millisSince(start), outcomes, progress);
            } catch (GenesysException e) {
                failed(plan, row, e, AuditTrail.millisSince(start), outcomes, progress);
            }
        }
    }

    private void writeJoins(ActionPlan plan, List<ActionPlan.Row> rows, List<ActionOutcome> outcomes,
            Consumer<ActionOutcome> progress) {
        boolean joined = ActionPlanner.JOINED.equals(rows.get(0).to());
        long start = System.nanoTime();
        try {
            controls.setJoined(plan.action().targetId(), rows.stream().map(ActionPlan.Row::agentId).toList(), joined);
            long latency = AuditTrail.millisSince(start);
            rows.forEach(row -> done(plan, row, latency, outcomes, progress));
        } catch (GenesysException e) {
            long latency = AuditTrail.millisSince(start);
            rows.forEach(row -> failed(plan, row, e, latency, outcomes, progress));
        }
    }

    private Map<String, String> freshFacts(AgentAction action, List<ActionPlan.Row> chunk) {
        Map<String, String> facts = new HashMap<>();
        if (action.onMembership()) {
            Map<String, QueueMember> members = planner.members(action.targetId());
            members.forEach((id, member) -> facts.put(id, ActionPlanner.joined(member)));
        } else {
            Map<String, AgentState> states = planner.states(chunk.stream().map(ActionPlan.Row::agentId).toList());
            states.forEach((id, state) -> facts.put(id, ActionPlanner.presenceFact(state)));
        }
        return facts;
    }

    private void done(ActionPlan plan, ActionPlan.Row row, long latency, List<ActionOutcome> outcomes,
            Consumer<ActionOutcome> progress) {
        audit(plan, row, AuditEntry.OK, latency);
        report(outcomes, progress, new ActionOutcome(row, ActionOutcome.Status.DONE, row.now(), "", latency));
    }

    private void failed(ActionPlan plan, ActionPlan.Row row, GenesysException e, long latency,
            List<ActionOutcome> outcomes, Consumer<ActionOutcome> progress) {
        audit(plan, row, e.describe(), latency);
        // Genesys answered and said no: the request was wrong for it or not allowed. Anything else failed.
        boolean refused = e.status() >= 400 && e.status() < 500;
        report(outcomes, progress, new ActionOutcome(row, refused ? ActionOutcome.Status.REFUSED
                : ActionOutcome.Status.FAILED, row.now(), e.describe(), latency));
    }

    private void audit(ActionPlan plan, ActionPlan.Row row, String outcome, long latency) {
        ObjectNode before = JsonMappers.COMPACT.createObjectNode();
        before.put("state", row.shown());
        ObjectNode after = JsonMappers.COMPACT.createObjectNode();
        after.put("action", plan.action().label());
        after.put("target", plan.action().targetName());
        after.put("state", row.after());
        after.put("reason", plan.reason());
        trail.record(plan.action().auditAction(), AuditTrail.named(row.agentId(), row.agentName()),
                before.toString(), after.toString(), outcome, latency);
    }

    private static ActionOutcome notRun(ActionPlan.Row row) {
        return new ActionOutcome(row, ActionOutcome.Status.NOT_RUN, row.now(), "cancelled before this agent", 0);
    }

    private static void report(List<ActionOutcome> outcomes, Consumer<ActionOutcome> progress,
            ActionOutcome outcome) {
        outcomes.add(outcome);
        progress.accept(outcome);
    }

    /** The outcomes in the plan's order of agents (skipped ones were reported first). */
    private static List<ActionOutcome> order(ActionPlan plan, List<ActionOutcome> outcomes) {
        Map<ActionPlan.Row, ActionOutcome> byRow = new IdentityHashMap<>();
        outcomes.forEach(o -> byRow.put(o.row(), o));
        return plan.rows().stream().map(byRow::get).toList();
    }
}
