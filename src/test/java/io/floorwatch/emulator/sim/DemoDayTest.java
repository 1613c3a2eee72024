package io.floorwatch.emulator.sim;

import io.floorwatch.app.DemoSettings;
import io.floorwatch.domain.MediaType;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.org.EmConversation;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The embedded default's day, stepped second by second with the test clock from its eleven o'clock start: queues that
 * wait and miss their service level at the lunch peak and recover after it, customers who give up, agents who
 * hold, wrap up and handle several chats, never beyond their utilisation.
 */
class DemoDayTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final Emulator emulator = new Emulator(DemoSettings.emulator().withSimulation(false), clock);
    private final Simulator simulator = emulator.simulator();

    @AfterEach
    void close() {
        emulator.close();
    }

    @Test
    void queuesMissTheirTargetAtTheLunchPeakAndRecoverAndNobodyWorksBeyondTheirUtilisation() {
        Map<String, Double> lowest = new HashMap<>();
        Map<String, Double> lastSeen = new HashMap<>();
        Set<String> queuesThatWaited = new HashSet<>();
        long abandoned = 0;
        boolean held = false;
        boolean wrappingUp = false;
        boolean severalChats = false;
        simulator.tick(clock.millis());
        for (int s = 1; s <= 5 * 3600; s++) {
            clock.advance(Duration.ofSeconds(1));
            simulator.tick(clock.millis());
            if (s % 30 != 0) {
                continue;
            }
            for (EmQueue queue : emulator.org().queues()) {
                EmQueue.Traffic traffic = queue.traffic();
                lowest.merge(queue.name(), traffic.serviceLevel(), Math::min);
                lastSeen.put(queue.name(), traffic.serviceLevel());
                if (traffic.waiting() > 0) {
                    queuesThatWaited.add(queue.name());
                }
                abandoned = Math.max(abandoned, traffic.abandoned());
            }
            for (EmUser user : emulator.org().users()) {
                List<EmConversation> handling = emulator.org().conversationsOf(user.id());
                Map<MediaType, Integer> counts = new EnumMap<>(MediaType.class);
                handling.forEach(c -> counts.merge(c.media(), 1, Integer::sum));
                AgentCapacity capacity = AgentCapacity.of(emulator.org().utilization().effective(user.id()));
                counts.forEach((media, n) -> assertThat(n).as(user.name() + " " + media)
                        .isLessThanOrEqualTo(capacity.maximum(media)));
                held |= handling.stream().anyMatch(EmConversation::held);
                wrappingUp |= handling.stream().anyMatch(EmConversation::inAfterCallWork);
                severalChats |= counts.getOrDefault(MediaType.CHAT, 0) > 1;
            }
        }
        assertThat(simulator.secondOfDay(clock.millis()) / 3600).as("the day ran to four in the afternoon")
                .isCloseTo(16.0, offset(0.01));
        assertThat(lowest.values()).as("a queue fell below the 80 % target").anyMatch(sl -> sl < 0.8);
        assertThat(lowest.keySet()).as("and recovered after the peak").anyMatch(name -> lowest.get(name) < 0.8
                && lastSeen.get(name) >= 0.8);
        assertThat(queuesThatWaited).as("queues that really wait").hasSizeGreaterThan(3);
        assertThat(abandoned).as("customers who gave up").isPositive();
        assertThat(held).as("someone on hold").isTrue();
        assertThat(wrappingUp).as("someone in after-call work").isTrue();
        assertThat(severalChats).as("someone with several chats").isTrue();
    }

    @Test
    void theSameSeedIsTheSameDay() {
        List<String> first = dayOf(emulator, clock);
        MovableClock otherClock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
        try (Emulator second = new Emulator(DemoSettings.emulator().withSimulation(false), otherClock)) {
            assertThat(dayOf(second, otherClock)).isEqualTo(first).allMatch(line -> !line.endsWith(" 0 0 0"));
        }
    }

    private static List<String> dayOf(Emulator emulator, MovableClock clock) {
        emulator.simulator().tick(clock.millis());
        for (int s = 0; s < 1800; s++) {
            clock.advance(Duration.ofSeconds(1));
            emulator.simulator().tick(clock.millis());
        }
        return emulator.org().queues().stream().map(q -> q.name() + " " + q.traffic().offered() + " "
                + q.traffic().answered() + " " + q.traffic().abandoned()).toList();
    }
}
