package io.floorwatch.tuning;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.SignInRobot;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.UserSignIn;
import io.floorwatch.genesys.UserTokens;
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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Safe skill writes against the emulator with faults: conflicts, 409, 429, 5xx, capacity, cancel, read-back. */
class SkillApplierIT {
    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private SkillApplier applier;

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(20)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        applier = new SkillApplier(gateway, history.writer(), "sup.one", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        history.close();
        gateway.close();
        emulator.close();
    }

    private EmUser agent(int index) {
        return emulator.org().users().get(index);
    }

    /** An active skill the agent does not hold. */
    private EmSkill newSkillFor(EmUser user) {
        return emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                .filter(s -> !user.skills().containsKey(s.id())).findFirst().orElseThrow();
    }

    /** The agent's part: what Genesys holds now as the preview, plus one new skill at 3. */
    private SkillPlan.Agent addOne(EmUser user) {
        List<SkillAssignment> preview = gateway.userSkills(user.id());
        List<SkillAssignment> target = new ArrayList<>(preview);
        EmSkill skill = newSkillFor(user);
        target.add(new SkillAssignment(skill.id(), skill.name(), 3.0, SkillState.ACTIVE));
        return new SkillPlan.Agent(user.id(), user.name(), preview, target);
    }

    private List<SkillOutcome> apply(SkillPlan.Agent... agents) {
        return applier.apply(new SkillPlan(10, List.of(agents)), () -> false, outcome -> { });
    }

