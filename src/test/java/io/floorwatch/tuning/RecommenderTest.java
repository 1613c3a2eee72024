package io.floorwatch.tuning;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Skill BILLING = new Skill("s-bill", "Billing", SkillState.ACTIVE);
    private static final Skill SALES = new Skill("s-sales", "Sales", SkillState.ACTIVE);
    private static final Skill OLD = new Skill("s-old", "Legacy", SkillState.INACTIVE);
    private static final Map<String, Skill> SKILLS = Map.of(BILLING.id(), BILLING, SALES.id(), SALES, OLD.id(), OLD);

    private static QueueSample sample(String queueId, String skillId, double score) {
        return new QueueSample(new QueueSnapshot(queueId, skillId, NOW, 60, 90.0, 0, 0.1, 6, 4, 0, 4, 0.5, "kafka"),
                new QueueScore(score, 0.5, 0.3, score - 0.8));
    }

    private static FloorAgent agent(String id, String team, Activity activity, int minutesFree, String... queues) {
        return new FloorAgent(new Agent(id, "Agent " + id, "", team, "Agent"), activity,
                NOW.minusSeconds(minutesFree * 60L), List.of(queues));
    }

    private static SkillAssignment holds(Skill skill, double proficiency) {
        return new SkillAssignment(skill.id(), skill.name(), proficiency, SkillState.ACTIVE);
    }

    @Test
    void hotQueuesGetFreeAgentsWhoWorkThemMembersFirstThenLongestFree() {
        List<FloorAgent> floor = List.of(
                agent("a", "Team A", Activity.IDLE, 2, "Billing"),
                agent("b", "Team A", Activity.AVAILABLE, 9),              // same team as a Billing member
                agent("c", "Team A", Activity.INTERACTING, 30, "Billing"),// busy: not free to help
                agent("d", "Team B", Activity.IDLE, 40),                  // works nothing related
                agent("e", "Team A", Activity.IDLE, 7, "Billing"),
                agent("f", "Team A", Activity.IDLE, 1, "Billing"));       // already holds Billing at 4
        Map<String, List<SkillAssignment>> held = Map.of("a", List.of(holds(SALES, 2)), "f",
                List.of(holds(BILLING, 4)), "e", List.of(holds(BILLING, 1.5)));

        List<Recommendation> recommendations = Recommender.standard().recommend(List.of(sample("q-bill", "s-bill",
                0.82), sample("q-sales", "s-sales", 0.2)), Map.of("q-bill", "Billing", "q-sales", "Sales"), floor,
                SKILLS, held, NOW);

        assertThat(recommendations).extracting(Recommendation::agentId).containsExactly("e", "a", "b");
        assertThat(recommendations.get(0).fromProficiency()).isEqualTo(1.5);
        assertThat(recommendations.get(1).fromProficiency()).isNull();
        assertThat(recommendations).allSatisfy(r -> {
            assertThat(r.skillName()).isEqualTo("Billing");
            assertThat(r.toProficiency()).isEqualTo(3.0);
            assertThat(r.reason()).startsWith("Billing needs help: score 0.82 = wait 0.50 + availability 0.30");
        });
        assertThat(recommendations.get(2).reason()).endsWith("Agent b has been available for 9 min and is in Team A, "
                + "which works Billing");
    }

    @Test
    void theCapacityLimitAndUnusableSkillsAreRespectedAndThePlanKeepsThePreview() {
        List<FloorAgent> floor = List.of(agent("full", "T", Activity.IDLE, 5, "Billing"),
                agent("room", "T", Activity.IDLE, 3, "Billing"));
        List<SkillAssignment> five = List.of(holds(new Skill("1", "One", SkillState.ACTIVE), 1),
                holds(new Skill("2", "Two", SkillState.ACTIVE), 1), holds(new Skill("3", "Three", SkillState.ACTIVE), 1),
                holds(new Skill("4", "Four", SkillState.ACTIVE), 1), holds(new Skill("5", "Five", SkillState.ACTIVE), 1));
        Map<String, List<SkillAssignment>> held = Map.of("full", five, "room", List.of(holds(SALES, 2)));
        Recommender recommender = Recommender.standard();

        List<Recommendation> recommendations = recommender.recommend(List.of(sample("q-bill", "s-bill", 0.9),
                sample("q-old", "s-old", 0.95), sample("q-none", null, 0.99)), Map.of("q-bill", "Billing"), floor,
                SKILLS, held, NOW);

        assertThat(recommendations).extracting(Recommendation::agentId).containsExactly("room");
        SkillPlan plan = recommender.plan(recommendations, held);
        assertThat(plan.maxSkillsPerAgent()).isEqualTo(5);
        assertThat(plan.agents()).singleElement().satisfies(part -> {
            assertThat(part.preview()).containsExactly(holds(SALES, 2));
            assertThat(part.target()).containsExactlyInAnyOrder(holds(SALES, 2), holds(BILLING, 3));
        });
        assertThat(SkillRules.problems(plan, plan.agents().get(0), SKILLS)).isEmpty();
    }

    @Test
    void quietQueuesNeedNothing() {
        assertThat(Recommender.standard().recommend(List.of(sample("q-bill", "s-bill", 0.49)),
                Map.of("q-bill", "Billing"), List.of(agent("a", "T", Activity.IDLE, 5, "Billing")), SKILLS, Map.of(),
                NOW)).isEmpty();
    }
}
