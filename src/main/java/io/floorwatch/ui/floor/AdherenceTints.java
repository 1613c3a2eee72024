package io.floorwatch.ui.floor;

import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.Level;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Adherence cell's tint, by the same rules the alerts use (Settings > Alerts, "Out of adherence"): amber while
 * the agent is out of adherence, red once out longer than the rule for the scheduled activity allows. In
 * adherence, or not known: no tint.
 */
final class AdherenceTints {
    private AdherenceTints() {
    }

    static RowTints.Tint of(List<AlertRule> rules, Agent agent, List<String> queues, Adherence adherence,
            Instant now) {
        if (adherence == null || !adherence.out()) {
            return RowTints.Tint.NONE;
        }
        Duration out = adherence.outFor(now);
        String what = "Out of adherence " + Durations.compact(out) + ": " + adherence.actual().label()
                + ", scheduled " + adherence.scheduled().label() + " (" + adherence.impact().label()
                .toLowerCase(Locale.ROOT) + " impact).";
        Optional<AlertRule> rule = AlertRule.applyingOutOfAdherence(rules, agent, queues, adherence.scheduled());
        if (rule.isEmpty()) {
            return new RowTints.Tint(Level.WARN, what + " No rule watches " + adherence.scheduled().label() + ".");
        }
        String threshold = rule.get().thresholdSeconds() == 0 ? "at once" : "after "
                + Alert.human(rule.get().threshold());
        boolean past = out.compareTo(rule.get().threshold()) >= 0;
        return new RowTints.Tint(past ? Level.ALERT : Level.WARN, what + " Rule '" + rule.get().name() + "' alerts "
                + threshold + ".");
    }
}
