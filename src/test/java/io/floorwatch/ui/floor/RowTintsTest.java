package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.ui.common.Level;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Row tints follow the alert rules and the raised alerts, and each says why. */
class RowTintsTest {
    private static final Agent ADA = new Agent("u-ada", "Ada Lovelace", "", "Team Aurora", "Agent");
    private static final Agent SAM = new Agent("u-sam", "Sam Boss", "", "Team Aurora", "Supervisor");
    private static final List<AlertRule> RULES = AlertRule.defaults();

    private static RowTints.Tint tint(Agent agent, Activity activity, Duration inState) {
        return RowTints.of(RULES, agent, List.of("Billing"), activity, inState);
    }

    @Test
    void aBreakTurnsAmberAtThreeQuartersOfItsRuleAndRedPastIt() {
        assertThat(tint(ADA, Activity.BREAK, Duration.ofMinutes(11)).level()).isEqualTo(Level.OK);
        RowTints.Tint nearing = tint(ADA, Activity.BREAK, Duration.ofMinutes(12));
        assertThat(nearing.level()).isEqualTo(Level.WARN);
        assertThat(nearing.why()).isEqualTo("Break 12:00: nearing the rule 'Long break' (15 min).");
        RowTints.Tint past = tint(ADA, Activity.BREAK, Duration.ofMinutes(16));
        assertThat(past.level()).isEqualTo(Level.ALERT);
        assertThat(past.why()).isEqualTo("Break 16:00: past the rule 'Long break' (15 min).");
    }

    @Test
    void theRuleThatAppliesIsTheMonitorsSoASupervisorsBreakHasItsOwnThreshold() {
        assertThat(tint(SAM, Activity.BREAK, Duration.ofMinutes(20)).level()).isEqualTo(Level.OK);
        assertThat(tint(SAM, Activity.BREAK, Duration.ofMinutes(61)).why()).contains("'Long break (supervisors)'");
    }

    @Test
    void idlePastTheWorkWaitsRuleIsAmberAndSaysItAlertsOnlyWhenWorkWaits() {
        RowTints.Tint idle = tint(ADA, Activity.IDLE, Duration.ofMinutes(18));
        assertThat(idle.level()).as("no alert fires while nothing waits: not red").isEqualTo(Level.WARN);
        assertThat(idle.why()).contains("past the rule 'Idle while work waits' (10 min)", "has work waiting");
    }

    @Test
    void anActiveAlertIsRedWhateverTheRulesAndStatesWithoutARuleAreNotTinted() {
        Instant since = Instant.parse("2026-12-01T09:00:00Z");
        Alert alert = new Alert("a1", "u-ada", "Ada Lovelace", "Team Aurora", "Idle while work waits",
                AlertCondition.IDLE_WHILE_WORK_WAITS, 600, since, since.plusSeconds(600), AlertStatus.RAISED, "", null,
                "", null, null, 0, since.plusSeconds(600));
        RowTints.Tint alerted = RowTints.ofAlert(alert, since.plusSeconds(660));
        assertThat(alerted.level()).isEqualTo(Level.ALERT);
        assertThat(alerted.why()).isEqualTo("Alert: Idle while work waits (Idle on queue while work waits, 11:00 so "
                + "far). The alert center has it.");

        assertThat(tint(ADA, Activity.MEETING, Duration.ofHours(3))).isEqualTo(RowTints.Tint.NONE);
        List<AlertRule> breaksOff = RULES.stream().map(r -> r.condition() == AlertCondition.BREAK
                ? new AlertRule(r.name(), r.condition(), r.thresholdSeconds(), r.teams(), r.queues(), r.roles(), false,
                        r.quiet()) : r).toList();
        assertThat(RowTints.of(breaksOff, ADA, List.of(), Activity.BREAK, Duration.ofHours(1)).level())
                .as("a rule switched off tints nothing").isEqualTo(Level.OK);
    }

    @Test
    void notRespondingIsRedAtOnce() {
        RowTints.Tint tint = tint(ADA, Activity.NOT_RESPONDING, Duration.ofSeconds(2));
        assertThat(tint.level()).isEqualTo(Level.ALERT);
        assertThat(tint.why()).isEqualTo("Not responding 2 s: past the rule 'Not responding' (at once).");
    }
}
