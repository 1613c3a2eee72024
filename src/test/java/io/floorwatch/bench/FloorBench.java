package io.floorwatch.bench;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The floor screen at 20,000 agents with 2,000 state changes, 1,000 interaction changes (calls connected, held,
 * resumed, in after-call work, ended) and 300 adherence changes a second, every agent with a schedule, in a real
 * (headless Monocle) window: how long a change takes from the live state to the pulse that lays it out on screen,
 * and how busy the FX thread is. Rounds alternate unsorted and sorted by time in state, and the figures are their
 * medians. {@code -Dbench.agents} and {@code -Dbench.changesPerSecond} (state changes) size another floor; the
 * interaction and adherence rates keep today's proportions to the state rate (1/2 and 3/20).
 */
public final class FloorBench {
    private static final int AGENTS = Integer.getInteger("bench.agents", 20_000);
    private static final int CHANGES_PER_SECOND = Integer.getInteger("bench.changesPerSecond", 2_000);
    private static final int INTERACTION_CHANGES_PER_SECOND = CHANGES_PER_SECOND / 2;
    private static final int ADHERENCE_CHANGES_PER_SECOND = CHANGES_PER_SECOND * 3 / 20;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 30));
    /** DESIGN section 9: 512 MB at 20,000 agents (the demo's row), 1 GB at 50,000. */
    private static final int HEAP_TARGET_MB = AGENTS > 20_000 ? 1024 : 512;

    private FloorBench() {
    }

    public static void main(String[] args) throws Exception {
        LiveState live = new LiveState();
        List<AgentSnapshot> seed = new ArrayList<>();
        Instant now = Instant.now();
        String[] teams = {"Team Aurora", "Team Beacon", "Team Cedar", "Team Delta", "Team Ember"};
        for (int i = 0; i < AGENTS; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", teams[i % teams.length]),
                    new AgentState(id, SystemPresence.ON_QUEUE, null, now, RoutingStatus.IDLE, now),
                    List.of("Skill " + (i % 24))));
        }
        live.reset(seed);
        Map<String, List<String>> queues = new HashMap<>();
        for (int i = 0; i < AGENTS; i++) {
            queues.put("agent-" + i, List.of("Queue " + (i % 12), "Queue " + ((i + 5) % 12)));
        }
        live.setQueues(queues);
        live.setOrgUtilization(new Utilization(Map.of("call", new MediaUtilization(1, List.of(), false),
                "chat", new MediaUtilization(3, List.of(), false)), false));
        List<AgentSchedule> schedules = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            Instant shift = now.minus(Duration.ofHours(2));
            schedules.add(new AgentSchedule("agent-" + i, List.of(
                    new ScheduledActivity(shift, Duration.ofHours(3), "c0", ActivityCategory.ON_QUEUE_WORK, ""),
                    new ScheduledActivity(shift.plus(Duration.ofHours(3)), Duration.ofMinutes(15), "c1",
                            ActivityCategory.BREAK, ""),
                    new ScheduledActivity(shift.plus(Duration.ofMinutes(195)), Duration.ofHours(5), "c0",
                            ActivityCategory.ON_QUEUE_WORK, ""))));
        }
        live.adherence().putSchedules(schedules);

        HistoryStore history = HistoryStore.openOrFail(Files.createTempDirectory("bench-floor").resolve("h"),
                Duration.ofDays(90), Clock.systemUTC());
        FxTaskExecutor tasks = new FxTaskExecutor();
        List<Long> pending = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        AtomicLong fxThreadId = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        boolean[] measuring = {false};
        Platform.startup(() -> {
            fxThreadId.set(Thread.currentThread().getId());
            ZoneId zone = ZoneId.systemDefault();
            FloorViewModel model = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
            model.setLatencyProbe(pending::add);
            FloorView view = new FloorView(model, zone);
            view.activate(); // shown on its own, not through the shell, which would activate it
            Scene scene = new Scene(view, 1500, 950);
            scene.addPostLayoutPulseListener(() -> {
                long at = System.nanoTime();
                if (measuring[0]) {
                    for (long applied : pending) {
                        latencies.add((at - applied) / 1e6);
                    }
                }
                pending.clear();
            });
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            shown.countDown();
        });
        shown.await();

        Random random = new Random(3);
        SystemPresence[] presences = {SystemPresence.ON_QUEUE, SystemPresence.BREAK, SystemPresence.AVAILABLE,
            SystemPresence.AWAY, SystemPresence.MEAL};
        RoutingStatus[] statuses = {RoutingStatus.IDLE, RoutingStatus.INTERACTING, RoutingStatus.NOT_RESPONDING};
        int[] step = new int[AGENTS];
        Thread feeder = new Thread(() -> {
            long period = 10_000_000L;
            long tick = 0;
            long next = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                // 100 ticks a second; a rate that is not a multiple of 100 spreads its remainder over the ticks.
                tick++;
                long perTick = share(CHANGES_PER_SECOND, tick);
                long interactionsPerTick = share(INTERACTION_CHANGES_PER_SECOND, tick);
                long adherencePerTick = share(ADHERENCE_CHANGES_PER_SECOND, tick);
                for (int i = 0; i < perTick; i++) {
                    String id = "agent-" + random.nextInt(AGENTS);
                    Instant at = Instant.now();
                    live.apply(random.nextInt(3) == 0
                            ? AgentStateEvent.presence(id, presences[random.nextInt(presences.length)], null, at)
                            : AgentStateEvent.routing(id, statuses[random.nextInt(statuses.length)], at));
                }
                for (int i = 0; i < interactionsPerTick; i++) {
                    int agent = random.nextInt(AGENTS);
                    live.apply(interactionChange(agent, step[agent]++, Instant.now()));
                }
                for (int i = 0; i < adherencePerTick; i++) {
                    boolean out = random.nextBoolean();
                    live.adherence().apply(new Adherence("agent-" + random.nextInt(AGENTS), "mu",
                            ActivityCategory.ON_QUEUE_WORK, "c0", out ? ActivityCategory.BREAK
                                    : ActivityCategory.ON_QUEUE_WORK, out ? AdherenceState.OUT_OF_ADHERENCE
                                            : AdherenceState.IN_ADHERENCE, out ? AdherenceImpact.NEGATIVE
                                                    : AdherenceImpact.NEUTRAL, Instant.now(), false));
                }
                next += period;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    LockSupport.parkNanos(sleep);
                }
            }
        }, "bench-feeder");
        feeder.setDaemon(true);
        feeder.start();

        double[][] unsorted = new double[2][ROUNDS];
        double[][] sorted = new double[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            sortBySince(false);
            Result plain = measure(fxThreadId.get(), measuring, latencies, "round " + (round + 1) + ", no sort");
            unsorted[0][round] = plain.p99;
            unsorted[1][round] = plain.busy;
            // The sort a supervisor reaches for: longest in state first. Now most changes move a row.
            sortBySince(true);
            Result bySince = measure(fxThreadId.get(), measuring, latencies,
                    "round " + (round + 1) + ", sorted by time in state");
            sorted[0][round] = bySince.p99;
            sorted[1][round] = bySince.busy;
        }
        feeder.interrupt();
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("FLOOR: %,d agents, %,d state + %,d interaction + %,d adherence changes/s (interaction and "
                + "adherence in proportion to state, 1/2 and 3/20, as at 2,000/1,000/300), medians of %d rounds of "
                + "%d s each:%n", AGENTS, CHANGES_PER_SECOND, INTERACTION_CHANGES_PER_SECOND,
                ADHERENCE_CHANGES_PER_SECOND, ROUNDS, MEASURE.toSeconds());
        System.out.printf("  unsorted: change-to-screen p99 %s (target <= 250 ms), FX busy %s (target <= 25 %%)%n",
                Stats.figure(unsorted[0], "%.0f", "ms"), Stats.figure(unsorted[1], "%.1f", "%"));
        System.out.printf("  sorted by time in state: change-to-screen p99 %s (target <= 250 ms), FX busy %s "
                + "(target <= 25 %%)%n", Stats.figure(sorted[0], "%.0f", "ms"), Stats.figure(sorted[1], "%.1f", "%"));
        System.out.printf("  heap after GC %d MB (target <= %,d MB at %,d agents; -Xmx %d MB)%n", heap >> 20,
                HEAP_TARGET_MB, AGENTS, Runtime.getRuntime().maxMemory() >> 20);
        System.exit(0);
    }

    /** How many of a per-second rate fall in the 10 ms tick numbered {@code tick} (from 1). */
    private static long share(int perSecond, long tick) {
        return perSecond * tick / 100 - perSecond * (tick - 1) / 100;
    }

    private static void sortBySince(boolean on) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            @SuppressWarnings("unchecked")
            TableView<FloorRow> table =
                    (TableView<FloorRow>) Window.getWindows().get(0)
                            .getScene().lookup("#floorTable");
            if (on) {
                TableColumn<FloorRow, ?> since = table.getColumns().stream()
                        .filter(c -> "sinceColumn".equals(c.getId())).findFirst().orElseThrow();
                since.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(since));
            } else {
                table.getSortOrder().clear();
            }
            done.countDown();
        });
        done.await();
    }

    private record Result(double p99, double busy) {
    }

    /** The agent's n-th interaction change: a call connected, held, resumed, in after-call work, ended. */
    static InteractionEvent interactionChange(int agent, int n, Instant at) {
        String id = "agent-" + agent;
        Interaction call = new Interaction("c-" + agent + "-" + n / 5, MediaType.CALL, "queue-" + agent % 12,
                at.minusSeconds(n % 5 * 60L), null, null, at);
        return switch (n % 5) {
            case 1 -> new InteractionEvent(id, new Interaction(call.conversationId(), call.media(), call.queueId(),
                    call.connectedAt(), at, null, at), false, at);
            case 3 -> new InteractionEvent(id, new Interaction(call.conversationId(), call.media(), call.queueId(),
                    call.connectedAt(), null, at, at), false, at);
            case 4 -> new InteractionEvent(id, call, true, at);
            default -> new InteractionEvent(id, call, false, at);
        };
    }

    private static Result measure(long fxThread, boolean[] measuring, List<Double> latencies, String label)
            throws InterruptedException {
        Thread.sleep(WARM_UP.toMillis());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CountDownLatch started = new CountDownLatch(1);
        Platform.runLater(() -> {
            latencies.clear();
            measuring[0] = true;
            started.countDown();
        });
        started.await();
        long cpuStart = threads.getThreadCpuTime(fxThread);
        long wallStart = System.nanoTime();
        Thread.sleep(MEASURE.toMillis());
        long cpu = threads.getThreadCpuTime(fxThread) - cpuStart;
        long wall = System.nanoTime() - wallStart;
        CountDownLatch stopped = new CountDownLatch(1);
        List<Double> copy = new ArrayList<>();
        Platform.runLater(() -> {
            measuring[0] = false;
            copy.addAll(latencies);
            stopped.countDown();
        });
        stopped.await();
        double[] samples = copy.stream().mapToDouble(Double::doubleValue).toArray();
        double busy = 100.0 * cpu / wall;
        System.out.printf("  %s: %,d changes on screen, change-to-screen p50 %.0f ms, p99 %.0f ms; FX thread busy "
                + "%.1f %%%n", label, samples.length, Stats.percentile(samples, 50), Stats.percentile(samples, 99),
                busy);
        return new Result(Stats.percentile(samples, 99), busy);
    }
}
