package io.floorwatch.actions;

import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.SignInRobot;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.EmQueue;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Agent actions through the real SDK against the emulator: presence, log out, joins, with faults and undo. */
class ActionRunnerIT {
    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private ActionPlanner planner;
    private ActionRunner runner;

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(30)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        planner = new ActionPlanner(gateway);
        runner = new ActionRunner(gateway, history.writer(), "Sam Super", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        history.close();
        gateway.close();
        emulator.close();
    }

    private PresenceDefinition definition(SystemPresence presence) {
        return planner.presences().stream().filter(d -> d.systemPresence() == presence).findFirst().orElseThrow();
    }

    private List<EmUser> agentsNotIn(SystemPresence presence, int count) {
        return emulator.org().users().stream().filter(u -> u.status().presence() != presence
                && u.status().presence() != SystemPresence.OFFLINE).limit(count).toList();
    }

    private static List<ActionPlanner.Target> targets(List<EmUser> users) {
        return users.stream().map(u -> new ActionPlanner.Target(u.id(), u.name())).toList();
    }

    private ActionRunner.BatchResult run(ActionPlan plan) {
        return runner.run(plan, () -> false, outcome -> { });
    }

    private List<AuditHistory.Row> audit(String text) {
        assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
        return history.audit().page(text, 0, 100);
    }

    @Test
    void presenceForSeveralAgentsIsPreviewedSetAuditedAndUndone() {
        List<EmUser> agents = agentsNotIn(SystemPresence.BREAK, 3);
        Map<String, SystemPresence> before = agents.stream().collect(Collectors.toMap(EmUser::id,
                u -> u.status().presence()));
        PresenceDefinition onBreak = definition(SystemPresence.BREAK);

        ActionPlan plan = planner.plan(AgentAction.presence(onBreak.id(), onBreak.label()), targets(agents),
                "cover the lunch peak");
        assertThat(plan.rows()).hasSize(3).allSatisfy(row -> {
            assertThat(row.sent()).isTrue();
            assertThat(row.after()).isEqualTo(onBreak.label());
            assertThat(row.shown()).isNotBlank().isNotEqualTo(onBreak.label());
        });
        ActionRunner.BatchResult result = run(plan);

        assertThat(result.outcomes()).extracting(ActionOutcome::status).containsOnly(ActionOutcome.Status.DONE);
        assertThat(agents).allSatisfy(u -> assertThat(u.status().presence()).isEqualTo(SystemPresence.BREAK));
        assertThat(audit("user.presence.set")).hasSize(3).allSatisfy(row -> {
            assertThat(row.entry().actor()).isEqualTo("Sam Super");
            assertThat(row.entry().after()).contains("cover the lunch peak").contains(onBreak.label());
            assertThat(row.entry().outcome()).isEqualTo("ok");
        });

        ActionPlan undo = runner.undoOf(result).orElseThrow();
        assertThat(undo.rows()).hasSize(3);
        ActionRunner.BatchResult undone = run(undo);
        assertThat(undone.outcomes()).extracting(ActionOutcome::status).containsOnly(ActionOutcome.Status.DONE);
        assertThat(agents).allSatisfy(u -> assertThat(u.status().presence()).isEqualTo(before.get(u.id())));
    }

