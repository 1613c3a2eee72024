package io.floorwatch.tuning;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.QueueAggregate;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The what-if projection without Genesys: which queues a plan touches, who serves them now and after, and the
 * Erlang C figures for the half hour's work. The work is the textbook case, 100 calls in 30 minutes at 3 minutes
 * (10 Erlangs) with a 20-second target: 11 agents answer 39 % in time, 14 agents 89 % (pyworkforce's published
 * example, see {@link ErlangCTest}).
 */
class WhatIfTest {
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final Map<String, String> NAMES = Map.of("q-bill", "Billing", "q-sales", "Sales", "q-none",
            "Returns");
    /** In the order the caller's samples came: the report keeps it. */
    private static final Map<String, String> SKILLS = new LinkedHashMap<>();
    /** 100 offered, 50 handled at 3 minutes each, 40 answered after 15 s on average, 70 % in target. */
    private static final QueueAggregate TEXTBOOK = new QueueAggregate("q-bill", 100, 5, 0.7, 40, 40 * 15_000.0, 50,
            50 * 180_000.0, 0.8);

    static {
        SKILLS.put("q-bill", "s-bill");
        SKILLS.put("q-sales", "s-sales");
        SKILLS.put("q-none", null);
    }

    private static SkillAssignment billing(double proficiency) {
        return new SkillAssignment("s-bill", "Billing", proficiency, SkillState.ACTIVE);
    }

    private static SkillAssignment sales() {
        return new SkillAssignment("s-sales", "Sales", 3, SkillState.ACTIVE);
    }

    private static FloorAgent agent(String id, Activity activity, String... queues) {
        return new FloorAgent(new Agent(id, "Agent " + id, "", "Team", "Agent"), activity, AT, List.of(queues));
    }

    private static SkillPlan.Agent gains(String id) {
        return new SkillPlan.Agent(id, "Agent " + id, List.of(sales()), List.of(sales(), billing(3)));
    }

    @Test
    void aPlanAddingTheQueuesSkillRaisesItsProjectedServiceLevel() {
        List<FloorAgent> floor = new ArrayList<>();
        Map<String, List<SkillAssignment>> held = new HashMap<>();
        Activity[] serving = {Activity.IDLE, Activity.INTERACTING, Activity.COMMUNICATING};
        for (int i = 1; i <= 9; i++) {
            floor.add(agent("n" + i, serving[i % 3], "Billing"));
            held.put("n" + i, List.of(billing(2)));
        }
        floor.add(agent("n10", Activity.IDLE, "q-bill")); // a member by id counts as by name
        held.put("n10", List.of(billing(4)));
        floor.add(agent("n11", Activity.NOT_RESPONDING, "Billing")); // offered nothing until they change
        floor.add(agent("n12", Activity.IDLE, "Sales")); // not a member
        floor.add(agent("n13", Activity.IDLE, "Billing")); // holds the skill, but inactive
        floor.add(agent("n14", Activity.ON_QUEUE_OFF, "Billing"));
        List.of("n11", "n12", "n14").forEach(id -> held.put(id, List.of(billing(3))));
        held.put("n13", List.of(new SkillAssignment("s-bill", "Billing", 3, SkillState.INACTIVE)));
        // The plan: three serving members gain Billing, one on a break too, one keeps it and gains a skill no queue asks for.
        List.of("p1", "p2", "p4").forEach(id -> floor.add(agent(id, Activity.IDLE, "Billing", "Sales")));
        floor.add(agent("p3", Activity.BREAK, "Billing"));
        floor.add(agent("p5", Activity.INTERACTING, "Billing"));
        // What the agents in the plan hold now is the plan's preview, not the listing read before it.
        List.of("p1", "p2", "p3", "p4").forEach(id -> held.put(id, List.of(billing(5))));
        SkillPlan plan = new SkillPlan(5, List.of(gains("p1"), gains("p2"), gains("p3"), gains("p4"),
                new SkillPlan.Agent("p5", "Agent p5", List.of(billing(2)), List.of(billing(2),
                        new SkillAssignment("s-fr", "French", 3, SkillState.ACTIVE)))));

        WhatIfReport report = WhatIfModel.report(plan, floor, NAMES, SKILLS, held, Map.of("q-bill", TEXTBOOK),
                Map.of("q-bill", 20_000L), WINDOW, AT);

        assertThat(report.model()).isEqualTo("Erlang C");
        assertThat(report.assumptions()).contains("Poisson").contains("last 30 minutes").contains("hangs up")
                .contains("this queue only").contains("first come, first served");
        assertThat(report.at()).isEqualTo(AT);
        QueueProjection billing = report.queues().stream().filter(q -> q.queueId().equals("q-bill")).findFirst()
                .orElseThrow();
        assertThat(billing.queueName()).isEqualTo("Billing");
        assertThat(billing.skillName()).isEqualTo("Billing");
        assertThat(billing.offeredPerHour()).isCloseTo(200, within(1e-9));
        assertThat(billing.ahtSeconds()).isCloseTo(180, within(1e-9));
        assertThat(billing.targetSeconds()).isEqualTo(20);
        assertThat(billing.agentsNow()).isEqualTo(11);
        assertThat(billing.agentsAfter()).isEqualTo(14);
        assertThat(billing.slNow()).isCloseTo(0.38961, within(1e-4));
        assertThat(billing.slAfter()).isCloseTo(0.8883500191794669, within(1e-6));
        assertThat(billing.asaNow()).isCloseTo(122.78, within(0.01));
        assertThat(billing.asaAfter()).isCloseTo(7.836, within(0.001));
        assertThat(billing.measuredSl()).isEqualTo(0.7);
        assertThat(billing.measuredAsa()).isCloseTo(15, within(1e-9));
        assertThat(billing.note()).isEqualTo("measured over the last 30 minutes");
        // Sales is in the plan's previews and targets alike, French no queue requires, Returns requires no known
        // skill: none is touched.
        assertThat(report.queues()).extracting(QueueProjection::queueId).containsExactly("q-bill");
    }

