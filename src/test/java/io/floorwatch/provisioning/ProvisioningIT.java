package io.floorwatch.provisioning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.MediaSpec;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.SkillRequirement;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmNamed;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.AuditHistory;
import io.floorwatch.history.HistoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Queue provisioning against the emulator: the real SDK, faults, the audit log in a real H2 file. */
class ProvisioningIT {
    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private QueueProvisioner provisioner;
    private final List<QueueOutcome> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(60)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        provisioner = new QueueProvisioner(gateway, history.writer(), "sup.one", Clock.systemUTC(), announced::add);
    }

    @AfterEach
    void stop() {
        history.close();
        gateway.close();
        emulator.close();
    }

    private List<QueueOutcome> run(QueueSpec... specs) {
        List<SpecRow> rows = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            rows.add(new SpecRow(i + 1, "item " + (i + 1), specs[i], List.of()));
        }
        return provisioner.createAll(rows, provisioner.readOrg(), () -> false, outcome -> { });
    }

    private long queuesNamed(String name) {
        return emulator.org().queues().stream().filter(q -> q.name().equalsIgnoreCase(name)).count();
    }

    private EmSkill skill(SkillState state) {
        return emulator.org().skills().stream().filter(s -> s.state() == state).findFirst().orElseThrow();
    }

    @Test
    void aNameDifferingOnlyInCaseIsRefusedAndAWildcardNeighbourIsCreated() {
        EmQueue existing = emulator.org().queues().get(0);
        int before = emulator.org().queues().size();
        String prefix = existing.name().substring(0, 4);

        List<QueueOutcome> outcomes = run(QueueSpec.named(existing.name().toUpperCase()), QueueSpec.named(prefix));

        assertThat(outcomes.get(0).status()).isEqualTo(QueueOutcome.Status.SKIPPED);
        assertThat(outcomes.get(0).message()).contains("already exists");
        assertThat(outcomes.get(1).status()).as(outcomes.get(1).message()).isEqualTo(QueueOutcome.Status.CREATED);
        assertThat(emulator.org().queues()).hasSize(before + 1);
        assertThat(queuesNamed(prefix)).isEqualTo(1);
        assertThat(queuesNamed(existing.name())).isEqualTo(1);
    }

    @Test
    void inactiveAndMissingSkillsAreRefusedBeforeAnyCall() {
        int before = emulator.org().queues().size();
        QueueSpec spec = new QueueSpec("Needs retired skills", null, null, null, null, null, null,
                List.of(new SkillRequirement(skill(SkillState.INACTIVE).name(), 1),
                        new SkillRequirement("Klingon", 1)), true, null, null, null, null);
        List<SpecRow> checked = QueueProvisioner.check(List.of(new SpecRow(1, "item 1", spec, List.of())),
                provisioner.readOrg().index());

        List<QueueOutcome> outcomes = provisioner.createAll(checked, provisioner.readOrg(), () -> false,
                o -> { });
        assertThat(checked.get(0).problems()).extracting(SpecProblem::message).containsExactly(
                "the skill '" + skill(SkillState.INACTIVE).name() + "' is inactive", "no skill named 'Klingon'");
        assertThat(outcomes.get(0).status()).isEqualTo(QueueOutcome.Status.SKIPPED);
        assertThat(emulator.org().queues()).hasSize(before);
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.audit().count()).as("nothing was written, so nothing is audited").isZero();
    }

    @Test
    void createdButAnswered503ThenRetriedMakesExactlyOneQueue() {
        emulator.faults().createdButUnavailable(1);
        List<QueueOutcome> outcomes = run(QueueSpec.named("Retried once"));

        assertThat(outcomes.get(0).status()).as(outcomes.get(0).message()).isEqualTo(QueueOutcome.Status.CREATED);
        assertThat(queuesNamed("Retried once")).isEqualTo(1);
        assertThat(outcomes.get(0).queueId()).isEqualTo(emulator.org().queues().stream()
                .filter(q -> q.name().equals("Retried once")).findFirst().orElseThrow().id());
    }

    @Test
    void a429IsWaitedOutAndTheCreateGoesThrough() {
        emulator.faults().throttleNext(1, 1);
        long start = System.nanoTime();
        List<QueueOutcome> outcomes = run(QueueSpec.named("After a throttle"));

        assertThat(outcomes.get(0).status()).isEqualTo(QueueOutcome.Status.CREATED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(queuesNamed("After a throttle")).isEqualTo(1);
    }

    @Test
    void aMixedCsvCreatesExactlyItsValidRowsAndAuditsThem() {
        String active = skill(SkillState.ACTIVE).name();
        int before = emulator.org().queues().size();
        List<SpecRow> rows = QueueSpecFiles.csv("name,requiredSkills,alertingTimeoutSeconds,serviceLevelPercentage,"
                + "serviceLevelDurationSeconds\n"
                + "Mixed one," + active + ":1,8,0.8,20\n"
                + "Mixed two,,10,,\n"
                + "Mixed bad,Klingon:2,,,\n"
                + "mixed ONE,,,,\n"
                + "Mixed broken,,soon,,\n");
        List<QueueOutcome> progress = new ArrayList<>();
        List<QueueOutcome> outcomes = provisioner.createAll(rows, provisioner.readOrg(), () -> false,
                progress::add);

        assertThat(outcomes).extracting(QueueOutcome::status).containsExactly(QueueOutcome.Status.CREATED,
                QueueOutcome.Status.CREATED, QueueOutcome.Status.SKIPPED, QueueOutcome.Status.SKIPPED,
                QueueOutcome.Status.SKIPPED);
        assertThat(outcomes.get(2).message()).contains("no skill named 'Klingon'");
        assertThat(outcomes.get(3).message()).contains("already created by an earlier row");
        assertThat(outcomes.get(4).message()).contains("alertingTimeoutSeconds: 'soon' is not a whole number");
        assertThat(progress).isEqualTo(outcomes);
        assertThat(emulator.org().queues()).hasSize(before + 2);
        assertThat(announced).extracting(QueueOutcome::name).containsExactly("Mixed one", "Mixed two");
        ObjectNode body = emulator.org().queue(outcomes.get(0).queueId()).orElseThrow().body();
        assertThat(body.path("mediaSettings").path("call").path("serviceLevel").path("durationMs").asLong())
                .isEqualTo(20_000);

        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        List<AuditHistory.Row> audit = history.audit().page("queue.create", 0, 10);
        assertThat(audit).extracting(r -> r.entry().target()).containsExactly("Mixed two", "Mixed one");
        assertThat(audit).allSatisfy(r -> {
            assertThat(r.entry().outcome()).isEqualTo(AuditEntry.OK);
            assertThat(r.entry().actor()).isEqualTo("sup.one");
        });
        assertThat(history.audit().verify().intact()).isTrue();
    }

    @Test
    void membersAddedAreExactlyTheAgentsHoldingTheRequiredSkillsAtTheMinimum() {
        EmSkill skill = skill(SkillState.ACTIVE);
        Set<String> expected = emulator.org().users().stream()
                .filter(u -> u.skills().getOrDefault(skill.id(), -1.0) >= 3.0).map(EmUser::id)
                .collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        QueueSpec spec = new QueueSpec("Skilled members", null, null, SkillEvaluationMethod.BEST, null, null, null,
                List.of(new SkillRequirement(skill.name(), 3)), true, null, null, null, null);

        QueueOutcome outcome = run(spec).get(0);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(QueueOutcome.Status.CREATED);
        assertThat(outcome.members()).isEqualTo(expected.size());
        Set<String> members = emulator.org().queue(outcome.queueId()).orElseThrow().members().stream()
                .map(EmQueue.Member::userId).collect(Collectors.toSet());
        assertThat(members).isEqualTo(expected);
    }

    @Test
    void ringsRulesFlowAndMemberGroupsReachGenesysByTheirIds() {
        EmNamed nightShift = emulator.org().groups().get(0);
        EmNamed flow = emulator.org().flows().stream().filter(f -> f.kind().equals("inqueuecall")).findFirst()
                .orElseThrow();
        EmQueue watched = emulator.org().queues().get(1);
        EmSkill spanish = emulator.org().skills().stream().filter(s -> s.name().equals("Spanish")).findFirst()
                .orElseThrow();
        QueueSpec spec = new QueueSpec("Overflow", "", "Operations", SkillEvaluationMethod.ALL, "MANDATORY_TIMEOUT",
                45, Map.of("call", new MediaSpec(8, 0.8, 20)), List.of(new SkillRequirement("Spanish", 1)), false,
                List.of(new BullseyeRing(30, List.of("Spanish"))), List.of(new GroupRoutingRule(watched.name(),
                        GroupRoutingRule.Metric.ESTIMATED_WAIT_TIME, GroupRoutingRule.Operator.GREATER_THAN, 120,
                        10, List.of(new GroupRef(nightShift.name(), GroupType.GROUP)))), flow.name(),
                List.of(new GroupRef(nightShift.name(), GroupType.GROUP)));

        QueueOutcome outcome = run(spec).get(0);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(QueueOutcome.Status.CREATED);
        ObjectNode body = emulator.org().queue(outcome.queueId()).orElseThrow().body();
        assertThat(body.path("division").path("id").asText()).isEqualTo(emulator.org().divisions().stream()
                .filter(d -> d.name().equals("Operations")).findFirst().orElseThrow().id());
        assertThat(body.path("acwSettings").path("timeoutMs").asLong()).isEqualTo(45_000);
        assertThat(body.path("bullseye").path("rings").get(0).path("actions").path("skillsToRemove").get(0)
                .path("id").asText()).isEqualTo(spanish.id());
        assertThat(body.path("bullseye").path("rings").get(0).path("expansionCriteria").get(0).path("threshold")
                .asDouble()).isEqualTo(30);
        var rule = body.path("conditionalGroupRouting").path("rules").get(0);
        assertThat(rule.path("queue").path("id").asText()).isEqualTo(watched.id());
        assertThat(rule.path("metric").asText()).isEqualTo("EstimatedWaitTime");
        assertThat(rule.path("operator").asText()).isEqualTo("GreaterThan");
        assertThat(rule.path("groups").get(0).path("id").asText()).isEqualTo(nightShift.id());
        assertThat(body.path("queueFlow").path("id").asText()).isEqualTo(flow.id());
        assertThat(emulator.org().queue(outcome.queueId()).orElseThrow().members()).extracting(EmQueue.Member::userId)
                .containsExactlyInAnyOrderElementsOf(nightShift.members());
    }

    @Test
    void aCreateGenesysRefusesIsReportedWithItsMessageAndAudited() {
        QueueProvisioner.Org org = provisioner.readOrg();
        // Another admin creates the same name after this run read the org: Genesys refuses the create.
        ObjectNode theirs = new ObjectMapper().createObjectNode();
        theirs.put("name", "Contested");
        emulator.org().addQueue(theirs, "someone-else");
        QueueOutcome outcome = provisioner.createAll(List.of(new SpecRow(1, "item 1", QueueSpec.named("Contested"),
                List.of())), org, () -> false, o -> { }).get(0);

        assertThat(outcome.status()).isEqualTo(QueueOutcome.Status.FAILED);
        assertThat(outcome.message()).contains("400").contains("already exists");
        assertThat(queuesNamed("Contested")).isEqualTo(1);
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.audit().page("", 0, 5)).singleElement().satisfies(r -> {
            assertThat(r.entry().action()).isEqualTo("queue.create");
            assertThat(r.entry().outcome()).contains("already exists");
        });
        assertThat(announced).isEmpty();
    }
}
