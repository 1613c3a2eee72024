package io.floorwatch.tuning;

import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Staging without a screen: changes checked against the rules, shown as a diff, planned and recorded. */
class SkillStagingTest {
    private static final Skill SPANISH = new Skill("s-es", "Spanish", SkillState.ACTIVE);
    private static final Skill BILLING = new Skill("s-bill", "Billing", SkillState.ACTIVE);
    private static final Skill LEGACY = new Skill("s-old", "Legacy", SkillState.INACTIVE);

    private final SkillStaging staging = new SkillStaging();

    @BeforeEach
    void read() {
        staging.reset(List.of(SPANISH, BILLING, LEGACY), Map.of(
                "ana", List.of(held(SPANISH, 2.0), held(LEGACY, 1.0)),
                "bo", List.of(held(SPANISH, 4.0))));
    }

    private static SkillAssignment held(Skill skill, double proficiency) {
        return new SkillAssignment(skill.id(), skill.name(), proficiency, skill.state());
    }

    @Test
    void aSetAddAndRemoveAreShownAsOneDiffAgainstThePreview() {
        assertThat(staging.set("ana", "Ana", held(SPANISH, 3.5), 5)).isEmpty();
        assertThat(staging.set("ana", "Ana", held(BILLING, 3.0), 5)).isEmpty();
        assertThat(staging.remove("ana", LEGACY.id())).isTrue();

        assertThat(staging.changes()).containsExactly(new SkillStaging.Change("ana", "Spanish 2.0, Legacy 1.0",
                "Spanish 2.0 → 3.5, + Billing 3.0, − Legacy", "staged"));
        assertThat(staging.skillsOf("ana")).extracting(SkillAssignment::skillId).containsExactly("s-es", "s-bill");
        assertThat(staging.skillsOf("bo")).containsExactly(held(SPANISH, 4.0));
    }

    @Test
    void aChangeBackToThePreviewIsNoChangeAndRemovingWhatIsNotHeldStagesNothing() {
        staging.set("bo", "Bo", held(SPANISH, 5.0), 5);
        staging.set("bo", "Bo", held(SPANISH, 4.0), 5);
        assertThat(staging.remove("bo", BILLING.id())).isFalse();
        assertThat(staging.isEmpty()).isTrue();
        assertThat(staging.changes()).isEmpty();
    }

    @Test
    void theRulesRefuseTheCapacityAHalfStepAndAnInactiveSkillAndNothingIsStaged() {
        assertThat(staging.set("bo", "Bo", held(BILLING, 3.0), 1)).containsExactly(
                "Bo: 2 skills, more than the 1 an agent may hold");
        assertThat(staging.set("bo", "Bo", held(BILLING, 3.2), 5)).containsExactly(
                "Bo: Billing proficiency must be 0.0 to 5.0 in half steps, not 3.2");
        assertThat(staging.set("bo", "Bo", held(LEGACY, 2.0), 5)).containsExactly(
                "Bo: the skill Legacy is not active");
        assertThat(staging.isEmpty()).isTrue();
    }

    @Test
    void theOneProficiencyRuleTakesHalfStepsFromZeroToFive() {
        assertThat(List.of(0.0, 0.5, 2.5, 5.0)).allMatch(SkillRules::isProficiency);
        assertThat(List.of(-0.5, 1.25, 5.5, Double.NaN)).noneMatch(SkillRules::isProficiency);
    }

    @Test
    void thePlanCarriesThePreviewAndAnAppliedAgentLeavesTheStagingWithItsNewPreview() {
        staging.set("ana", "Ana", held(BILLING, 3.0), 5);
        staging.set("bo", "Bo", held(SPANISH, 5.0), 5);
        SkillPlan plan = staging.plan(5, Map.of("ana", "Ana"));
        assertThat(plan.agents()).extracting(SkillPlan.Agent::agentName).containsExactly("Ana", "bo");
        SkillPlan.Agent ana = plan.agents().get(0);
        assertThat(ana.preview()).containsExactly(held(SPANISH, 2.0), held(LEGACY, 1.0));

        List<SkillOutcome> outcomes = List.of(
                new SkillOutcome(ana, SkillOutcome.Status.APPLIED, "", ana.target(), 1),
                new SkillOutcome(plan.agents().get(1), SkillOutcome.Status.CONFLICT, "changed since the preview",
                        List.of(), 0));
        staging.recordAll(outcomes);
        assertThat(staging.changes()).extracting(SkillStaging.Change::result)
                .containsExactly("applied", "conflict: changed since the preview");
        staging.dropApplied(outcomes);

        assertThat(staging.changes()).extracting(SkillStaging.Change::agentId).containsExactly("ana", "bo");
        assertThat(staging.changes().get(0)).as("an applied agent keeps what it was and what changed")
                .satisfies(row -> {
                    assertThat(row.before()).isEqualTo("Spanish 2.0, Legacy 1.0");
                    assertThat(row.diff()).isEqualTo("+ Billing 3.0");
                    assertThat(row.result()).isEqualTo("applied");
                });
        assertThat(staging.skillsOf("ana")).as("nothing of ana is staged any more").isEqualTo(ana.target());
        assertThat(staging.preview().get("ana")).isEqualTo(ana.target());
    }

    @Test
    void aRecommendationIsStagedWithItsReason() {
        staging.recommend(new Recommendation("bo", "Bo", "Billing queue", BILLING.id(), BILLING.name(), null, 3.0,
                "the queue waits"));
        assertThat(staging.changes()).containsExactly(new SkillStaging.Change("bo", "Spanish 4.0",
                "+ Billing 3.0", "recommended: the queue waits"));
    }
}
