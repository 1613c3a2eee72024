package io.floorwatch.tuning;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if projection against the emulator: forty minutes of simulated work, then a plan giving a queue's skill
 * to two of its members on queue who lack it. The projection reads the half hour's aggregates and the queue's
 * service-level time, counts two more agents after, and gives finite figures; the time-box's measure reads the
 * same queue again over its span.
 */
class WhatIfIT {
    private static final Duration WORKED = Duration.ofMinutes(40);

    @Test
    void aPlanGivingAQueuesSkillToMoreMembersProjectsMoreAgentsAndFiniteFigures() {
        try (Emulator emulator = new Emulator(TestEmulators.still(60)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"))) {
            // The still floor moves only when ticked: run it forty minutes ahead of the machine's clock, and let
            // the projection's clock stand at the end of that run (the emulator counts work by the minute it falls in).
            Instant start = Instant.now();
            Instant end = start.plus(WORKED);
            for (Instant t = start; !t.isAfter(end); t = t.plusSeconds(5)) {
                emulator.simulator().tick(t.toEpochMilli());
            }
            Map<String, Activity> activity = new HashMap<>();
            for (AgentSnapshot snapshot : gateway.allUsers()) {
                activity.put(snapshot.agent().id(), Activity.of(snapshot.state()));
            }
            Map<String, String> queueNames = new HashMap<>();
            Map<String, List<String>> queuesOf = new HashMap<>();
            for (EmQueue queue : emulator.org().queues()) {
                queueNames.put(queue.id(), queue.name());
                queue.members().stream().filter(EmQueue.Member::joined).forEach(m -> queuesOf
                        .computeIfAbsent(m.userId(), k -> new ArrayList<>()).add(queue.name()));
            }
            // The queue with the most members serving now, of those that ask for one skill.
            EmQueue queue = emulator.org().queues().stream()
                    .filter(q -> emulator.plan().queueSkills().get(q.id()).size() == 1)
                    .max(Comparator.comparingLong(q -> q.members().stream()
                            .filter(m -> m.joined() && WhatIfModel.serves(activity.get(m.userId()))).count()))
                    .orElseThrow();
            String skillId = emulator.plan().queueSkills().get(queue.id()).get(0);
            List<EmUser> gaining = queue.members().stream()
                    .filter(m -> m.joined() && WhatIfModel.serves(activity.get(m.userId())))
                    .map(m -> emulator.org().user(m.userId()).orElseThrow()).limit(2).toList();
            assertThat(gaining).as("members of %s serving now", queue.name()).hasSize(2);
            // The generator gives members their queues' skills: take it from these two, for the plan to give back.
            gaining.forEach(u -> emulator.org().removeUserSkill(u, skillId));
            Map<String, List<SkillAssignment>> held = gateway.directory().userSkills();
            String skillName = gateway.skill(skillId).name();
            SkillPlan plan = new SkillPlan(SkillPlan.CEILING, gaining.stream().map(u -> {
                List<SkillAssignment> now = held.getOrDefault(u.id(), List.of());
                List<SkillAssignment> after = new ArrayList<>(now);
                after.add(new SkillAssignment(skillId, skillName, 3.0, SkillState.ACTIVE));
                return new SkillPlan.Agent(u.id(), u.name(), now, after);
            }).toList());
            List<FloorAgent> floor = gateway.allUsers().stream().map(s -> new FloorAgent(s.agent(),
                    activity.get(s.agent().id()), null, queuesOf.getOrDefault(s.agent().id(), List.of()))).toList();
            WhatIf whatIf = new WhatIf(gateway, Clock.fixed(end, ZoneOffset.UTC));

            WhatIfReport report = whatIf.project(plan, floor, queueNames, Map.of(queue.id(), skillId), held);

            assertThat(report.model()).isEqualTo("Erlang C");
            assertThat(report.at()).isEqualTo(end);
            assertThat(report.queues()).singleElement().satisfies(q -> {
                assertThat(q.queueName()).isEqualTo(queue.name());
                assertThat(q.skillName()).isEqualTo(skillName);
                assertThat(q.offeredPerHour()).isPositive();
                assertThat(q.ahtSeconds()).isPositive();
                assertThat(q.targetSeconds()).isEqualTo(20);
                assertThat(q.agentsAfter()).isEqualTo(q.agentsNow() + 2);
                assertThat(q.slAfter()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(q.slNow());
                assertThat(q.slNow()).isBetween(0.0, 1.0);
                assertThat(q.overloadedAfter()).isFalse();
                assertThat(q.asaAfter()).isFinite().isNotNegative();
                if (q.overloadedNow()) {
                    assertThat(q.asaNow()).isNull();
                } else {
                    assertThat(q.asaNow()).isFinite().isGreaterThanOrEqualTo(q.asaAfter());
                }
                assertThat(q.measuredSl()).isBetween(0.0, 1.0);
                assertThat(q.measuredAsa()).isNotNegative();
                assertThat(q.note()).isEqualTo("measured over the last 30 minutes");
            });
            assertThat(WhatIfReports.lines(report).get(1)).startsWith(queue.name() + " (skill " + skillName + "): ");

            WhatIfReport measured = whatIf.measure(report, start, end);

            QueueProjection after = measured.queues().get(0);
            assertThat(after.slAfter()).isEqualTo(report.queues().get(0).slAfter());
            assertThat(after.measuredSl()).isBetween(0.0, 1.0);
            assertThat(after.note()).startsWith("measured from ");
            assertThat(WhatIfReports.fromJson(WhatIfReports.toJson(measured))).isEqualTo(measured);
        }
    }
}
