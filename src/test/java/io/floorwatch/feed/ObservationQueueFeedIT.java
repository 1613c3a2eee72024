package io.floorwatch.feed;

import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.MemberStatuses;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queue snapshots from Genesys queue observations, against the emulator: a REST read of every queue first, then
 * the observation notifications the floor's changes publish, each the same domain record the Kafka feed makes.
 */
class ObservationQueueFeedIT {

    @Test
    void observationsBecomeSnapshotsThatMatchTheOrg() throws Exception {
        try (Emulator emulator = new Emulator(TestEmulators.still(60)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"))) {
            Map<String, QueueSnapshot> latest = new ConcurrentHashMap<>();
            AtomicInteger received = new AtomicInteger();
            try (ObservationQueueFeed feed = new ObservationQueueFeed(gateway, FeedIT.FAST, Clock.systemUTC(),
                    (snapshots, rejected) -> {
                        snapshots.forEach(s -> latest.put(s.queueId(), s));
                        received.addAndGet(snapshots.size());
                        assertThat(rejected).isEmpty();
                    }, Duration.ofMillis(500), Duration.ofMillis(500)).start()) {
                int queues = emulator.org().queues().size();
                await("every queue read over REST", () -> latest.size() == queues);
                int fromRest = received.get();
                await("the channel open", () -> feed.health(latest.size()).running());

                // One step of the floor: agents move, interactions arrive, and each queue publishes its observation.
                emulator.simulator().tick(System.currentTimeMillis());
                // The still floor may already match the REST read: wait for the notifications themselves too.
                await("observations after the REST read", () -> received.get() > fromRest);
                try {
                    await("the snapshots match the org", () -> mismatches(emulator, latest).isEmpty());
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + ": " + mismatches(emulator, latest), e);
                }
                assertThat(latest.values()).allSatisfy(s -> {
                    assertThat(s.source()).isEqualTo("genesys");
                    assertThat(s.agentsAvailable()).isEqualTo(s.idle());
                    if (s.waiting() == 0) {
                        assertThat(s.longestWaitSeconds()).isZero();
                    }
                });
                assertThat(feed.health(latest.size()).source()).isEqualTo("Genesys queue observations");

                // The floor runs on: work is answered, and the service level and abandon rate come from the
                // conversation aggregates of the last half hour, as the emulator counted them.
                Await.until("a service level from the aggregates", Duration.ofSeconds(30), () -> {
                    emulator.simulator().tick(System.currentTimeMillis());
                    return latest.values().stream().anyMatch(s -> s.serviceLevel() != null);
                });
                QueueSnapshot measured = latest.values().stream().filter(s -> s.serviceLevel() != null).findFirst()
                        .orElseThrow();
                EmQueue queue = emulator.org().queue(measured.queueId()).orElseThrow();
                long minute = System.currentTimeMillis() / 60_000;
                long answered = queue.stats().sum(minute - 30, minute).values().stream()
                        .mapToLong(t -> t.answered).sum();
                assertThat(answered).isPositive();
                assertThat(measured.serviceLevel()).isBetween(0.0, 1.0);
                assertThat(measured.abandonedRate()).isNotNull();
            }
        }
    }

    private static List<String> mismatches(Emulator emulator, Map<String, QueueSnapshot> latest) {
        List<String> wrong = new ArrayList<>();
        for (EmQueue queue : emulator.org().queues()) {
            QueueSnapshot seen = latest.get(queue.id());
            MemberStatuses truth = MemberStatuses.of(emulator.org(), queue);
            if (seen == null || seen.onQueue() != truth.onQueue()
                    || seen.idle() != truth.count(RoutingStatus.IDLE)
                    || seen.interacting() != queue.traffic().interacting()
                    || seen.waiting() != queue.traffic().waiting()) {
                wrong.add(queue.name() + (seen == null ? " unseen" : " seen " + seen.onQueue() + "/" + seen.idle() + "/"
                        + seen.interacting() + "/" + seen.waiting() + " truth " + truth.onQueue() + "/"
                        + truth.count(RoutingStatus.IDLE) + "/" + queue.traffic().interacting() + "/"
                        + queue.traffic().waiting()));
            }
        }
        return wrong;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Await.until(what, Duration.ofSeconds(30), condition);
    }
}
