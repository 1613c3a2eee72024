package io.floorwatch.bench;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertEvent;
import io.floorwatch.monitor.AlertMonitor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Idle alerts at 20,000 agents with state changes all the time: how long after its threshold an alert reaches a
 * listener (the production monitor, its 200 ms tick, history behind it), and how much of the monitor thread's CPU
 * one state change costs; then the cost per change at 2,000, 20,000 and 200,000 agents, to show it grows with log n.
 */
public final class AlertBench {
    private static final int AGENTS = 20_000;
    private static final int CHANGES_PER_SECOND = 2_000;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(40);
    private static final AlertSettings RULES = new AlertSettings(List.of(
            AlertRule.of("Idle 8 s", AlertCondition.IDLE_ON_QUEUE, Duration.ofSeconds(8)),
            AlertRule.of("Not responding", AlertCondition.NOT_RESPONDING, Duration.ZERO),
            AlertRule.of("Available 5 s", AlertCondition.AVAILABLE_OFF_QUEUE, Duration.ofSeconds(5)),
            AlertRule.of("Break 6 s", AlertCondition.BREAK, Duration.ofSeconds(6))), 2, 30, false, "");

    private AlertBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("floorwatch-alert-bench");
        live(dir);
        scaling(dir);
    }

    private static LiveState floor(int agents, Instant since) {
        LiveState live = new LiveState(1 << 20);
        List<AgentSnapshot> seed = new ArrayList<>(agents);
        for (int i = 0; i < agents; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, "", "Team " + (i % 40), i % 50 == 0 ? "Supervisor"
                    : "Agent"), new AgentState(id, SystemPresence.ON_QUEUE, null, since, RoutingStatus.INTERACTING,
                    since), List.of()));
        }
        live.reset(seed);
        return live;
    }

    /** A random change: mostly back to work (which clears), else into a state that alerts after its threshold. */
    private static AgentStateEvent change(Random random, int agents, Instant at) {
        String id = "agent-" + random.nextInt(agents);
        double roll = random.nextDouble();
        if (roll < 0.45) {
            return AgentStateEvent.routing(id, RoutingStatus.INTERACTING, at);
        }
        if (roll < 0.80) {
            return AgentStateEvent.routing(id, RoutingStatus.IDLE, at);
        }
        if (roll < 0.85) {
            return AgentStateEvent.routing(id, RoutingStatus.NOT_RESPONDING, at);
        }
        if (roll < 0.93) {
            return AgentStateEvent.presence(id, SystemPresence.AVAILABLE, null, at);
        }
        return AgentStateEvent.presence(id, roll < 0.97 ? SystemPresence.BREAK : SystemPresence.ON_QUEUE, null, at);
    }

    private static void live(Path dir) throws Exception {
        Instant start = Instant.now();
        LiveState live = floor(AGENTS, start);
        List<double[]> measured = new CopyOnWriteArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (HistoryStore history = HistoryStore.openOrFail(dir.resolve("live"), Duration.ofDays(90),
                Clock.systemUTC());
                AlertMonitor monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(), RULES,
                        Clock.systemUTC(), Duration.ofMillis(200))) {
            long[] measureFrom = {Long.MAX_VALUE};
            monitor.subscribe(event -> {
                if (event.kind() == AlertEvent.Kind.RAISED && System.nanoTime() >= measureFrom[0]) {
                    Instant due = event.alert().stateSince().plusSeconds(Math.max(event.alert().thresholdSeconds(),
                            RULES.minDwellSeconds()));
                    measured.add(new double[] {Duration.between(due, Instant.now()).toNanos() / 1e6});
                }
            });
            monitor.start();
            Random random = new Random(42);
            long begin = System.nanoTime();
            long warmEnd = begin + WARM_UP.toNanos();
            long end = warmEnd + MEASURE.toNanos();
            long changes = 0;
            long measuredChanges = 0;
            long cpuAtWarmEnd = -1;
            Thread monitorThread = null;
            while (System.nanoTime() < end) {
                long second = System.nanoTime();
                for (int i = 0; i < CHANGES_PER_SECOND / 10; i++) {
                    live.apply(change(random, AGENTS, Instant.now()));
                    changes++;
                    if (cpuAtWarmEnd >= 0) {
                        measuredChanges++;
                    }
                }
                if (cpuAtWarmEnd < 0 && System.nanoTime() >= warmEnd) {
                    monitorThread = find("alert-monitor");
                    cpuAtWarmEnd = threads.getThreadCpuTime(monitorThread.getId());
                    measureFrom[0] = System.nanoTime();
                }
                long sleep = 100_000_000L - (System.nanoTime() - second);
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
            long cpu = threads.getThreadCpuTime(monitorThread.getId()) - cpuAtWarmEnd;
            double[] delays = measured.stream().mapToDouble(d -> d[0]).toArray();
            System.out.printf("ALERTS AT %,d AGENTS, %,d changes/s for %d s after %d s warm-up: %,d alerts raised; "
                    + "delay after threshold p50 %.0f ms, p99 %.0f ms, max %.0f ms (target <= 1 s); monitor thread "
                    + "CPU %.2f us per state change (%.1f %% of one core)%n", AGENTS, CHANGES_PER_SECOND,
                    MEASURE.toSeconds(), WARM_UP.toSeconds(), delays.length, Stats.median(delays),
                    Stats.percentile(delays, 99), Stats.percentile(delays, 100), cpu / 1e3 / measuredChanges,
                    100.0 * cpu / MEASURE.toNanos());
            System.out.printf("  (%,d changes applied in all; %s)%n", changes, monitor.describe());
        }
    }

    /**
     * CPU per state change at three floor sizes, on a clock the bench moves: each agent changes about every 2 s
     * (n / 10 changes per 200 ms tick), so every size sees the same mix of changes, raises and clears per change,
     * with alerts for the few long spells only (as on a real floor: most changes raise nothing).
     */
    private static void scaling(Path dir) throws Exception {
        StringBuilder line = new StringBuilder("ALERT ENGINE COST per state change (each agent changing every ~2 s, "
                + "median of 5 rounds of 200,000 changes):");
        for (int agents : new int[] {2_000, 20_000, 200_000}) {
            Instant start = Instant.now();
            LiveState live = floor(agents, start);
            try (HistoryStore history = HistoryStore.openOrFail(dir.resolve("scale-" + agents), Duration.ofDays(90),
                    Clock.systemUTC());
                    AlertMonitor monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(),
                            RULES, Clock.systemUTC(), Duration.ofHours(1))) {
                Random random = new Random(7);
                Instant now = start;
                monitor.tick(now);
                double[] rounds = new double[6];
                for (int round = 0; round < rounds.length; round++) {
                    long cpu = 0;
                    int perTick = agents / 10;
                    for (int batch = 0; batch < 200_000 / perTick; batch++) {
                        now = now.plusMillis(200);
                        for (int i = 0; i < perTick; i++) {
                            live.apply(change(random, agents, now));
                        }
                        long before = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                        monitor.tick(now);
                        cpu += ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - before;
                    }
                    rounds[round] = cpu / 200_000.0;
                }
                double[] measured = Arrays.copyOfRange(rounds, 1, rounds.length); // the first warms up
                line.append(String.format(" %,d agents %.2f us;", agents, Stats.median(measured) / 1e3));
                history.writer().flush(Duration.ofSeconds(60));
            }
        }
        System.out.println(line);
    }

    private static Thread find(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no thread " + name));
    }
}
