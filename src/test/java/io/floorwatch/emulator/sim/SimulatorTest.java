package io.floorwatch.emulator.sim;

import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmConversation;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator respects what a supervisor changes from outside (presences set for agents, queues left, skills
 * taken), and routes as Genesys does: an interaction only to a member holding every skill its queue requires.
 */
class SimulatorTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final Emulator emulator = new Emulator(TestEmulators.still(60), clock);
    private final Simulator simulator = emulator.simulator();

    @AfterEach
    void close() {
        emulator.close();
    }

    /** Steps the floor second by second (the default speed: one simulated second per second). */
    private void run(Duration span) {
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            simulator.tick(clock.millis());
        }
    }

    @Test
    void agentsASupervisorSetsOnBreakStayOnBreakForAWhile() {
        simulator.tick(clock.millis());
        List<EmUser> agents = emulator.org().users().stream()
                .filter(u -> u.status().presence() == SystemPresence.ON_QUEUE).limit(10).toList();
        assertThat(agents).hasSize(10);

        // As the REST endpoint does, from a thread other than the simulator's.
        agents.forEach(u -> emulator.org().setPresence(u, SystemPresence.BREAK));
        run(Duration.ofMinutes(14));

        assertThat(agents).allSatisfy(u -> assertThat(u.status().presence()).as(u.name())
                .isEqualTo(SystemPresence.BREAK));
        run(Duration.ofMinutes(20));
        assertThat(agents).as("back to their day after the hold").anySatisfy(u -> assertThat(u.status().presence())
                .isNotEqualTo(SystemPresence.BREAK));
    }

    @Test
    void agentsWhoLeftEveryQueueTakeNoMoreInteractions() {
        simulator.tick(clock.millis());
        // Some on queue and free, some mid-interaction (the floor opens with most agents busy as scheduled).
        List<EmUser> onQueue = emulator.org().users().stream()
                .filter(u -> u.status().presence() == SystemPresence.ON_QUEUE).toList();
        List<EmUser> leavers = Stream.concat(
                onQueue.stream().filter(u -> u.status().routingStatus() != RoutingStatus.INTERACTING).limit(4),
                onQueue.stream().filter(u -> u.status().routingStatus() == RoutingStatus.INTERACTING).limit(4))
                .toList();
        for (EmUser user : leavers) {
            for (String queueId : emulator.org().queueIdsOf(user.id())) {
                emulator.org().setJoined(emulator.org().queue(queueId).orElseThrow(), user.id(), false);
            }
        }
        simulator.tick(clock.millis());
        // Those on an interaction already finish it; none may start a new one.
        List<EmUser> free = leavers.stream().filter(u -> u.status().routingStatus() != RoutingStatus.INTERACTING)
                .toList();
        assertThat(free).isNotEmpty();
        long stayers = emulator.org().users().stream().filter(u -> !leavers.contains(u)).count();
        int answeredByStayers = 0;
        for (int s = 0; s < 20 * 60; s++) {
            run(Duration.ofSeconds(1));
            assertThat(free).allSatisfy(u -> assertThat(u.status().routingStatus()).as(u.name())
                    .isNotEqualTo(RoutingStatus.INTERACTING));
            answeredByStayers += (int) emulator.org().users().stream().filter(u -> !leavers.contains(u))
                    .filter(u -> u.status().routingStatus() == RoutingStatus.INTERACTING).count();
        }
        assertThat(stayers).isPositive();
        assertThat(answeredByStayers).as("the others keep taking work, so the check had work to give").isPositive();
    }

    @Test
    void theGeneratedFloorGivesEveryMemberTheSkillsItsQueuesRequire() {
        for (EmQueue queue : emulator.org().queues()) {
            List<String> required = emulator.plan().queueSkills().get(queue.id());
            assertThat(queue.members()).as(queue.name()).allSatisfy(m -> assertThat(emulator.org().user(m.userId())
                    .orElseThrow().skills()).containsKeys(required.toArray(String[]::new)));
        }
    }

    @Test
    void membersWithoutTheQueuesSkillAreNotOfferedItsInteractions() {
        simulator.tick(clock.millis());
        EmQueue queue = emulator.org().queues().get(0);
        String skillId = emulator.plan().queueSkills().get(queue.id()).get(0);
        List<EmQueue.Member> members = queue.members();
        // Half the members lose the skill, as a skill change would take it: Genesys routes them none of its work.
        Set<String> lacking = new HashSet<>();
        for (int i = 0; i < members.size(); i += 2) {
            EmUser user = emulator.org().user(members.get(i).userId()).orElseThrow();
            emulator.org().removeUserSkill(user, skillId);
            lacking.add(user.id());
        }
        Instant from = clock.instant();

        run(Duration.ofMinutes(20));

        List<EmConversation> answered = emulator.org().allConversations().stream()
                .filter(c -> queue.id().equals(c.queueId()) && c.connectedAt().isAfter(from)).toList();
        assertThat(answered).as("the queue's work after the change").isNotEmpty()
                .noneMatch(c -> lacking.contains(c.userId()));
    }

    @Test
    void aDeletedQueuesWaitingCustomersAreGoneWithItAndNobodyAnswersIt() {
        try (Emulator busy = new Emulator(EmulatorConfig.defaults().withFloor(new SimSettings(60, 6, 12, 11, 1.0, 4.0,
                LocalTime.of(12, 0))).withSimulation(false), clock)) {
            Simulator sim = busy.simulator();
            EmQueue waiting = null;
            for (int s = 0; s < 30 * 60 && waiting == null; s++) {
                clock.advance(Duration.ofSeconds(1));
                sim.tick(clock.millis());
                waiting = busy.org().queues().stream().filter(q -> q.traffic().waiting() > 0).findFirst()
                        .orElse(null);
            }
            assertThat(waiting).as("a queue with customers waiting, on a day four times too busy").isNotNull();
            String deleted = waiting.id();
            Instant deletedAt = clock.instant();
            busy.org().deleteQueue(deleted);

            for (int s = 0; s < 10 * 60; s++) {
                clock.advance(Duration.ofSeconds(1));
                sim.tick(clock.millis());
                assertThat(busy.org().allConversations()).noneMatch(c -> deleted.equals(c.queueId())
                        && c.connectedAt().isAfter(deletedAt));
            }
        }
    }
}
