package io.floorwatch.provisioning;

import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.MediaSpec;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.SkillRequirement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QueueSpecValidatorTest {
    private final OrgIndex org = new OrgIndex()
            .skill("s-es", "Spanish", true).skill("s-bill", "Billing", true).skill("s-old", "Legacy", false)
            .queue("q-1", "Support").queue("q-2", "Support EMEA")
            .division("d-1", "Home").flow("f-1", "Hold music")
            .group(GroupType.TEAM, "t-1", "Team Aurora").group(GroupType.GROUP, "g-1", "Night shift");

    private static QueueSpec spec(String name, List<SkillRequirement> skills, List<BullseyeRing> rings,
            List<GroupRoutingRule> rules, List<GroupRef> groups) {
        return new QueueSpec(name, "", "", SkillEvaluationMethod.BEST, "", null,
                Map.of("call", new MediaSpec(8, 0.8, 20)), skills, !skills.isEmpty(), rings, rules, "", groups);
    }

    private List<SpecProblem> problems(QueueSpec spec) {
        return QueueSpecValidator.validate(spec, org, Set.of());
    }

    @Test
    void aCompleteSpecNamingWhatTheOrgHasIsValid() {
        QueueSpec spec = new QueueSpec("Billing Spanish", "Spanish billing calls", "home", SkillEvaluationMethod.ALL,
                "MANDATORY_TIMEOUT", 60, Map.of("call", new MediaSpec(8, 0.8, 20), "chat", new MediaSpec(30, null,
                        null)), List.of(new SkillRequirement("spanish", 3), new SkillRequirement("Billing", 2)), true,
                List.of(new BullseyeRing(30, List.of("Spanish")), new BullseyeRing(90, List.of())),
                List.of(new GroupRoutingRule("Support", GroupRoutingRule.Metric.ESTIMATED_WAIT_TIME,
                        GroupRoutingRule.Operator.GREATER_THAN, 120, 10, List.of(new GroupRef("Night shift",
                                GroupType.GROUP)))), "hold music", List.of(new GroupRef("team aurora", GroupType.TEAM)));
        assertThat(problems(spec)).isEmpty();
    }

    @Test
    void namesThatDifferOnlyInCaseAreDuplicatesButWildcardNeighboursAreNot() {
        assertThat(problems(QueueSpec.named("SUPPORT"))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.message()).contains("'Support' already exists");
        });
        // "Support" is also what a wildcard or prefix search for "Supp" would find: not the same name.
        assertThat(problems(QueueSpec.named("Supp"))).isEmpty();
        assertThat(problems(QueueSpec.named("Support EMEA 2"))).isEmpty();
        assertThat(QueueSpecValidator.validate(QueueSpec.named("New"), org, Set.of("new"))).extracting(
                SpecProblem::message).containsExactly("'New' is already created by an earlier row");
    }

    @Test
    void everyBadFieldIsNamedWithItsRule() {
        QueueSpec spec = new QueueSpec("Bad*", "", "Nowhere", null, "SOMETIMES", -5,
                Map.of("fax", new MediaSpec(1, null, null), "call", new MediaSpec(0, 1.5, null)),
                List.of(new SkillRequirement("Legacy", 2), new SkillRequirement("Klingon", 7),
                        new SkillRequirement("legacy", 1)), false,
                List.of(new BullseyeRing(60, List.of()), new BullseyeRing(30, List.of("Ghost"))),
                List.of(new GroupRoutingRule("Elsewhere", GroupRoutingRule.Metric.SERVICE_LEVEL,
                        GroupRoutingRule.Operator.LESS_THAN, 80, -1, List.of())), "No flow",
                List.of(new GroupRef("Night shift", GroupType.TEAM)));

        assertThat(problems(spec)).extracting(SpecProblem::toString).containsExactlyInAnyOrder(
                "name: must not contain '*' (Genesys' name search treats it as a wildcard)",
                "division: no division named 'Nowhere'",
                "wrapupPrompt: 'SOMETIMES' is not one of AGENT_REQUESTED, MANDATORY, MANDATORY_FORCED_TIMEOUT, "
                        + "MANDATORY_TIMEOUT, OPTIONAL",
                "acwTimeoutSeconds: must be 1 to 86400 seconds, not -5",
                "media.fax: unknown media type; use call, callback, chat, email or message",
                "media.call.alertingTimeoutSeconds: must be 1 to 3600 seconds, not 0",
                "media.call.serviceLevelPercentage: a share from 0 to 1 (0.8 is 80 %), not 1.5",
                "media.call.serviceLevel: give both the percentage and the duration, or neither",
                "requiredSkills[1]: the skill 'Legacy' is inactive",
                "requiredSkills[2]: no skill named 'Klingon'",
                "requiredSkills[2].minProficiency: 0.0 to 5.0, not 7.0",
                "requiredSkills[3]: 'legacy' is named twice",
                "requiredSkills[3]: the skill 'Legacy' is inactive",
                "rings[2].expandAfterSeconds: must be later than the ring before (60.0 s)",
                "rings[2].skillsRemoved: no skill named 'Ghost'",
                "groupRules[1].queue: no queue named 'Elsewhere'",
                "groupRules[1].value: a service level is a share from 0 to 1, not 80.0",
                "groupRules[1].waitSeconds: must be 0 to 86400 seconds, not -1",
                "groupRules[1].groups: name at least one team, group or skill group",
                "inQueueFlow: no in-queue call flow named 'No flow'",
                "memberGroups: no team named 'Night shift'");
    }

    @Test
    void countsOfRingsAndRulesAreBounded() {
        List<BullseyeRing> six = List.of(new BullseyeRing(10, null), new BullseyeRing(20, null),
                new BullseyeRing(30, null), new BullseyeRing(40, null), new BullseyeRing(50, null),
                new BullseyeRing(60, null));
        GroupRoutingRule rule = new GroupRoutingRule("", GroupRoutingRule.Metric.ESTIMATED_WAIT_TIME,
                GroupRoutingRule.Operator.GREATER_THAN, 60, 0, List.of(new GroupRef("Team Aurora", GroupType.TEAM)));
        QueueSpec spec = spec("Many", List.of(), six, List.of(rule, rule, rule, rule, rule, rule), List.of());
        assertThat(problems(spec)).extracting(SpecProblem::toString).containsExactlyInAnyOrder(
                "rings: at most 5 bullseye rings, not 6", "groupRules: at most 5 rules, not 6");
    }

    @Test
    void namesAreRequiredAndBoundedAndTimeoutPromptsNeedATimeout() {
        assertThat(problems(QueueSpec.named("  "))).extracting(SpecProblem::toString).containsExactly(
                "name: required");
        assertThat(problems(QueueSpec.named("x".repeat(256)))).extracting(SpecProblem::toString).containsExactly(
                "name: at most 255 characters, not 256");
        QueueSpec noTimeout = new QueueSpec("Wrap", "", "", null, "MANDATORY_FORCED_TIMEOUT", null, null, null,
                true, null, null, null, null);
        assertThat(problems(noTimeout)).extracting(SpecProblem::toString).containsExactly(
                "acwTimeoutSeconds: required with the wrap-up prompt MANDATORY_FORCED_TIMEOUT",
                "addSkilledMembers: needs at least one required skill to pick members by");
    }
}
