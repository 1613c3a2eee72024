package io.floorwatch.timebox;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.history.AuditHistory;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.InMemorySkills;
import io.floorwatch.testkit.MovableClock;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The time-box scheduler with the test clock: due, late, missed, cancelled, ended now, overlapping, resumed. */
class TimeBoxRunnerTest {
    private static final Instant T0 = Instant.parse("2026-12-07T13:00:00Z");
    private static final SkillAssignment SPANISH = new SkillAssignment("s-es", "Spanish", 3.0, SkillState.ACTIVE);
    private static final SkillAssignment BILLING = new SkillAssignment("s-bill", "Billing", 2.5, SkillState.ACTIVE);
    private static final SkillAssignment BILLING_4 = new SkillAssignment("s-bill", "Billing", 4.0,
            SkillState.ACTIVE);

    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock(T0);
    private final InMemorySkills org = new InMemorySkills("https://api.example.test client demo");
    private final List<String> notices = new ArrayList<>();
    private HistoryStore history;
    private TimeBoxes boxes;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), clock);
        boxes = new TimeBoxes(history.timeBoxes(), history.writer(), clock, (json, what) -> notices.add(json));
        org.held.put("a-1", List.of(SPANISH));
        org.held.put("a-2", List.of());
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static SkillPlan plan(String... agentIds) {
        List<SkillPlan.Agent> agents = new ArrayList<>();
        for (String id : agentIds) {
            List<SkillAssignment> preview = id.equals("a-1") ? List.of(SPANISH) : List.of();
            List<SkillAssignment> target = new ArrayList<>(preview);
            target.add(BILLING);
            agents.add(new SkillPlan.Agent(id, "Agent " + id, preview, target));
        }
        return new SkillPlan(5, agents);
    }

    private TimeBox schedule(SkillPlan plan, Duration in, Duration length) {
        Instant start = T0.plus(in);
        return boxes.schedule(new TimeBoxRequest("Hot queue", plan, in.isZero() ? null : start, start.plus(length),
                ""), org);
    }

    private List<TimeBox> tick() {
        return boxes.runner("test").tick(org, () -> false);
    }

    private TimeBox now(TimeBox box) {
        return boxes.find(box.id()).orElseThrow();
    }

    @Test
    void aBoxStartsWhenDueAndPutsEveryAgentBackAtItsEnd() {
        TimeBox box = schedule(plan("a-1", "a-2"), Duration.ofMinutes(10), Duration.ofHours(2));
        assertThat(tick()).isEmpty();
        assertThat(org.held.get("a-1")).containsExactly(SPANISH);

        clock.advance(Duration.ofMinutes(10));
        assertThat(tick()).extracting(TimeBox::state).containsExactly(TimeBoxState.RUNNING);
        assertThat(org.held.get("a-1")).containsExactly(SPANISH, BILLING);
        assertThat(org.held.get("a-2")).containsExactly(BILLING);
        assertThat(now(box).note()).isEmpty();
        assertThat(now(box).revertPlan().agents()).hasSize(2);

        clock.advance(Duration.ofMinutes(119));
        assertThat(tick()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        TimeBox ended = tick().get(0);
        assertThat(ended.state()).isEqualTo(TimeBoxState.ENDED);
        assertThat(ended.endedAt()).isEqualTo(T0.plus(Duration.ofMinutes(130)));
        assertThat(org.held.get("a-1")).containsExactly(SPANISH);
        assertThat(org.held.get("a-2")).isEmpty();
        assertThat(ended.results(AgentResult.Step.END)).extracting(AgentResult::status)
                .containsOnly(SkillOutcome.Status.APPLIED);
        assertThat(ended.note()).isEmpty();
        assertThat(audited()).contains("timebox.schedule", "timebox.start", "timebox.end");
        assertThat(notices).anyMatch(n -> n.contains("\"event\":\"timebox.scheduled\""))
                .anyMatch(n -> n.contains("\"event\":\"timebox.started\""))
                .anyMatch(n -> n.contains("\"event\":\"timebox.ended\"") && n.contains("\"reverted\":2"));
    }

    @Test
    void aRevertThatFellDueWhileNothingRanHappensAtTheNextStartAndSaysItWasLate() {
        TimeBox box = schedule(plan("a-1"), Duration.ZERO, Duration.ofHours(2));
        tick();
        assertThat(now(box).state()).isEqualTo(TimeBoxState.RUNNING);

        // The desktop closed; it opens again (a new store and runner on the same file) 3 h 20 min later.
        history.close();
        clock.advance(Duration.ofMinutes(200));
        open();
        TimeBox ended = tick().get(0);
        assertThat(ended.state()).isEqualTo(TimeBoxState.ENDED);
        assertThat(ended.note()).startsWith("reverted 1 h 20 min late (due ");
        assertThat(org.held.get("a-1")).containsExactly(SPANISH);
        assertThat(notices).anyMatch(n -> n.contains("timebox.ended") && n.contains("1 h 20 min late"));
    }

    @Test
    void aStartThatFellDueWhileNothingRanIsLateAndAWholeWindowMissedAppliesNothing() {
        TimeBox late = schedule(plan("a-1"), Duration.ofHours(1), Duration.ofHours(2));
        TimeBox missed = schedule(plan("a-2"), Duration.ofMinutes(5), Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(90));
        tick();
        assertThat(now(late).state()).isEqualTo(TimeBoxState.RUNNING);
        assertThat(now(late).note()).startsWith("started 30 min late");
        assertThat(now(missed).state()).isEqualTo(TimeBoxState.MISSED);
        assertThat(now(missed).note()).contains("passed while no Floorwatch was running it; nothing was applied");
        assertThat(org.held.get("a-2")).isEmpty();
        assertThat(audited()).contains("timebox.missed");
    }

    @Test
    void aCancelledBoxWritesNothingAndOnlyAScheduledOneCanBeCancelled() {
        TimeBox box = schedule(plan("a-1"), Duration.ofMinutes(10), Duration.ofHours(1));
        TimeBox cancelled = boxes.cancel(box.id(), "Ava");
        assertThat(cancelled.state()).isEqualTo(TimeBoxState.CANCELLED);
        assertThat(cancelled.note()).isEqualTo("cancelled by Ava before its start");
        clock.advance(Duration.ofMinutes(20));
        assertThat(tick()).isEmpty();
        assertThat(org.held.get("a-1")).containsExactly(SPANISH);
        assertThatThrownBy(() -> boxes.cancel(box.id(), "Ava")).isInstanceOf(TimeBoxRefused.class)
                .hasMessageContaining("is cancelled, so it cannot be cancelled");

        TimeBox running = schedule(plan("a-1"), Duration.ZERO, Duration.ofHours(1));
        clock.advance(Duration.ofMinutes(20));
        tick();
        assertThatThrownBy(() -> boxes.cancel(running.id(), "Ava")).isInstanceOf(TimeBoxRefused.class)
                .hasMessageContaining("is running; End now puts its agents back");
    }

    @Test
    void endNowPutsTheAgentsBackAtTheNextLook() {
        TimeBox box = schedule(plan("a-1"), Duration.ZERO, Duration.ofHours(2));
        tick();
        clock.advance(Duration.ofMinutes(15));
        boxes.endNow(box.id(), "Ava");
        TimeBox ended = tick().get(0);
        assertThat(ended.state()).isEqualTo(TimeBoxState.ENDED);
        assertThat(ended.endsAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(ended.note()).startsWith("ended early by Ava");
        assertThat(org.held.get("a-1")).containsExactly(SPANISH);
        assertThat(audited()).contains("timebox.end-now");
    }

    @Test
    void twoOverlappingBoxesForOneAgentAreRefusedButAfterwardsOrForOthersAreNot() {
        schedule(plan("a-1"), Duration.ofHours(1), Duration.ofHours(2));
        assertThatThrownBy(() -> schedule(plan("a-2", "a-1"), Duration.ofHours(2), Duration.ofHours(2)))
                .isInstanceOf(TimeBoxRefused.class)
                .hasMessageContaining("Agent a-1 is already in time-box 'Hot queue'")
                .hasMessageContaining("two time-boxes may not change one agent at once");
        assertThat(boxes.list(10)).hasSize(1);
        assertThat(schedule(plan("a-2"), Duration.ofHours(2), Duration.ofHours(2)).state())
                .isEqualTo(TimeBoxState.SCHEDULED);
        assertThat(schedule(plan("a-1"), Duration.ofHours(3), Duration.ofHours(1)).state())
                .as("a window that starts when the other ends does not overlap it").isEqualTo(TimeBoxState.SCHEDULED);
    }

    @Test
    void badWindowsAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> boxes.schedule(new TimeBoxRequest("", plan("a-1"), T0.minus(Duration.ofHours(1)),
                T0.plus(Duration.ofHours(1)), ""), org)).hasMessageContaining("has passed");
        assertThatThrownBy(() -> boxes.schedule(new TimeBoxRequest("", plan("a-1"), null, T0, ""), org))
                .hasMessageContaining("must come after the start");
        assertThatThrownBy(() -> boxes.schedule(new TimeBoxRequest("", plan("a-1"), null,
                T0.plus(Duration.ofDays(8)), ""), org)).hasMessageContaining("at most 7 days");
        assertThatThrownBy(() -> boxes.schedule(new TimeBoxRequest("", plan(), null,
                T0.plus(Duration.ofHours(1)), ""), org)).hasMessageContaining("the plan changes no agent");
        assertThat(boxes.list(10)).isEmpty();
    }

    @Test
    void anAgentChangedDuringTheWindowIsReportedThreeWaysAndLeftAsItIs() {
        TimeBox box = schedule(plan("a-1", "a-2"), Duration.ZERO, Duration.ofHours(2));
        tick();
        org.held.put("a-1", List.of(SPANISH, BILLING_4)); // another supervisor, during the window
        clock.advance(Duration.ofHours(2));
        TimeBox ended = tick().get(0);
        assertThat(org.held.get("a-1")).containsExactly(SPANISH, BILLING_4);
        assertThat(org.held.get("a-2")).isEmpty();
        assertThat(ended.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.agentId()).isEqualTo("a-1");
            assertThat(c.before()).containsExactly(SPANISH);
            assertThat(c.ours()).containsExactly(SPANISH, BILLING);
            assertThat(c.now()).containsExactly(SPANISH, BILLING_4);
            assertThat(c.message()).contains("changed by someone else during the window");
        });
        assertThat(now(box).conflicts()).hasSize(1);
        assertThat(notices).anyMatch(n -> n.contains("timebox.ended") && n.contains("\"setByTimeBox\"")
                && n.contains("\"proficiency\":4.0"));
    }

    @Test
    void aRunnerHoldingTheLeaseKeepsAnotherOffAndAStoppedStartIsResumedWithTheOriginalSkills() {
        TimeBox box = schedule(plan("a-1", "a-2"), Duration.ZERO, Duration.ofHours(1));
        assertThat(history.timeBoxes().lease(box.id(), "other runner", T0, T0.plus(Duration.ofMinutes(2)))).isTrue();
        assertThat(tick()).isEmpty();
        assertThat(org.held.get("a-1")).containsExactly(SPANISH);

        // The other runner stopped after one agent without a word: its lease lapses and this one resumes.
        org.stopAfter(1);
        history.timeBoxes().release(box.id(), "other runner");
        tick();
        assertThat(now(box).state()).isEqualTo(TimeBoxState.SCHEDULED);
        assertThat(now(box).results(AgentResult.Step.START)).hasSize(1);
        org.stopAfter(-1);
        clock.advance(Duration.ofMinutes(3));
        assertThat(tick()).extracting(TimeBox::state).containsExactly(TimeBoxState.RUNNING);
        assertThat(now(box).note()).contains("its start was resumed");
        assertThat(now(box).revertPlan().agents()).extracting(SkillPlan.Agent::agentId)
                .containsExactlyInAnyOrder("a-1", "a-2");
        clock.advance(Duration.ofHours(1));
        tick();
        assertThat(org.held.get("a-1")).containsExactly(SPANISH);
        assertThat(org.held.get("a-2")).isEmpty();
    }

    @Test
    void theEndMeasuresTheWindowWhenThereWasAProjection() {
        TimeBox box = boxes.schedule(new TimeBoxRequest("Hot", plan("a-1"), null, T0.plus(Duration.ofHours(2)),
                "{\"model\":\"Erlang C\"}"), org);
        tick();
        clock.advance(Duration.ofHours(2));
        assertThat(tick().get(0).report()).isEqualTo("{\"model\":\"Erlang C\"}");
        assertThat(org.measured).as("the window it ran").containsExactly(T0 + "/" + T0.plus(Duration.ofHours(2)));
        assertThat(now(box).report()).isNotEmpty();
    }

    private List<String> audited() {
        history.writer().flush(Duration.ofSeconds(10));
        return history.audit().page("timebox", Long.MAX_VALUE, 100).stream().map(r -> r.entry().action()).toList();
    }
}
