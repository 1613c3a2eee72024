package io.floorwatch.drift;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.DriftSettings;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.GroupRoutingRule;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaSpec;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmNamed;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.RoutingPart;
import io.floorwatch.history.AuditHistory;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.monitor.DriftAlerts;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.SpecRow;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Drift against the emulator: snapshots, exactly the changed rows, revert through the safe writes, accept, watch. */
class DriftIT {
    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private DriftService service;

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(30)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        service = new DriftService(gateway, history.baselines(), history.writer(), "sup.one", Clock.systemUTC(),
                GenesysGateway::connect);
    }

    @AfterEach
    void stop() {
        history.close();
        gateway.close();
        emulator.close();
    }

    private ConfigSnapshot live() {
        return service.readLive(() -> false, p -> { }).snapshot();
    }

    /** Someone changes three things in Genesys: a queue's description, a skill (deleted), an agent's proficiency. */
    private record Changes(String queue, String skill, String agent, String agentSkill) {
    }

    private Changes changeThreeThings() {
        String queueId = gateway.allQueues().get(0).id();
        String queue = gateway.updateQueue(queueId, s -> s.withDescription("changed in admin")).name();
        Skill spare = gateway.findSkillByName("Warranty").orElseThrow();
        emulator.org().setSkillState(spare.id(), SkillState.DELETED);
        EmUser user = emulator.org().users().stream().filter(u -> !u.skills().isEmpty()).findFirst().orElseThrow();
        SkillAssignment held = gateway.userSkills(user.id()).get(0);
        gateway.setUserSkill(user.id(), held.skillId(), held.proficiency() >= 4.5 ? 1.0 : held.proficiency() + 0.5);
        return new Changes(queue, spare.name(), user.name(), held.skillName());
    }

    /** A queue with everything provisioning writes: a ring, a group rule, an in-queue flow, member groups. */
    private String provisionRoutedQueue() {
        EmNamed nightShift = emulator.org().groups().get(0);
        EmNamed flow = emulator.org().flows().stream().filter(f -> f.kind().equals("inqueuecall")).findFirst()
                .orElseThrow();
        EmQueue watched = emulator.org().queues().get(1);
        QueueProvisioner provisioner = new QueueProvisioner(gateway, history.writer(), "sup.one", Clock.systemUTC(),
                o -> { });
        QueueSpec spec = new QueueSpec("Overflow", "", "", SkillEvaluationMethod.ALL, "", null,
                Map.of("call", new MediaSpec(8, 0.8, 20)), List.of(), false,
                List.of(new BullseyeRing(30, List.of("Spanish"))), List.of(new GroupRoutingRule(watched.name(),
                        GroupRoutingRule.Metric.ESTIMATED_WAIT_TIME, GroupRoutingRule.Operator.GREATER_THAN, 120,
                        10, List.of(new GroupRef(nightShift.name(), GroupType.GROUP)))), flow.name(),
                List.of(new GroupRef(nightShift.name(), GroupType.GROUP)));
        QueueOutcome outcome = provisioner.createAll(List.of(new SpecRow(1, "row 1", spec, List.of())), provisioner.readOrg(),
                () -> false, o -> { }).get(0);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(QueueOutcome.Status.CREATED);
        return outcome.queueId();
    }

    @Test
    void ringsGroupRulesTheFlowAndMemberGroupsAreInTheSnapshotAndARevertRestoresAllOfThem() {
        String queueId = provisionRoutedQueue();
        ConfigSnapshot baseline = live();
        ConfigSnapshot.Queue overflow = baseline.queues().get("Overflow");
        EmNamed nightShift = emulator.org().groups().get(0);
        assertThat(overflow.rings()).containsExactly(new ConfigSnapshot.Ring(30, List.of("Spanish")));
        assertThat(overflow.groupRules()).singleElement().satisfies(rule -> {
            assertThat(rule.queue()).isEqualTo(emulator.org().queues().get(1).name());
            assertThat(rule.metric()).isEqualTo("EstimatedWaitTime");
            assertThat(rule.groups()).containsExactly("GROUP:" + nightShift.name());
        });
        assertThat(overflow.inQueueFlow()).isNotEmpty();
        assertThat(overflow.memberGroups()).containsExactly("GROUP:" + nightShift.name());

        // Someone takes the member groups off in admin: one HIGH row, and a revert puts them back.
        gateway.updateQueueRouting(queueId, new QueueDraft(QueueSettings.named("Overflow"), List.of(), List.of(),
                null, List.of()), Set.of(RoutingPart.MEMBER_GROUPS));
        List<DriftRow> rows = DriftService.compare(baseline, live(), IgnoreRules.none());
        assertThat(rows).extracting(r -> r.entity() + " " + r.field() + " " + r.change() + " " + r.severity())
                .containsExactly("Overflow memberGroups REMOVED HIGH");
        List<RevertOutcome> outcomes = service.revert(service.planRevert(baseline, rows, () -> false, p -> { }),
                () -> false, o -> { });
        assertThat(outcomes).allSatisfy(o -> assertThat(o.reverted()).as(o.message()).isTrue());
        assertThat(DriftService.compare(baseline, live(), IgnoreRules.none())).isEmpty();

        // Someone deletes the queue: the revert makes it again with its ring, rule, flow and groups.
        emulator.org().deleteQueue(emulator.org().queues().stream().filter(q -> q.name().equals("Overflow"))
                .findFirst().orElseThrow().id());
        rows = DriftService.compare(baseline, live(), IgnoreRules.none());
        assertThat(rows).extracting(r -> r.entity() + " " + r.field() + " " + r.change())
                .containsExactly("Overflow * REMOVED");
        RevertPlan plan = service.planRevert(baseline, rows, () -> false, p -> { });
        assertThat(plan.steps().get(0).write()).contains("rings, group rules, in-queue flow and member groups");
        outcomes = service.revert(plan, () -> false, o -> { });
        assertThat(outcomes).allSatisfy(o -> assertThat(o.reverted()).as(o.message()).isTrue());
        assertThat(DriftService.compare(baseline, live(), IgnoreRules.none())).as("all of it restored").isEmpty();
    }

    @Test
    void theMediasAnsweringSettingsAndTheOrgsUtilisationAreInTheSnapshotAndARevertPutsThemBack() {
        ConfigSnapshot baseline = live();
        assertThat(baseline.utilization()).containsKeys("call", "callback", "chat", "email", "message");
        assertThat(baseline.utilization().get("chat").maximumCapacity()).as("the demo org's three chats").isEqualTo(3);
        String queueId = gateway.allQueues().get(0).id();
        String queue = gateway.queue(queueId).name();
        assertThat(baseline.queues().get(queue).media().get("call").enableAutoAnswer()).isFalse();

        // Someone allows two calls at once org-wide and turns auto-answer on for the queue's calls and its SMS.
        Map<String, MediaUtilization> twoCalls = new TreeMap<>(baseline.utilization());
        twoCalls.put("call", new MediaUtilization(2, List.of("email"), false));
        gateway.utilizations().setOrg(twoCalls);
        gateway.updateQueue(queueId, s -> {
            Map<String, MediaSettings> media = new TreeMap<>(s.media());
            MediaSettings call = media.get("call");
            media.put("call", new MediaSettings(call.alertingTimeoutSeconds(), call.serviceLevelPercentage(),
                    call.serviceLevelDurationMs(), true, 1.5, call.manualAnswerAlertToneSeconds(), null));
            MediaSettings message = media.get("message");
            media.put("message", new MediaSettings(message.alertingTimeoutSeconds(),
                    message.serviceLevelPercentage(), message.serviceLevelDurationMs(), message.enableAutoAnswer(),
                    null, null, Map.of("sms", true)));
            return new QueueSettings(s.name(), s.description(), s.divisionId(), s.skillEvaluationMethod(),
                    s.wrapupPrompt(), s.acwTimeoutMs(), media);
        });

        List<DriftRow> rows = DriftService.compare(baseline, live(), IgnoreRules.none());
        assertThat(rows).extracting(r -> r.type() + " " + r.entity() + " " + r.field() + " '" + r.baseline()
                + "' -> '" + r.live() + "'").containsExactlyInAnyOrder(
                "QUEUE " + queue + " media.call.enableAutoAnswer 'false' -> 'true'",
                "QUEUE " + queue + " media.call.autoAnswerAlertToneSeconds '' -> '1.5'",
                "QUEUE " + queue + " media.message.subTypeAutoAnswer '' -> 'sms=true'",
                "UTILIZATION Organization call.maximumCapacity '1' -> '2'",
                "UTILIZATION Organization call.interruptableMediaTypes '' -> 'email'");

        RevertPlan plan = service.planRevert(baseline, rows, () -> false, p -> { });
        assertThat(plan.steps()).filteredOn(s -> s.row().type() == DriftRow.EntityType.UTILIZATION)
                .extracting(RevertPlan.Step::write)
                .contains("set the org's utilisation call.maximumCapacity '2' -> '1'");
        List<RevertOutcome> outcomes = service.revert(plan, () -> false, o -> { });
        assertThat(outcomes).filteredOn(o -> o.row().type() == DriftRow.EntityType.UTILIZATION)
                .hasSize(2).allSatisfy(o -> assertThat(o.reverted()).as(o.message()).isTrue());
        assertThat(gateway.utilizations().org().media().get("call"))
                .isEqualTo(new MediaUtilization(1, List.of(), false));
        assertThat(DriftService.compare(baseline, live(), IgnoreRules.none()))
                .as("the tone and the SMS setting were never set in the baseline, so they stay; the rest is back")
                .extracting(DriftRow::field).containsExactlyInAnyOrder("media.call.autoAnswerAlertToneSeconds",
                        "media.message.subTypeAutoAnswer");
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        assertThat(history.audit().page("", 0, 50)).extracting(r -> r.entry().action() + " " + r.entry().outcome())
                .contains("utilization.update " + AuditEntry.OK);
    }

    @Test
    void aSnapshotOfTheFirstFormatSaysNothingOfTheRoutingItDidNotRecord() {
        provisionRoutedQueue();
        ConfigSnapshot now = live();
        Map<String, ConfigSnapshot.Queue> older = new java.util.TreeMap<>();
        now.queues().forEach((name, q) -> older.put(name, new ConfigSnapshot.Queue(q.description(), q.division(),
                q.skillEvaluationMethod(), q.wrapupPrompt(), q.acwTimeoutMs(), q.media(), q.members())));
        ConfigSnapshot formatOne = new ConfigSnapshot(1, older, now.skills(), now.agents());

        assertThat(DriftService.compare(formatOne, now, IgnoreRules.none())).isEmpty();
        assertThat(SnapshotFiles.read(SnapshotFiles.write(formatOne)).queues().get("Overflow").routingRecorded())
                .isFalse();
    }

    @Test
    void theSameOrgGivesTheSameFileByteForByte() throws Exception {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        DriftService.writeFile(first.toFile(), live());
        DriftService.writeFile(second.toFile(), live());

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        ConfigSnapshot read = DriftService.readFile(first.toFile());
        assertThat(read.queues()).hasSize(6);
        assertThat(read.agents()).isNotEmpty();
        assertThat(read.queues().values()).anySatisfy(q -> assertThat(q.members()).isNotEmpty());
        assertThat(DriftService.compare(read, live(), IgnoreRules.none())).isEmpty();
    }

    @Test
    void changesInTheOrgAreExactlyTheRowsAndRevertPutsThemBackWithAudit() {
        gateway.createSkill("Warranty");
        ConfigSnapshot baseline = live();
        Changes changed = changeThreeThings();

        List<DriftRow> rows = DriftService.compare(baseline, live(), IgnoreRules.none());

        assertThat(rows).extracting(r -> r.type() + " " + r.label() + " " + r.field() + " " + r.change())
                .containsExactly(
                        "QUEUE " + changed.queue() + " description CHANGED",
                        "SKILL Warranty * REMOVED",
                        "AGENT_SKILL " + changed.agent() + " / " + changed.agentSkill() + " proficiency CHANGED");
        assertThat(rows.get(0).live()).isEqualTo("changed in admin");
        assertThat(rows.get(0).baseline()).startsWith("Simulated");

        RevertPlan plan = service.planRevert(baseline, rows, () -> false, p -> { });
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.refusal()).isEmpty());
        List<RevertOutcome> outcomes = service.revert(plan, () -> false, o -> { });

        assertThat(outcomes).allSatisfy(o -> assertThat(o.reverted()).as(o.message()).isTrue());
        assertThat(DriftService.compare(baseline, live(), IgnoreRules.none())).isEmpty();
        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        List<AuditEntry> audit = history.audit().page("", 0, 50).stream().map(AuditHistory.Row::entry).toList();
        assertThat(audit).extracting(AuditEntry::action).contains("queue.update", "skill.create",
                "user.skills.patch");
        assertThat(audit).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditEntry.OK));
        assertThat(audit).filteredOn(e -> e.action().equals("queue.update")).singleElement()
                .satisfies(e -> assertThat(e.before()).contains("changed in admin"));
        assertThat(history.audit().verify().intact()).isTrue();
    }

    @Test
    void whatCannotBePutBackSafelyIsRefusedWithTheReasonAndNothingIsWritten() {
        ConfigSnapshot baseline = live();
        gateway.createSkill("Brand new");
        long before = emulator.faults().apiRequests();

        List<DriftRow> rows = DriftService.compare(baseline, live(), IgnoreRules.none());
        RevertPlan plan = service.planRevert(baseline, rows, () -> false, p -> { });
        List<RevertOutcome> outcomes = service.revert(plan, () -> false, o -> { });

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.reverted()).isFalse();
            assertThat(o.message()).contains("does not delete skills");
        });
        assertThat(gateway.findSkillByName("Brand new")).isPresent();
        assertThat(emulator.faults().apiRequests() - before).as("reads only").isLessThan(30);
    }

    @Test
    void acceptingRowsUpdatesTheSavedBaseline() {
        service.saveBaseline("Production", live());
        changeThreeThingsAfterMakingTheSpareSkill();
        ConfigSnapshot now = live();
        List<DriftRow> rows = DriftService.compare(service.baseline("Production"), now, IgnoreRules.none());
        assertThat(rows).hasSize(3);

        service.saveBaseline("Production", Baselines.accept(service.baseline("Production"), now, rows.subList(0, 2)));

        assertThat(DriftService.compare(service.baseline("Production"), now, IgnoreRules.none()))
                .containsExactly(rows.get(2));
        assertThat(service.savedBaselines()).extracting(s -> s.name()).containsExactly("Production");
    }

    private void changeThreeThingsAfterMakingTheSpareSkill() {
        // The skill is made after the baseline here, so its row is an addition; the queue and agent rows change.
        gateway.createSkill("Warranty");
        String queueId = gateway.allQueues().get(1).id();
        gateway.updateQueue(queueId, s -> s.withDescription("another text"));
        EmUser user = emulator.org().users().stream().filter(u -> !u.skills().isEmpty()).findFirst().orElseThrow();
        SkillAssignment held = gateway.userSkills(user.id()).get(0);
        gateway.setUserSkill(user.id(), held.skillId(), held.proficiency() >= 4.5 ? 1.0 : held.proficiency() + 0.5);
    }

    @Test
    void theScheduledCheckRaisesOneAlertPerNewRowAndNoneForRowsAlreadySeen() throws Exception {
        gateway.createSkill("Warranty");
        service.saveBaseline("Production", live());
        MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
        AtomicReference<DriftSettings> settings = new AtomicReference<>(new DriftSettings("Production", 15,
                List.of(), List.of()));
        try (AlertMonitor monitor = new AlertMonitor(new LiveState(), List::of, history.writer(), history.alerts(),
                AlertSettings.defaults(), clock, Duration.ofSeconds(1));
                DriftWatch watch = new DriftWatch(settings::get, () -> Optional.of(service), clock)) {
            watch.subscribe(new DriftAlerts(monitor));

            assertThat(watch.tick(clock.instant()).orElseThrow().rows()).isEmpty();
            Changes changed = changeThreeThings();
            clock.advance(Duration.ofMinutes(5));
            assertThat(watch.tick(clock.instant())).as("not due yet").isEmpty();
            clock.advance(Duration.ofMinutes(10));
            DriftCheck first = watch.tick(clock.instant()).orElseThrow();
            assertThat(first.newRows()).hasSize(3);
            assertThat(drift(monitor)).hasSize(3);
            String original = service.baseline("Production").queues().get(changed.queue()).description();
            assertThat(drift(monitor)).extracting(a -> a.headline(clock.instant())).contains(
                    "Queue " + changed.queue() + ": description '" + original + "' -> 'changed in admin'",
                    "Skill Warranty: removed since the baseline");

            clock.advance(Duration.ofMinutes(15));
            DriftCheck second = watch.tick(clock.instant()).orElseThrow();
            assertThat(second.rows()).hasSize(3);
            assertThat(second.newRows()).as("already seen").isEmpty();
            assertThat(drift(monitor)).hasSize(3);

            String queueId = gateway.findQueuesByName(changed.queue()).get(0).id();
            gateway.updateQueue(queueId, s -> s.withDescription(original));
            gateway.updateQueue(gateway.allQueues().get(2).id(), s -> s.withDescription("third"));
            clock.advance(Duration.ofMinutes(15));
            DriftCheck third = watch.tick(clock.instant()).orElseThrow();
            assertThat(third.newRows()).singleElement().satisfies(r -> assertThat(r.live()).isEqualTo("third"));
            assertThat(drift(monitor)).as("the put-back queue's alert cleared, the new one raised").hasSize(3)
                    .extracting(Alert::ruleName).anySatisfy(r -> assertThat(r).endsWith("-> 'third'"))
                    .noneSatisfy(r -> assertThat(r).endsWith("-> 'changed in admin'"));
            assertThat(watch.last()).contains(third);
        }
    }

    private static List<Alert> drift(AlertMonitor monitor) {
        return monitor.active().stream().filter(a -> a.condition() == AlertCondition.CONFIG_DRIFT).toList();
    }
}