    /**
     * A 403 in the middle of an apply (the person's roles lack routing:skill:assign): each agent's outcome says
     * Genesys refused it, the audit log records the refusal, and no agent's skills change.
     */
    @Test
    void aPersonWhoseRolesLackSkillAssignIsRefusedPerAgentAndNothingChanges() throws Exception {
        EmAccount watcher = emulator.org().accounts().stream()
                .filter(a -> a.role().name().equals("Supervisor (read only)")).findFirst().orElseThrow();
        String division = watcher.divisionIds().iterator().next();
        List<EmUser> visible = emulator.org().users().stream().filter(u -> u.divisionId().equals(division))
                .limit(2).toList();
        assertThat(visible).hasSize(2);
        SkillPlan.Agent first = addOne(visible.get(0));
        SkillPlan.Agent second = addOne(visible.get(1));
        Map<String, Double> before0 = visible.get(0).skills();
        Map<String, Double> before1 = visible.get(1).skills();
        SignInRobot robot = new SignInRobot();
        try (UserTokens tokens = new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), 0,
                Duration.ofSeconds(20), Clock.systemUTC()).run(uri -> robot.signIn(uri, watcher.email(),
                        watcher.password()));
                GenesysGateway asWatcher = GenesysGateway.connect(new Credentials(emulator.baseUrl(),
                        emulator.signInClientId(), ""), tokens)) {
            SkillApplier refused = new SkillApplier(asWatcher, history.writer(), "watcher", Clock.systemUTC());
            List<SkillOutcome> outcomes = refused.apply(new SkillPlan(10, List.of(first, second)), () -> false,
                    outcome -> { });

            assertThat(outcomes).hasSize(2).allSatisfy(o -> {
                assertThat(o.status()).isEqualTo(SkillOutcome.Status.FAILED);
                assertThat(o.message()).startsWith("Refused by Genesys").contains("routing:skill:assign");
            });
        }
        assertThat(visible.get(0).skills()).isEqualTo(before0);
        assertThat(visible.get(1).skills()).isEqualTo(before1);
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        List<AuditHistory.Row> audited = history.audit().page("user.skills.patch", 0, 10);
        assertThat(audited).hasSize(2).allSatisfy(row -> {
            assertThat(row.entry().actor()).isEqualTo("watcher");
            assertThat(row.entry().outcome()).startsWith("Refused by Genesys").contains("missing.permissions");
        });
    }

    private static Map<String, Double> planned(SkillPlan.Agent agent) {
        Map<String, Double> map = new TreeMap<>();
        agent.target().forEach(s -> map.put(s.skillId(), s.proficiency()));
        return map;
    }

    private List<AuditHistory.Row> audit() {
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        return history.audit().page("", 0, 100);
    }

    @Test
    void aChangeBetweenPreviewAndApplyIsAConflictAndNothingIsOverwritten() {
        EmUser user = agent(3);
        SkillPlan.Agent part = addOne(user);
        EmSkill theirs = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                .filter(s -> !planned(part).containsKey(s.id())).findFirst().orElseThrow();
        emulator.org().putUserSkill(user, theirs.id(), 4.5); // another admin, after the preview
        Map<String, Double> before = Map.copyOf(user.skills());

        SkillOutcome outcome = apply(part).get(0);

        assertThat(outcome.status()).isEqualTo(SkillOutcome.Status.CONFLICT);
        assertThat(outcome.message()).contains("preview ").contains("ours ").contains("now ")
                .contains(theirs.name() + " 4.5");
        assertThat(user.skills()).isEqualTo(before);
        assertThat(outcome.writes()).isZero();
        assertThat(audit()).singleElement().satisfies(r -> {
            assertThat(r.entry().action()).isEqualTo("user.skills.apply");
            assertThat(r.entry().outcome()).startsWith("conflict");
        });
    }

    @Test
    void a409IsReadAgainAndRetried() {
        EmUser user = agent(4);
        SkillPlan.Agent part = addOne(user);
        emulator.faults().skillConflicts(1);

        SkillOutcome outcome = apply(part).get(0);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(SkillOutcome.Status.APPLIED);
        assertThat(user.skills()).isEqualTo(planned(part));
        assertThat(audit()).extracting(r -> r.entry().outcome()).anySatisfy(o -> assertThat(o).contains("409"))
                .contains("ok");
    }

    @Test
    void a429IsWaitedOutAnd5xxAreRetried() {
        EmUser first = agent(5);
        EmUser second = agent(6);
        SkillPlan.Agent one = addOne(first);
        SkillPlan.Agent two = addOne(second);
        emulator.faults().throttleNext(1, 1);
        long start = System.nanoTime();
        assertThat(apply(one).get(0).status()).isEqualTo(SkillOutcome.Status.APPLIED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        emulator.faults().failNext(2, 503);
        SkillOutcome outcome = apply(two).get(0);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(SkillOutcome.Status.APPLIED);
        assertThat(first.skills()).isEqualTo(planned(one));
        assertThat(second.skills()).isEqualTo(planned(two));
    }

    @Test
    void aCapacityViolationIsRefusedBeforeAnyCall() {
        EmUser user = agent(7);
        List<SkillAssignment> preview = gateway.userSkills(user.id());
        List<SkillAssignment> tooMany = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                .limit(6).map(s -> new SkillAssignment(s.id(), s.name(), 2.0, SkillState.ACTIVE)).toList();
        EmSkill inactive = emulator.org().skills().stream().filter(s -> s.state() == SkillState.INACTIVE)
                .findFirst().orElseThrow();
        List<SkillAssignment> badValues = List.of(new SkillAssignment(inactive.id(), inactive.name(), 2.0, null),
                new SkillAssignment(tooMany.get(0).skillId(), tooMany.get(0).skillName(), 2.3, null));
        Map<String, Double> before = Map.copyOf(user.skills());

        List<SkillOutcome> outcomes = applier.apply(new SkillPlan(5, List.of(
                new SkillPlan.Agent(user.id(), user.name(), preview, tooMany),
                new SkillPlan.Agent(user.id(), user.name(), preview, badValues))), () -> false, o -> { });

        assertThat(outcomes).extracting(SkillOutcome::status).containsExactly(SkillOutcome.Status.FAILED,
                SkillOutcome.Status.FAILED);
        assertThat(outcomes.get(0).message()).contains("6 skills, more than the 5 an agent may hold");
        assertThat(outcomes.get(1).message()).contains("is not active").contains("half steps, not 2.3");
        assertThat(user.skills()).isEqualTo(before);
        assertThat(audit()).isEmpty();
    }

    @Test
    void cancellingMidBulkLeavesAuditAndGenesysInAgreement() {
        List<SkillPlan.Agent> parts = new ArrayList<>();
        List<Map<String, Double>> before = new ArrayList<>();
        for (int i = 8; i < 13; i++) {
            parts.add(addOne(agent(i)));
            before.add(Map.copyOf(agent(i).skills()));
        }
        AtomicInteger done = new AtomicInteger();
        List<SkillOutcome> outcomes = applier.apply(new SkillPlan(10, parts), () -> done.get() >= 2,
                outcome -> done.incrementAndGet());

        assertThat(outcomes).extracting(SkillOutcome::status).containsExactly(SkillOutcome.Status.APPLIED,
                SkillOutcome.Status.APPLIED, SkillOutcome.Status.NOT_RUN, SkillOutcome.Status.NOT_RUN,
                SkillOutcome.Status.NOT_RUN);
        List<AuditHistory.Row> audit = audit();
        for (int i = 0; i < parts.size(); i++) {
            String id = parts.get(i).agentId();
            boolean audited = audit.stream().anyMatch(r -> r.entry().target().startsWith(id));
            if (i < 2) {
                assertThat(agent(8 + i).skills()).isEqualTo(planned(parts.get(i)));
                assertThat(audited).isTrue();
            } else {
                assertThat(agent(8 + i).skills()).isEqualTo(before.get(i));
                assertThat(audited).isFalse();
            }
        }
        assertThat(history.audit().verify().intact()).isTrue();
    }

    @Test
    void aReadBackThatDiffersFromThePlanIsFlagged() {
        EmUser user = agent(14);
        SkillPlan.Agent part = addOne(user);
        assertThat(part.preview()).isNotEmpty();
        // Another admin changes the agent right after Floorwatch's read: the write goes through, the read-back
        // shows their change too.
        emulator.faults().concurrentSkillChange(1);

        SkillOutcome outcome = apply(part).get(0);

        assertThat(outcome.status()).isEqualTo(SkillOutcome.Status.MISMATCH);
        assertThat(outcome.message()).startsWith("Genesys now holds ");
        assertThat(outcome.writes()).isEqualTo(1);
    }
}
