package io.floorwatch.drift;

import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 5,000-agent, 500-queue org read at Genesys' own limit (300 requests a minute): the snapshot is whole, every
 * membership is in it, and the read never drew a 429. Prints the time and the call count for the closing note.
 */
class DriftScaleIT {
    @TempDir
    Path dir;

    @Test
    void aBigOrgIsReadWholeWithinTheRateBudget() {
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(5_000, 500, 40, 7, 1.0))
                .withSimulation(false);
        try (Emulator emulator = new Emulator(config).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(1),
                        Clock.systemUTC())) {
            DriftService service = new DriftService(gateway, history.baselines(), history.writer(), "bench",
                    Clock.systemUTC(), GenesysGateway::connect);
            long requestsBefore = emulator.faults().apiRequests();
            long start = System.nanoTime();

            OrgSnapshot read = service.readLive(() -> false, p -> { });

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            long requests = emulator.faults().apiRequests() - requestsBefore;
            int memberships = emulator.org().queues().stream().mapToInt(q -> q.memberCount()).sum();
            int snapshotMemberships = read.snapshot().queues().values().stream().mapToInt(q -> q.members().size())
                    .sum();
            System.out.printf("drift snapshot of 5,000 agents / 500 queues: %d s, %d API calls (%d by the server's "
                    + "count), %d throttled, %d memberships%n", took.toSeconds(), read.calls(), requests,
                    emulator.faults().throttled(), snapshotMemberships);

            assertThat(read.snapshot().queues()).hasSize(500);
            assertThat(read.agentIds()).hasSize(5_000);
            assertThat(snapshotMemberships).isEqualTo(memberships);
            assertThat(emulator.faults().throttled()).as("no 429: the read stayed within the budget").isZero();
            assertThat(read.calls()).isEqualTo((int) requests);
            long queuesWithMembers = emulator.org().queues().stream().filter(q -> q.memberCount() > 0).count();
            assertThat(read.calls()).as("one member call per queue with members, plus the listings")
                    .isLessThanOrEqualTo((int) queuesWithMembers + 20);
        }
    }
}
