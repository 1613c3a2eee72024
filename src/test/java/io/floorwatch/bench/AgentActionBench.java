package io.floorwatch.bench;

import io.floorwatch.actions.ActionOutcome;
import io.floorwatch.actions.ActionPlan;
import io.floorwatch.actions.ActionPlanner;
import io.floorwatch.actions.ActionRunner;
import io.floorwatch.actions.AgentAction;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A presence for 1,000 agents in one batch under the emulator's per-token budget (300 requests a minute by default;
 * {@code -Dbench.perMinute=N} for a quicker run at the same ratio). The batch costs one PATCH per agent plus one bulk
 * read of 100 users per chunk (the check before writing), and the preview's bulk reads before it; the floor is the
 * batch's calls / budget. Reports wall time against that floor, the share of calls answered 429, and lost updates
 * (agents not on the presence afterwards).
 */
public final class AgentActionBench {
    private static final int AGENTS = 1_000;

    private AgentActionBench() {
    }

    public static void main(String[] args) throws Exception {
        int perMinute = Integer.getInteger("bench.perMinute", 300);
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(AGENTS, 20, 30, 7, 1.0))
                .withSimulation(false).withRateLimit(perMinute);
        try (Emulator emulator = new Emulator(config).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-action-bench")
                        .resolve("h"), Duration.ofDays(9), Clock.systemUTC())) {
            List<EmUser> users = emulator.org().users().subList(0, AGENTS);
            // Everyone off Training first, so every agent is sent (the emulator's own state, no calls).
            users.stream().filter(u -> u.status().presence() == SystemPresence.TRAINING)
                    .forEach(u -> emulator.org().setPresence(u, SystemPresence.AVAILABLE));
            ActionPlanner planner = new ActionPlanner(gateway);
            PresenceDefinition training = planner.presences().stream()
                    .filter(d -> d.systemPresence() == SystemPresence.TRAINING).findFirst().orElseThrow();
            ActionPlan plan = planner.plan(AgentAction.presence(training.id(), training.label()), users.stream()
                    .map(u -> new ActionPlanner.Target(u.id(), u.name())).toList(), "bench");
            long requestsBefore = emulator.faults().apiRequests();
            long throttledBefore = emulator.faults().throttled();
            long start = System.nanoTime();
            ActionRunner.BatchResult result = new ActionRunner(gateway, history.writer(), "bench",
                    Clock.systemUTC()).run(plan, () -> false, o -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            long requests = emulator.faults().apiRequests() - requestsBefore;
            long throttled = emulator.faults().throttled() - throttledBefore;
            long lost = users.stream().filter(u -> u.status().presence() != SystemPresence.TRAINING).count();
            long calls = requests - throttled;
            double floor = calls * 60.0 / perMinute;
            System.out.printf("AGENT PRESENCE BATCH: %,d agents, budget %d requests/min: %.0f s wall, rate-limit floor "
                    + "%.0f s (%,d calls) -> ratio %.3f (target <= 1.1); %,d of %,d requests answered 429 (%.2f %%, "
                    + "target <= 1 %%); %d lost (target 0); %d done%n", AGENTS, perMinute, seconds, floor, calls,
                    seconds / floor, throttled, requests, 100.0 * throttled / requests, lost,
                    result.count(ActionOutcome.Status.DONE));
        }
    }
}
