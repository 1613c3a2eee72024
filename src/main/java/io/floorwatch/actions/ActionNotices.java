package io.floorwatch.actions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;

import java.time.Instant;

/**
 * The change notice of one batch for the change webhook: what was done, why, by whom, the counts, and each agent
 * with their state before and after and what became of them. One notice per batch, however many agents.
 */
public final class ActionNotices {
    private ActionNotices() {
    }

    public static String batch(ActionRunner.BatchResult result, String actor, Instant at) {
        ActionPlan plan = result.plan();
        ObjectNode notice = JsonMappers.COMPACT.createObjectNode();
        notice.put("event", "agents.action");
        notice.put("text", "Floorwatch, for " + actor + ": " + plan.action().label() + " for "
                + result.count(ActionOutcome.Status.DONE) + " of " + plan.rows().size() + " agents ("
                + result.summary() + ")" + (plan.reason().isEmpty() ? "" : ", reason: " + plan.reason()));
        notice.put("action", plan.action().label());
        notice.put("kind", plan.action().kind().name());
        notice.put("target", plan.action().targetId());
        notice.put("reason", plan.reason());
        ArrayNode agents = notice.putArray("agents");
        for (ActionOutcome outcome : result.outcomes()) {
            ObjectNode agent = agents.addObject();
            agent.put("id", outcome.row().agentId());
            agent.put("name", outcome.row().agentName());
            agent.put("before", outcome.row().shown());
            agent.put("after", outcome.row().after());
            agent.put("outcome", outcome.status().name());
            agent.put("detail", outcome.detail());
        }
        notice.put("actor", actor);
        notice.put("at", at.toString());
        return notice.toString();
    }
}
