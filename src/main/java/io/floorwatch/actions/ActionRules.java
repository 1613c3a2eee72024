package io.floorwatch.actions;

import java.util.ArrayList;
import java.util.List;

/**
 * What a batch needs before it may run: something to do, and a reason where one is asked for (always to log
 * agents out, and for batches larger than the size the supervisor configured). Checked before anything is sent.
 */
public final class ActionRules {
    private ActionRules() {
    }

    /** What stops the plan from running; empty when it may. */
    public static List<String> problems(ActionPlan plan, int reasonAbove) {
        List<String> problems = new ArrayList<>();
        if (plan.rows().isEmpty()) {
            problems.add("No agents selected.");
            return problems;
        }
        int sent = plan.toSend().size();
        if (sent == 0) {
            problems.add("Nothing to send: every selected agent is skipped (" + plan.rows().get(0).agentName() + ": "
                    + plan.rows().get(0).skip() + (plan.rows().size() > 1 ? ", ..." : "") + ").");
        }
        boolean noReason = plan.reason().isEmpty();
        if (noReason && plan.action().kind() == AgentAction.Kind.LOG_OUT) {
            problems.add("A reason is required to log agents out.");
        } else if (noReason && sent > reasonAbove) {
            problems.add("A reason is required for more than " + reasonAbove + " agents (" + sent + " selected).");
        }
        return problems;
    }
}
