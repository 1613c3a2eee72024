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
 * The Adherence cell's tint, by the same rules the alerts use (Settings > Alerts, "Out of adherence") and as the
 * rows are tinted: amber from three quarters of the rule's threshold for the scheduled activity, red past it. Out
 * for less, in adherence, or not known: no tint (the tooltip still says what and why).
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
            return new RowTints.Tint(Level.OK, what + " No rule watches " + adherence.scheduled().label() + ".");
        }
        String threshold = rule.get().thresholdSeconds() == 0 ? "at once" : "after "
                + Alert.human(rule.get().threshold());
        long seconds = out.toSeconds();
        Level level = seconds >= rule.get().thresholdSeconds() ? Level.ALERT
                : seconds >= rule.get().thresholdSeconds() * RowTints.WARN_SHARE ? Level.WARN : Level.OK;
        return new RowTints.Tint(level, what + " Rule '" + rule.get().name() + "' alerts " + threshold + ".");
    }
}