    @Test
    void anAgentWhoseStateChangedSinceThePreviewIsSkippedNotOverwritten() {
        List<EmUser> agents = agentsNotIn(SystemPresence.BREAK, 2);
        PresenceDefinition onBreak = definition(SystemPresence.BREAK);
        ActionPlan plan = planner.plan(AgentAction.presence(onBreak.id(), onBreak.label()), targets(agents), "");
        SystemPresence other = agents.get(0).status().presence() == SystemPresence.MEETING ? SystemPresence.TRAINING
                : SystemPresence.MEETING;
        emulator.org().setPresence(agents.get(0), other);

        ActionRunner.BatchResult result = run(plan);

        assertThat(result.outcomes().get(0).status()).isEqualTo(ActionOutcome.Status.SKIPPED);
        assertThat(result.outcomes().get(0).detail()).contains("changed since the preview");
        assertThat(result.outcomes().get(1).status()).isEqualTo(ActionOutcome.Status.DONE);
        assertThat(agents.get(0).status().presence()).isEqualTo(other);
        assertThat(agents.get(1).status().presence()).isEqualTo(SystemPresence.BREAK);
        // The undo puts back only what this batch changed, and skips what changed again since.
        emulator.org().setPresence(agents.get(1), SystemPresence.MEAL);
        ActionRunner.BatchResult undone = run(runner.undoOf(result).orElseThrow());
        assertThat(undone.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ActionOutcome.Status.SKIPPED);
            assertThat(o.detail()).contains("changed since the preview");
        });
        assertThat(agents.get(1).status().presence()).isEqualTo(SystemPresence.MEAL);
    }

    @Test
    void a429MidBatchIsWaitedOutAndA5xxIsRetriedWithNothingLost() {
        List<EmUser> agents = agentsNotIn(SystemPresence.MEETING, 4);
        PresenceDefinition meeting = definition(SystemPresence.MEETING);
        ActionPlan plan = planner.plan(AgentAction.presence(meeting.id(), meeting.label()), targets(agents), "");
        emulator.faults().throttleNext(1, 1);
        emulator.faults().failNext(1, 503);

        ActionRunner.BatchResult result = run(plan);

        assertThat(result.outcomes()).extracting(ActionOutcome::status).containsOnly(ActionOutcome.Status.DONE);
        assertThat(agents).allSatisfy(u -> assertThat(u.status().presence()).isEqualTo(SystemPresence.MEETING));
        assertThat(emulator.faults().throttled()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aLogOutTakesTheAgentOfflineHasNoUndoAndIsRefusedToAPersonWithoutThePermission() throws Exception {
        EmAccount watcher = emulator.org().accounts().stream()
                .filter(a -> a.role().name().equals("Supervisor (read only)")).findFirst().orElseThrow();
        String division = watcher.divisionIds().iterator().next();
        EmUser visible = emulator.org().users().stream().filter(u -> u.divisionId().equals(division))
                .filter(u -> u.status().presence() != SystemPresence.OFFLINE).findFirst().orElseThrow();
        SystemPresence before = visible.status().presence();
        SignInRobot robot = new SignInRobot();
        try (UserTokens tokens = new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), 0,
                Duration.ofSeconds(20), Clock.systemUTC()).run(uri -> robot.signIn(uri, watcher.email(),
                        watcher.password()));
                GenesysGateway asWatcher = GenesysGateway.connect(new Credentials(emulator.baseUrl(),
                        emulator.signInClientId(), ""), tokens)) {
            ActionPlan plan = new ActionPlanner(asWatcher).plan(AgentAction.logOut(),
                    targets(List.of(visible)), "end of shift");
            ActionRunner.BatchResult refused = new ActionRunner(asWatcher, history.writer(), "watcher",
                    Clock.systemUTC()).run(plan, () -> false, o -> { });
            assertThat(refused.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(ActionOutcome.Status.REFUSED);
                assertThat(o.detail()).startsWith("Refused by Genesys").contains("oauth:token:delete");
            });
        }
        assertThat(visible.status().presence()).isEqualTo(before);

        ActionRunner.BatchResult result = run(planner.plan(AgentAction.logOut(), targets(List.of(visible)),
                "end of shift"));
        assertThat(result.outcomes()).singleElement().extracting(ActionOutcome::status)
                .isEqualTo(ActionOutcome.Status.DONE);
        assertThat(visible.status().presence()).isEqualTo(SystemPresence.OFFLINE);
        assertThat(runner.undoOf(result)).isEmpty();
        assertThat(audit("user.logout")).extracting(r -> r.entry().outcome()).contains("ok")
                .anySatisfy(o -> assertThat(o).contains("missing.permissions"));
    }

    @Test
    void membersLeaveAndJoinAQueueInBulkAndANonMemberIsNamedAndNotSent() {
        EmQueue queue = emulator.org().queues().stream().filter(q -> q.members().stream()
                .filter(EmQueue.Member::joined).count() >= 3).findFirst().orElseThrow();
        List<EmUser> members = queue.members().stream().filter(EmQueue.Member::joined).limit(2)
                .map(m -> emulator.org().user(m.userId()).orElseThrow()).toList();
        EmUser outsider = emulator.org().users().stream().filter(u -> queue.member(u.id()).isEmpty()).findFirst()
                .orElseThrow();
        List<EmUser> chosen = List.of(members.get(0), members.get(1), outsider);

        ActionPlan plan = planner.plan(AgentAction.leave(queue.id(), queue.name()), targets(chosen), "");
        assertThat(plan.rows().get(2).skip()).isEqualTo("not a member of " + queue.name());
        ActionRunner.BatchResult result = run(plan);

        Map<String, ActionOutcome> byAgent = result.outcomes().stream().collect(Collectors.toMap(
                o -> o.row().agentId(), Function.identity()));
        assertThat(byAgent.get(outsider.id()).status()).isEqualTo(ActionOutcome.Status.SKIPPED);
        assertThat(members).allSatisfy(u -> {
            assertThat(byAgent.get(u.id()).status()).isEqualTo(ActionOutcome.Status.DONE);
            assertThat(queue.member(u.id()).orElseThrow().joined()).isFalse();
        });
        assertThat(audit("queue.member.leave")).hasSize(2);

        ActionRunner.BatchResult undone = run(runner.undoOf(result).orElseThrow());
        assertThat(undone.outcomes()).hasSize(2).extracting(ActionOutcome::status)
                .containsOnly(ActionOutcome.Status.DONE);
        assertThat(members).allSatisfy(u -> assertThat(queue.member(u.id()).orElseThrow().joined()).isTrue());
    }

    @Test
    void aReasonIsRequiredToLogOutAndForBatchesOverTheSizeAndAnEmptySelectionSaysSo() {
        List<EmUser> agents = agentsNotIn(SystemPresence.BREAK, 3);
        PresenceDefinition onBreak = definition(SystemPresence.BREAK);
        ActionPlan presence = planner.plan(AgentAction.presence(onBreak.id(), onBreak.label()), targets(agents), "");
        assertThat(ActionRules.problems(presence, 10)).isEmpty();
        assertThat(ActionRules.problems(presence, 2)).containsExactly(
                "A reason is required for more than 2 agents (3 selected).");
        assertThat(ActionRules.problems(presence.withReason("peak"), 2)).isEmpty();
        ActionPlan logOut = planner.plan(AgentAction.logOut(), targets(agents.subList(0, 1)), " ");
        assertThat(ActionRules.problems(logOut, 10)).containsExactly("A reason is required to log agents out.");
        assertThat(ActionRules.problems(planner.plan(AgentAction.logOut(), List.of(), "x"), 10))
                .containsExactly("No agents selected.");
    }
}
