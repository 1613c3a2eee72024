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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Idle alerts at 20,000 agents with state changes all the time: how long after its threshold an alert reaches a
 * listener (the production monitor, its 200 ms tick, history behind it), and how much of the monitor thread's CPU
 * one state change costs, as medians of several rounds; then the cost per change at 2,000, 20,000 and 200,000
 * agents, to show it grows with log n. {@code -Dbench.agents} and {@code -Dbench.changesPerSecond} size another
 * floor; {@code -Dbench.scaling=false} leaves out the second part.
 */
public final class AlertBench {
    private static final int AGENTS = Integer.getInteger("bench.agents", 20_000);
    private static final int CHANGES_PER_SECOND = Integer.getInteger("bench.changesPerSecond", 2_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 20));
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
        if (Boolean.parseBoolean(System.getProperty("bench.scaling", "true"))) {
            scaling(dir);
        }
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
        List<List<Double>> measured = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            measured.add(new CopyOnWriteArrayList<>());
        }
        AtomicInteger current = new AtomicInteger(-1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (HistoryStore history = HistoryStore.openOrFail(dir.resolve("live"), Duration.ofDays(90),
                Clock.systemUTC());
                AlertMonitor monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(), RULES,
                        Clock.systemUTC(), Duration.ofMillis(200))) {
            monitor.subscribe(event -> {
                int round = current.get();
                if (event.kind() == AlertEvent.Kind.RAISED && round >= 0) {
                    Instant due = event.alert().stateSince().plusSeconds(Math.max(event.alert().thresholdSeconds(),
                            RULES.minDwellSeconds()));
                    measured.get(round).add(Duration.between(due, Instant.now()).toNanos() / 1e6);
                }
            });
            monitor.start();
            Random random = new Random(42);
            long begin = System.nanoTime();
            long roundEnd = begin + WARM_UP.toNanos();
            long changes = 0;
            long[] roundChanges = new long[ROUNDS];
            long[] roundCpu = new long[ROUNDS];
            long cpuAtRoundStart = 0;
            Thread monitorThread = null;
            int round = -1;
            while (round < ROUNDS) {
                long second = System.nanoTime();
                if (second >= roundEnd) {
                    // A round ends and the next begins (the first after the warm-up).
                    if (monitorThread == null) {
                        monitorThread = find("alert-monitor");
                    }
                    long cpuNow = threads.getThreadCpuTime(monitorThread.getId());
                    if (round >= 0) {
                        roundCpu[round] = cpuNow - cpuAtRoundStart;
                    }
                    cpuAtRoundStart = cpuNow;
                    round++;
                    current.set(round < ROUNDS ? round : -1);
                    roundEnd = second + MEASURE.toNanos();
                    if (round == ROUNDS) {
                        break;
                    }
                }
                for (int i = 0; i < CHANGES_PER_SECOND / 10; i++) {
                    live.apply(change(random, AGENTS, Instant.now()));
                    changes++;
                    if (round >= 0) {
                        roundChanges[round]++;
                    }
                }
                long sleep = 100_000_000L - (System.nanoTime() - second);
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
            double[] p50 = new double[ROUNDS];
            double[] p99 = new double[ROUNDS];
            double[] max = new double[ROUNDS];
            double[] perChange = new double[ROUNDS];
            double[] core = new double[ROUNDS];
            int raised = 0;
            for (int r = 0; r < ROUNDS; r++) {
                double[] delays = measured.get(r).stream().mapToDouble(Double::doubleValue).toArray();
                raised += delays.length;
                p50[r] = Stats.median(delays);
                p99[r] = Stats.percentile(delays, 99);
                max[r] = Stats.percentile(delays, 100);
                perChange[r] = roundCpu[r] / 1e3 / roundChanges[r];
                core[r] = 100.0 * roundCpu[r] / MEASURE.toNanos();
                System.out.printf("  round %d: %,d alerts raised, delay after threshold p50 %.0f ms, p99 %.0f ms, "
                        + "max %.0f ms; monitor CPU %.2f us per change%n", r + 1, delays.length, p50[r], p99[r],
                        max[r], perChange[r]);
            }
            System.out.printf("ALERTS AT %,d AGENTS, %,d changes/s, %d rounds of %d s after %d s warm-up: %,d alerts "
                    + "raised; delay after threshold p99 %s (target <= 1 s), p50 %s, max %s; monitor thread CPU "
                    + "per state change %s, %s of one core%n", AGENTS, CHANGES_PER_SECOND, ROUNDS,
                    MEASURE.toSeconds(), WARM_UP.toSeconds(), raised, Stats.figure(p99, "%.0f", "ms"),
                    Stats.figure(p50, "%.0f", "ms"), Stats.figure(max, "%.0f", "ms"),
                    Stats.figure(perChange, "%.2f", "us"), Stats.figure(core, "%.1f", "%"));
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
