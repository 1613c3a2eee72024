package io.floorwatch.bench;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.config.WallboardLayout;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.ui.wallboard.WallboardSources;
import io.floorwatch.ui.wallboard.WallboardViewModel;
import io.floorwatch.ui.wallboard.WallboardWindow;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The wallboard at 20,000 agents with 2,000 state and 1,000 interaction changes a second, 24 queues sampled every
 * second and 60 active alerts, full screen in a real (headless Monocle) 1920x1080 window: how busy the FX thread is
 * (target <= 25 %), what one read of the floor costs it, and the heap. Two boards: every agent grouped by state
 * (the default), and only those needing attention grouped by team.
 */
public final class WallboardBench {
    private static final int AGENTS = 20_000;
    private static final int QUEUES = 24;
    private static final int CHANGES_PER_SECOND = 2_000;
    private static final int INTERACTION_CHANGES_PER_SECOND = 1_000;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(30);

    private WallboardBench() {
    }

    public static void main(String[] args) throws Exception {
        LiveState live = new LiveState();
        Instant now = Instant.now();
        String[] teams = {"Team Aurora", "Team Beacon", "Team Cedar", "Team Delta", "Team Ember"};
        List<AgentSnapshot> seed = new ArrayList<>();
        Map<String, List<String>> membership = new HashMap<>();
        for (int i = 0; i < AGENTS; i++) {
            String id = "agent-" + i;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", teams[i % teams.length]),
                    new AgentState(id, SystemPresence.ON_QUEUE, null, now, RoutingStatus.IDLE, now), List.of()));
            membership.put(id, List.of("Queue " + i % QUEUES, "Queue " + (i + 5) % QUEUES));
        }
        live.reset(seed);
        live.setQueues(membership);
        List<RoutingQueue> directory = new ArrayList<>();
        for (int q = 0; q < QUEUES; q++) {
            directory.add(new RoutingQueue("q" + q, QueueSettings.named("Queue " + q), 1000, 1000, null));
        }
        live.setQueueDirectory(directory);
        Map<String, QueueSample> samples = new ConcurrentHashMap<>();
        List<Alert> alerts = new ArrayList<>();
        for (int a = 0; a < 60; a++) {
            alerts.add(new Alert("alert-" + a, "agent-" + a * 300, "Agent " + a * 300, teams[a % teams.length], null,
                    AlertCondition.IDLE_ON_QUEUE, 300, now.minusSeconds(400), now, AlertStatus.RAISED, null, null,
                    null, null, null, 0, now));
        }
        WallboardSources sources = new WallboardSources(live::all, live::queues, samples::values, () -> alerts,
                QueueThresholdSettings::none, InteractionSettings::defaults, Optional::empty, () -> "");

        Random random = new Random(7);
        SystemPresence[] presences = {SystemPresence.ON_QUEUE, SystemPresence.BREAK, SystemPresence.AVAILABLE,
            SystemPresence.AWAY, SystemPresence.MEAL};
        // As a floor has them: mostly interacting or idle, one change in fifty an agent who does not answer.
        RoutingStatus[] statuses = new RoutingStatus[50];
        Arrays.fill(statuses, 0, 30, RoutingStatus.INTERACTING);
        Arrays.fill(statuses, 30, 49, RoutingStatus.IDLE);
        statuses[49] = RoutingStatus.NOT_RESPONDING;
        int[] step = new int[AGENTS];
        Thread feeder = new Thread(() -> {
            long period = 10_000_000L;
            long next = System.nanoTime();
            int tick = 0;
            while (!Thread.currentThread().isInterrupted()) {
                Instant at = Instant.now();
                for (int i = 0; i < CHANGES_PER_SECOND / 100; i++) {
                    String id = "agent-" + random.nextInt(AGENTS);
                    live.apply(random.nextInt(3) == 0
                            ? AgentStateEvent.presence(id, presences[random.nextInt(presences.length)], null, at)
                            : AgentStateEvent.routing(id, statuses[random.nextInt(statuses.length)], at));
                }
                for (int i = 0; i < INTERACTION_CHANGES_PER_SECOND / 100; i++) {
                    // The floor benchmark's calls: connected, held, resumed, in after-call work, ended, in turn.
                    int agent = random.nextInt(AGENTS);
                    live.apply(FloorBench.interactionChange(agent, step[agent]++, at));
                }
                if (tick % 100 == 0) {
                    for (int q = 0; q < QUEUES; q++) {
                        samples.put("q" + q, new QueueSample(new QueueSnapshot("q" + q, null, at, 30,
                                (double) random.nextInt(120), 3, 0.03, random.nextInt(20), 400, random.nextInt(8),
                                380, 0.6 + random.nextDouble() * 0.4, "bench"), new QueueScore(0.5, 0.3, 0.1, 0.1)));
                    }
                }
                tick++;
                next += period;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    LockSupport.parkNanos(sleep);
                }
            }
        }, "bench-feeder");
        feeder.setDaemon(true);
        feeder.start();

        AtomicLong fxThread = new AtomicLong();
        AtomicReference<WallboardWindow> board = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            fxThread.set(Thread.currentThread().getId());
            WallboardViewModel model = new WallboardViewModel(sources, WallboardLayout.defaults(),
                    Clock.systemUTC(), ZoneId.systemDefault());
            WallboardWindow window = new WallboardWindow(model, new Stage(), true);
            window.show(WallboardWindow.screen(1));
            board.set(window);
            shown.countDown();
        });
        shown.await();
        Result all = measure(fxThread.get(), board.get(), "every agent by state");
        CountDownLatch switched = new CountDownLatch(1);
        Platform.runLater(() -> {
            WallboardViewModel model = modelOf(board.get());
            model.toggleGrouping();
            model.toggleCards();
            switched.countDown();
        });
        switched.await();
        Result attention = measure(fxThread.get(), board.get(), "attention only by team");
        feeder.interrupt();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("WALLBOARD: %,d agents, %,d state + %,d interaction changes/s, %d queues, %d alerts, "
                + "%d s each: every agent by state FX busy %.1f %% (a read of the floor median %.1f ms, %d pages); "
                + "attention only by team FX busy %.1f %% (median %.1f ms, %d pages) (target: FX <= 25 %%); heap "
                + "after GC %d MB%n", AGENTS, CHANGES_PER_SECOND, INTERACTION_CHANGES_PER_SECOND, QUEUES,
                alerts.size(), MEASURE.toSeconds(), all.busy, all.pullMedian, all.pages, attention.busy,
                attention.pullMedian, attention.pages, heap >> 20);
        System.exit(0);
    }

    private record Result(double busy, double pullMedian, int pages) {
    }

    private static WallboardViewModel modelOf(WallboardWindow window) {
        return window.model();
    }

    private static Result measure(long fxThread, WallboardWindow window, String label) throws Exception {
        Thread.sleep(WARM_UP.toMillis());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getThreadCpuTime(fxThread);
        long wallStart = System.nanoTime();
        Thread.sleep(MEASURE.toMillis());
        long cpu = threads.getThreadCpuTime(fxThread) - cpuStart;
        long wall = System.nanoTime() - wallStart;
        double busy = 100.0 * cpu / wall;
        // What one read costs the FX thread on its own: 15 reads, a second apart so the ticker's own stay apart.
        double[] pulls = new double[15];
        int[] pages = new int[1];
        for (int i = 0; i < pulls.length; i++) {
            CountDownLatch done = new CountDownLatch(1);
            int index = i;
            Platform.runLater(() -> {
                long start = System.nanoTime();
                window.model().pull();
                pulls[index] = (System.nanoTime() - start) / 1e6;
                pages[0] = window.model().pageCountProperty().get();
                done.countDown();
            });
            done.await();
            Thread.sleep(300);
        }
        double median = Stats.percentile(pulls, 50);
        System.out.printf("  %s: FX thread busy %.1f %%, a read of the floor median %.1f ms, %d pages%n", label, busy,
                median, pages[0]);
        return new Result(busy, median, pages[0]);
    }
}
