package io.floorwatch.emulator.sim;

import io.floorwatch.app.DemoSettings;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.org.AdherenceRules;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.EmWorkforce;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default's schedules and adherence over a simulated day from eleven to six: every agent has a
 * published shift, most follow it (they take their breaks and meals), some come back late or step away, some
 * leave early; every change of adherence is told, and what the workforce holds is what the rules say.
 */
class WorkforceDayTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final Emulator emulator = new Emulator(DemoSettings.emulator().withSimulation(false), clock);
    private final Simulator simulator = emulator.simulator();
    private final EmWorkforce workforce = emulator.org().workforce();

    @AfterEach
    void close() {
        emulator.close();
    }

    /** How long before the end of the agent's shift (their last activity of the day) the record changed. */
    private long minutesBeforeShiftEnd(Adherence a) {
        AgentSchedule schedule = workforce.schedule(a.userId()).orElseThrow();
        Instant end = schedule.at(a.changedAt()).map(activity -> {
            Instant last = activity.end();
            while (schedule.at(last).isPresent()) {
                last = schedule.at(last).get().end();
            }
            return last;
        }).orElse(a.changedAt());
        return Duration.between(a.changedAt(), end).toMinutes();
    }

    @Test
    void agentsMostlyKeepToTheirSchedulesAndTheirDeviationsAreTold() {
        List<Adherence> told = new ArrayList<>();
        workforce.addListener((adherence, user) -> told.add(adherence));
        simulator.tick(clock.millis());
        List<EmUser> users = emulator.org().users();
        assertThat(users).allSatisfy(u -> {
            AgentSchedule schedule = workforce.schedule(u.id()).orElseThrow();
            assertThat(schedule.activities()).extracting(a -> a.category())
                    .contains(ActivityCategory.BREAK, ActivityCategory.MEAL, ActivityCategory.ON_QUEUE_WORK);
            assertThat(workforce.unitOf(u.id())).as("in a management unit").isPresent();
        });
        Map<String, Long> outSince = new HashMap<>();
        long longestLateBackSeconds = 0;
        boolean steppedAway = false;
        long scheduledOnBreak = 0;
        long onBreakAsScheduled = 0;
        long judged = 0;
        long inAdherence = 0;
        for (int s = 1; s <= 7 * 3600; s++) {
            clock.advance(Duration.ofSeconds(1));
            simulator.tick(clock.millis());
            if (s % 60 != 0) {
                continue;
            }
            Instant now = clock.instant();
            for (EmUser user : users) {
                if (emulator.plan().behaviourOf(user.id()) != FloorPlan.Behaviour.NORMAL) {
                    continue;
                }
                Adherence a = workforce.adherence(user.id()).orElseThrow();
                EmUser.Status status = user.status();
                ActivityCategory scheduled = workforce.schedule(user.id()).orElseThrow().categoryAt(now);
                assertThat(a.scheduled()).as("%s at %s", user.name(), now).isEqualTo(scheduled);
                AdherenceRules.Verdict verdict = AdherenceRules.judge(scheduled, status.presence(),
                        status.routingStatus());
                assertThat(a.state()).as("%s at %s", user.name(), now).isEqualTo(verdict.state());
                if (scheduled != ActivityCategory.UNSCHEDULED) {
                    judged++;
                    inAdherence += a.state() == AdherenceState.IN_ADHERENCE ? 1 : 0;
                }
                if (scheduled == ActivityCategory.BREAK) {
                    scheduledOnBreak++;
                    onBreakAsScheduled += status.presence() == SystemPresence.BREAK ? 1 : 0;
                }
                if (a.out()) {
                    outSince.putIfAbsent(user.id(), a.changedAt().getEpochSecond());
                    if (scheduled.onQueue() && (a.actual() == ActivityCategory.BREAK
                            || a.actual() == ActivityCategory.MEAL)) {
                        longestLateBackSeconds = Math.max(longestLateBackSeconds, a.outFor(now).toSeconds());
                        assertThat(a.impact()).isEqualTo(AdherenceImpact.NEGATIVE);
                    }
                    steppedAway |= scheduled.onQueue() && a.actual() == ActivityCategory.OFF_QUEUE_WORK;
                } else {
                    outSince.remove(user.id());
                }
            }
        }
        assertThat(judged).isPositive();
        assertThat((double) inAdherence / judged).as("share of scheduled time in adherence").isBetween(0.8, 0.99);
        assertThat((double) onBreakAsScheduled / scheduledOnBreak).as("breaks taken as scheduled").isGreaterThan(0.7);
        assertThat(longestLateBackSeconds).as("someone came back from a break or meal minutes late")
                .isGreaterThan(180);
        assertThat(steppedAway).as("someone stepped away while scheduled on queue").isTrue();
        assertThat(told).as("adherence changes were told").hasSizeGreaterThan(users.size());
        // Leaving early: off line while on-queue work is still scheduled, 20 to 60 minutes before the shift ends.
        assertThat(told).as("someone left before the end of their shift").anyMatch(a -> a.out()
                && a.actual() == ActivityCategory.UNAVAILABLE && a.scheduled().onQueue()
                && minutesBeforeShiftEnd(a) >= 19 && minutesBeforeShiftEnd(a) <= 61);
        assertThat(told).as("shifts end and agents go off line, in adherence").anyMatch(a -> a.scheduled()
                == ActivityCategory.UNSCHEDULED && a.state() == AdherenceState.IN_ADHERENCE
                && a.actual() == ActivityCategory.UNAVAILABLE);
    }
}
