package io.floorwatch.actions;

import java.util.List;
import java.util.Objects;

/**
 * A previewed batch: the action, the supervisor's reason, and every agent with what they have now and what they
 * would have after. Rows with a {@code skip} are not sent, and say why.
 */
public record ActionPlan(AgentAction action, String reason, List<Row> rows) {
    public ActionPlan {
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason.trim();
        rows = List.copyOf(rows);
    }

    /**
     * One agent.
     *
     * @param now   the agent's state now, as a fact compared before writing (a presence definition id, "joined")
     * @param shown the state now as a person reads it ("Break", "joined")
     * @param to    the state to write, as the same kind of fact (the action's target, or for an undo the agent's
     *              own state before)
     * @param after the state after, as a person reads it
     * @param skip  why the agent is left out (already so, not a member, not found), or null
     */
    public record Row(String agentId, String agentName, String now, String shown, String to, String after,
            String skip) {
        public boolean sent() {
            return skip == null;
        }
    }

    public ActionPlan withReason(String newReason) {
        return new ActionPlan(action, newReason, rows);
    }

    /** The rows that would be sent. */
    public List<Row> toSend() {
        return rows.stream().filter(Row::sent).toList();
    }
}
