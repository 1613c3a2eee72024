package io.floorwatch.bench;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk skill apply: one change for each of 1,000 agents under the emulator's per-token budget (300 requests a
 * minute by default; {@code -Dbench.perMinute=N} for a quicker run at the same ratio). Each agent costs three calls
 * (read, PATCH, read back), so the floor is calls / budget. Reports wall time against that floor, the share of
 * calls answered 429, and lost updates (agents whose skills differ from the plan afterwards).
 */
public final class SkillApplyBench {
    private static final int AGENTS = 1_000;

    private SkillApplyBench() {
    }

    public static void main(String[] args) throws Exception {
        int perMinute = Integer.getInteger("bench.perMinute", 300);
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(AGENTS, 20, 30, 7, 1.0))
                .withSimulation(false).withRateLimit(perMinute);
        try (Emulator emulator = new Emulator(config).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-skill-bench")
                        .resolve("h"), Duration.ofDays(9), Clock.systemUTC())) {
            List<EmUser> users = emulator.org().users().subList(0, AGENTS);
            List<EmSkill> active = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                    .toList();
            List<SkillPlan.Agent> parts = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                EmUser user = users.get(i);
                List<SkillAssignment> preview = new ArrayList<>();
                user.skills().forEach((id, p) -> preview.add(new SkillAssignment(id, emulator.org().skill(id)
                        .orElseThrow().name(), p, null)));
                List<SkillAssignment> target = new ArrayList<>(preview);
                EmSkill skill = active.get(i % active.size());
                target.removeIf(s -> s.skillId().equals(skill.id()));
                target.add(new SkillAssignment(skill.id(), skill.name(), 2.5 + (i % 5) * 0.5, SkillState.ACTIVE));
                parts.add(new SkillPlan.Agent(user.id(), user.name(), preview, target));
            }
            long requestsBefore = emulator.faults().apiRequests();
            long throttledBefore = emulator.faults().throttled();
            long start = System.nanoTime();
            List<SkillOutcome> outcomes = new SkillApplier(gateway, history.writer(), "bench", Clock.systemUTC())
                    .apply(new SkillPlan(50, parts), () -> false, o -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            long requests = emulator.faults().apiRequests() - requestsBefore;
            long throttled = emulator.faults().throttled() - throttledBefore;
            long lost = 0;
            for (SkillPlan.Agent part : parts) {
                Map<String, Double> held = emulator.org().user(part.agentId()).orElseThrow().skills();
                Map<String, Double> planned = new HashMap<>();
                part.target().forEach(s -> planned.put(s.skillId(), s.proficiency()));
                if (!held.equals(planned)) {
                    lost++;
                }
            }
            long applied = outcomes.stream().filter(o -> o.status() == SkillOutcome.Status.APPLIED).count();
            long calls = requests - throttled;
            double floor = calls * 60.0 / perMinute;
            System.out.printf("BULK SKILL APPLY: %,d agents, budget %d requests/min: %.0f s wall, rate-limit floor "
                    + "%.0f s (%,d calls) -> ratio %.3f (target <= 1.1); %,d of %,d requests answered 429 (%.2f %%, "
                    + "target <= 1 %%); %d lost updates (target 0); %d applied%n", AGENTS, perMinute, seconds, floor,
                    calls, seconds / floor, throttled, requests, 100.0 * throttled / requests, lost, applied);
        }
    }
}
