package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.Level;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Why a floor row is tinted, from the alert rules (Settings > Alerts, the one place thresholds are set) and the
 * alerts raised: red when the agent has an active alert ({@link #ofAlert}), or is past the threshold of a rule that
 * applies; amber from three quarters of that threshold, or past an "idle while work waits" threshold with no work
 * waiting. The rule that applies is the monitor's: for each condition, the first enabled rule whose scope takes the
 * agent.
 */
public final class RowTints {
    /** The share of a rule's threshold from which a row turns amber. */
    static final double WARN_SHARE = 0.75;

    /** A row's tint and the sentence its tooltip says; {@link #NONE} for an untinted row. */
    public record Tint(Level level, String why) {
        public static final Tint NONE = new Tint(Level.OK, "");
    }

    private RowTints() {
    }

    /** The tint by the alert rules' thresholds for the state the agent has been in for {@code inState}. */
    public static Tint of(List<AlertRule> rules, Agent agent, List<String> queues, Activity activity,
            Duration inState) {
        Tint tint = Tint.NONE;
        for (AlertRule rule : applying(rules, agent, queues, activity)) {
            Tint byRule = byRule(rule, activity, inState);
            if (byRule.level().ordinal() > tint.level().ordinal()) {
                tint = byRule;
            }
        }
        return tint;
    }

    /**
     * The tint of an agent with an active alert: red whatever the rules say, and for how long what it is about has
     * lasted: a hold's own time for a long hold, not the time the agent has been interacting.
     */
    public static Tint ofAlert(Alert active, Instant now) {
        String spent = Durations.compact(active.inState(now));
        String spell = switch (active.condition()) {
            case LONG_HOLD -> "on hold " + spent;
            case LONG_ACW -> "in after-call work " + spent;
            case LONG_INTERACTION -> "handled " + spent;
            case OVER_CAPACITY -> "over capacity for " + spent;
            default -> active.condition().label() + ", " + spent;
        };
        return new Tint(Level.ALERT, "Alert: " + active.ruleName() + " (" + spell + " so far). The alert center has "
                + "it.");
    }

    /** The worse of two tints; when both are as bad (and not OK), one tint whose tooltip says both. */
    static Tint worse(Tint one, Tint other) {
        int order = other.level().compareTo(one.level());
        if (order == 0 && one.level() != Level.OK) {
            return new Tint(one.level(), one.why() + "\n" + other.why());
        }
        return order > 0 ? other : one;
    }

    private static Tint byRule(AlertRule rule, Activity activity, Duration inState) {
        String threshold = rule.thresholdSeconds() == 0 ? "at once" : Alert.human(rule.threshold());
        String spell = activity.label() + " " + Durations.compact(inState);
        if (inState.compareTo(rule.threshold()) >= 0) {
            if (rule.condition().needsWaitingQueue()) {
                return new Tint(Level.WARN, spell + ": past the rule '" + rule.name() + "' (" + threshold
                        + "), which alerts once one of the agent's queues has work waiting.");
            }
            return new Tint(Level.ALERT, spell + ": past the rule '" + rule.name() + "' (" + threshold + ").");
        }
        if (inState.toMillis() >= rule.threshold().toMillis() * WARN_SHARE) {
            return new Tint(Level.WARN, spell + ": nearing the rule '" + rule.name() + "' (" + threshold + ").");
        }
        return Tint.NONE;
    }

    /** The rules that apply to the agent doing this, shortest threshold first (the monitor's choice). */
    static List<AlertRule> applying(List<AlertRule> rules, Agent agent, List<String> queues, Activity activity) {
        return AlertRule.applying(rules.stream().filter(r -> r.condition().activity() == activity).toList(), agent,
                queues);
    }
}
