package io.floorwatch.provisioning;

import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.SkillRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueSpecFilesTest {
    @TempDir
    Path dir;

    @Test
    void csvRowsBecomeSpecsWithListsInTheirCells() {
        List<SpecRow> rows = QueueSpecFiles.csv("""
                name,description,skillEvaluationMethod,wrapupPrompt,acwTimeoutSeconds,alertingTimeoutSeconds,\
                serviceLevelPercentage,serviceLevelDurationSeconds,requiredSkills,addSkilledMembers,rings,memberGroups
                Billing Spanish,"Spanish billing, all day",best,mandatory_timeout,60,8,0.8,20,Spanish:3;Billing:2.5,\
                yes,30:Spanish;90:,TEAM:Team Aurora;GROUP:Night shift
                Plain,,,,,,,,,,,
                """);
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        QueueSpec billing = rows.get(0).spec();
        assertThat(rows.get(0).where()).isEqualTo("line 2");
        assertThat(billing.description()).isEqualTo("Spanish billing, all day");
        assertThat(billing.skillEvaluationMethod()).isEqualTo(SkillEvaluationMethod.BEST);
        assertThat(billing.wrapupPrompt()).isEqualTo("MANDATORY_TIMEOUT");
        assertThat(billing.acwTimeoutSeconds()).isEqualTo(60);
        assertThat(billing.media().get("call").serviceLevelPercentage()).isEqualTo(0.8);
        assertThat(billing.requiredSkills()).containsExactly(new SkillRequirement("Spanish", 3),
                new SkillRequirement("Billing", 2.5));
        assertThat(billing.addSkilledMembers()).isTrue();
        assertThat(billing.rings()).containsExactly(new BullseyeRing(30, List.of("Spanish")),
                new BullseyeRing(90, List.of()));
        assertThat(billing.memberGroups()).containsExactly(new GroupRef("Team Aurora", GroupType.TEAM),
                new GroupRef("Night shift", GroupType.GROUP));
        assertThat(rows.get(1).spec()).isEqualTo(QueueSpec.named("Plain"));
    }

    @Test
    void aBadCellCostsItsRowOnlyAndNamesTheColumn() {
        List<SpecRow> rows = QueueSpecFiles.csv("""
                name,acwTimeoutSeconds,skillEvaluationMethod,requiredSkills,rings,memberGroups,addSkilledMembers
                Good,30,NONE,,,,
                Bad,soon,SOME,Spanish:lots,x:Spanish,CREW:Alpha,maybe
                "Quoted, with
                a line break",,,,,,
                """);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).problems()).extracting(SpecProblem::field).containsExactlyInAnyOrder(
                "acwTimeoutSeconds", "skillEvaluationMethod", "requiredSkills", "rings", "memberGroups",
                "addSkilledMembers");
        assertThat(rows.get(1).describe()).startsWith("line 3 (Bad): ").contains("'soon' is not a whole number");
        assertThat(rows.get(2).spec().name()).isEqualTo("Quoted, with\na line break");
        assertThat(rows.get(2).where()).isEqualTo("line 4");
    }

    @Test
    void aFileThatIsNotAQueueFileIsRefusedAsAWhole() throws Exception {
        assertThatThrownBy(() -> QueueSpecFiles.csv("")).isInstanceOf(SpecFileException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> QueueSpecFiles.csv("title,description\nx,y\n")).hasMessageContaining(
                "no 'name' column");
        assertThatThrownBy(() -> QueueSpecFiles.csv("name,colour\nx,blue\n")).hasMessageContaining(
                "Unknown CSV column 'colour'");
        assertThatThrownBy(() -> QueueSpecFiles.json("{\"name\":\"x\"}")).hasMessageContaining("is an array");
        assertThatThrownBy(() -> QueueSpecFiles.json("[{\"name\":")).hasMessageContaining("Not valid JSON");
        Path text = Files.writeString(dir.resolve("queues.txt"), "name\nx\n");
        assertThatThrownBy(() -> QueueSpecFiles.read(text)).hasMessageContaining("neither .csv nor .json");
        assertThatThrownBy(() -> QueueSpecFiles.read(dir.resolve("missing.csv"))).hasMessageContaining("Cannot read");
        Path binary = Files.write(dir.resolve("garbage.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF});
        assertThatThrownBy(() -> QueueSpecFiles.read(binary)).hasMessage("Cannot read " + binary
                + ": it is not UTF-8 text (a binary file, or another encoding?)");
    }

    @Test
    void jsonCarriesGroupRulesAndABadItemCostsOnlyItself() throws Exception {
        Path file = Files.writeString(dir.resolve("queues.json"), """
                [
                  {"name": "Overflow", "groupRules": [{"queue": "Support", "metric": "ESTIMATED_WAIT_TIME",
                    "operator": "GREATER_THAN", "value": 120, "waitSeconds": 10,
                    "groups": [{"name": "Night shift", "type": "GROUP"}]}]},
                  {"name": "Typo", "colour": "blue"},
                  {"name": "Wrong type", "acwTimeoutSeconds": "soon"}
                ]
                """);
        List<SpecRow> rows = QueueSpecFiles.read(file);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).spec().groupRules()).singleElement().satisfies(rule -> {
            assertThat(rule.metric()).isEqualTo(GroupRoutingRule.Metric.ESTIMATED_WAIT_TIME);
            assertThat(rule.groups()).containsExactly(new GroupRef("Night shift", GroupType.GROUP));
        });
        assertThat(rows.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("colour");
            assertThat(p.message()).startsWith("not a queue field");
        });
        assertThat(rows.get(2).problems()).singleElement().satisfies(p ->
                assertThat(p.field()).isEqualTo("acwTimeoutSeconds"));
    }
}
