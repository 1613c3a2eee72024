package io.floorwatch.monitor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.MediaType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules by activity (and the interaction rules apart), so finding what applies to an agent costs a look at a
 * few rules, not all of them. For
 * each condition the first enabled rule (in the settings' order) whose scope covers the agent applies; an
 * activity can have several conditions (idle on queue, idle while work waits), tried in threshold order.
 */
final class RuleBook {
    private final Map<Activity, List<AlertRule>> byActivity = new EnumMap<>(Activity.class);

    /** The interaction rules, in the settings' order. */
    private final List<AlertRule> interactionRules = new ArrayList<>();
    /** The adherence rules, in the settings' order. */
    private final List<AlertRule> adherenceRules = new ArrayList<>();

    RuleBook(List<AlertRule> rules) {
        for (AlertRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            if (rule.condition().interaction()) {
                interactionRules.add(rule);
            } else if (rule.condition().adherence()) {
                adherenceRules.add(rule);
            } else {
                byActivity.computeIfAbsent(rule.condition().activity(), a -> new ArrayList<>()).add(rule);
            }
        }
    }

    /** The rule that applies to this agent's interaction of {@code media} for {@code condition}, if any. */
    List<AlertRule> candidates(Agent agent, List<String> queues, AlertCondition condition, MediaType media) {
        return AlertRule.applying(interactionRules, condition, agent, queues, media).map(List::of).orElse(List.of());
    }

    /** The rule that applies to this agent out of adherence while {@code scheduled} is scheduled, if any. */
    List<AlertRule> candidates(Agent agent, List<String> queues, ActivityCategory scheduled) {
        return AlertRule.applyingOutOfAdherence(adherenceRules, agent, queues, scheduled).map(List::of)
                .orElse(List.of());
    }

    /** The rules that apply to this agent doing this, shortest threshold first. */
    List<AlertRule> candidates(Agent agent, List<String> queues, Activity activity) {
        List<AlertRule> rules = byActivity.get(activity);
        if (rules == null) {
            return List.of();
        }
        return AlertRule.applying(rules, agent, queues);
    }
}