    @Test
    void aRemovalOrAProficiencyChangeTouchesTheQueueToo() {
        SkillPlan plan = new SkillPlan(5, List.of(
                new SkillPlan.Agent("a", "A", List.of(billing(2)), List.of()),
                new SkillPlan.Agent("b", "B", List.of(sales()), List.of(new SkillAssignment("s-sales", "Sales", 4,
                        SkillState.ACTIVE)))));
        List<FloorAgent> floor = List.of(agent("a", Activity.IDLE, "Billing"), agent("b", Activity.IDLE, "Sales"),
                agent("c", Activity.IDLE, "Billing"));
        Map<String, List<SkillAssignment>> held = Map.of("c", List.of(billing(1)));

        WhatIfReport report = WhatIfModel.report(plan, floor, NAMES, SKILLS, held, Map.of(), Map.of(), WINDOW, AT);

        assertThat(report.queues()).extracting(QueueProjection::queueId).containsExactly("q-bill", "q-sales");
        QueueProjection billing = report.queues().get(0);
        assertThat(billing.agentsNow()).isEqualTo(2);
        assertThat(billing.agentsAfter()).isEqualTo(1);
        QueueProjection sales = report.queues().get(1);
        assertThat(sales.agentsNow()).isEqualTo(1);
        assertThat(sales.agentsAfter()).isEqualTo(1);
    }

    @Test
    void withoutHandledWorkOrATargetTheProjectionSaysWhatIsMissing() {
        QueueProjection nothing = WhatIfModel.queue("q-bill", "Billing", "Billing", null, null, WINDOW, 3, 4);

        assertThat(nothing.offeredPerHour()).isZero();
        assertThat(nothing.ahtSeconds()).isNull();
        assertThat(nothing.slNow()).isNull();
        assertThat(nothing.asaAfter()).isNull();
        assertThat(nothing.measuredSl()).isNull();
        assertThat(nothing.targetSeconds()).isEqualTo(20);
        assertThat(nothing.note()).isEqualTo("the queue sets no service-level time for calls: 20 s assumed; "
                + "nothing handled in the last 30 minutes: no handle time to project with; "
                + "measured over the last 30 minutes");
    }

    @Test
    void tooFewAgentsNowIsOverloadedNotAFigure() {
        QueueProjection short8 = WhatIfModel.queue("q-bill", "Billing", "Billing", TEXTBOOK, 20_000L, WINDOW, 8, 14);

        assertThat(short8.overloadedNow()).isTrue();
        assertThat(short8.slNow()).isZero();
        assertThat(short8.asaNow()).isNull();
        assertThat(short8.overloadedAfter()).isFalse();
        assertThat(short8.slAfter()).isCloseTo(0.88835, within(1e-5));
    }

    @Test
    void aTimeBoxsMeasureReplacesTheHalfHourBeforeItAndKeepsTheRestOfTheNote() {
        QueueProjection projected = WhatIfModel.queue("q-bill", "Billing", "Billing", TEXTBOOK, null, WINDOW, 11, 14);
        QueueAggregate during = new QueueAggregate("q-bill", 120, 2, 0.86, 110, 110 * 6_000.0, 100,
                100 * 170_000.0, 0.8);
        Instant from = AT.plusSeconds(60);
        Instant to = from.plus(Duration.ofHours(2));

        QueueProjection measured = WhatIfModel.measured(projected, during, from, to);

        assertThat(measured.measuredSl()).isEqualTo(0.86);
        assertThat(measured.measuredAsa()).isCloseTo(6, within(1e-9));
        assertThat(measured.slAfter()).isEqualTo(projected.slAfter());
        assertThat(measured.note()).isEqualTo("the queue sets no service-level time for calls: 20 s assumed; "
                + "measured from 2026-12-07T10:01:00Z to 2026-12-07T12:01:00Z");
        assertThat(WhatIfModel.measured(projected, null, from, to).measuredSl()).isNull();
    }

    @Test
    void onlyRoutedAgentsOnQueueServe() {
        assertThat(List.of(Activity.values())).filteredOn(WhatIfModel::serves)
                .containsExactlyInAnyOrder(Activity.IDLE, Activity.INTERACTING, Activity.COMMUNICATING);
    }
}
