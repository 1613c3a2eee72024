package io.floorwatch.soak;

import io.floorwatch.app.HeadlessRuntime;
import io.floorwatch.cli.CliContext;
import io.floorwatch.cli.FloorwatchCommand;
import io.floorwatch.cli.StopSignal;
import io.floorwatch.config.AppPaths;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.testkit.NoKeychain;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code floorwatch record} against the emulator at 5,000 agents for {@code -Dsoak.minutes} (default 10) with
 * faults on: every notification socket dropped every minute, a burst of 429s every 90 s, and the queue-metrics
 * broker restarted half way. Near the end the floor is frozen and record gets 20 s to catch up; then the history
 * file is checked against the emulator: every agent's newest stored presence and routing status equals the
 * truth (no lost final state), no agent has two rows for the same event (no duplicates from re-seeds or
 * redelivery), and the heap measured after GC stays flat after warm-up. Prints the figures; exits 1
 * if a check fails.
 */
public final class RecordSoak {
    private RecordSoak() {
    }

    public static void main(String[] args) throws Exception {
        int minutes = Integer.getInteger("soak.minutes", 10);
        int agents = Integer.getInteger("soak.agents", 5_000);
        Path home = Files.createTempDirectory("floorwatch-soak");
        Path db = home.resolve("soak");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<long[]> heap = new ArrayList<>();
        AtomicInteger drops = new AtomicInteger();
        AtomicInteger bursts = new AtomicInteger();
        AtomicInteger restarts = new AtomicInteger();
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(agents, 60, 24, 5, 1.0));
        long start = System.nanoTime();
        try (Emulator emulator = new Emulator(config).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "soak-upstream")) {
            broker.createTopic("queue-metrics", 3);
            emulator.publishQueueMetrics(publisher, "queue-metrics");
            ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
            try {
                faults.scheduleAtFixedRate(() -> {
                    emulator.streaming().dropAll();
                    drops.incrementAndGet();
                }, 60, 60, TimeUnit.SECONDS);
                faults.scheduleAtFixedRate(() -> {
                    emulator.faults().throttleNext(15, 2);
                    bursts.incrementAndGet();
                }, 45, 90, TimeUnit.SECONDS);
                faults.schedule(() -> {
                    try {
                        broker.restart();
                        restarts.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, minutes * 30L, TimeUnit.SECONDS);
                faults.scheduleAtFixedRate(() -> {
                    System.gc();
                    heap.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L,
                        memory.getHeapMemoryUsage().getUsed()});
                }, 30, 30, TimeUnit.SECONDS);
                faults.schedule(() -> emulator.simulator().close(), minutes * 60L - 30, TimeUnit.SECONDS);

                int code = record(home, emulator, broker, db, minutes);
                System.out.println("record exited " + code);
            } finally {
                faults.shutdownNow();
            }
            report(emulator, db, heap, drops.get(), bursts.get(), restarts.get(), minutes);
        }
    }

    private static int record(Path home, Emulator emulator, EmbeddedBroker broker, Path db, int minutes) {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        Map<String, String> environment = Map.of("FLOORWATCH_CLIENT_SECRET", "demo");
        CliContext context = new CliContext(paths, (connection, overrides, file) -> HeadlessRuntime.start(paths,
                environment, new NoKeychain(), connection, overrides, file, EmulatorConfig::defaults), null);
        StringWriter out = new StringWriter();
        var cmd = FloorwatchCommand.commandLine(forceDemo -> { }, new StopSignal(), context);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(System.err, true));
        int code = cmd.execute("record", "--env", emulator.baseUrl(), "--client-id", "demo", "--db", db.toString(),
                "--kafka", broker.bootstrapServers(), "--queues-from", "KAFKA", "--metrics-topic", "queue-metrics",
                "--duration", minutes + "m", "--interval", "60s");
        String printed = out.toString();
        System.out.println(printed.lines().filter(l -> !l.contains("ALERT")).reduce("", (a, b) -> a + b + "\n"));
        System.out.println("(" + printed.lines().filter(l -> l.contains("ALERT")).count() + " ALERT lines)");
        return code;
    }

    private static void report(Emulator emulator, Path db, List<long[]> heap, int drops, int bursts, int restarts,
            int minutes) throws Exception {
        Map<String, String[]> stored = new HashMap<>();
        long rows;
        long repeats;
        long duplicates;
        long queueSamples;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath()
                + ";ACCESS_MODE_DATA=r", "floorwatch", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM agent_state_events")) {
                r.next();
                rows = r.getLong(1);
            }
            try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM queue_samples")) {
                r.next();
                queueSamples = r.getLong(1);
            }
            try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM (SELECT agent_no, kind, ts FROM "
                    + "agent_state_events GROUP BY agent_no, kind, ts HAVING COUNT(*) > 1) d")) {
                r.next();
                duplicates = r.getLong(1);
            }
            try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM (SELECT state, LAG(state) OVER "
                    + "(PARTITION BY agent_no, kind ORDER BY ts, received) AS before FROM agent_state_events) t "
                    + "WHERE state = before")) {
                r.next();
                repeats = r.getLong(1);
            }
            try (ResultSet r = statement.executeQuery("SELECT a.user_id, e.kind, e.state FROM agent_state_events e "
                    + "JOIN agents a ON a.agent_no = e.agent_no WHERE e.ts = (SELECT MAX(ts) FROM "
                    + "agent_state_events x WHERE x.agent_no = e.agent_no AND x.kind = e.kind)")) {
                while (r.next()) {
                    stored.computeIfAbsent(r.getString(1), k -> new String[2])[r.getInt(2)] = r.getString(3);
                }
            }
        }
        int lost = 0;
        List<String> examples = new ArrayList<>();
        for (EmUser user : emulator.org().users()) {
            EmUser.Status truth = user.status();
            String[] held = stored.getOrDefault(user.id(), new String[2]);
            boolean presence = presenceName(truth.presence()).equals(held[0]);
            boolean routing = routingName(truth.routingStatus()).equals(held[1]);
            if (!presence || !routing) {
                lost++;
                if (examples.size() < 5) {
                    examples.add(user.name() + ": truth " + truth.presence() + "/" + truth.routingStatus()
                            + ", stored " + held[0] + "/" + held[1]);
                }
            }
        }
        // Warm-up: the first 2 minutes, or the first third of a shorter run.
        long warmUp = Math.min(120, minutes * 20L);
        long warm = heap.stream().filter(h -> h[0] >= warmUp).mapToLong(h -> h[1]).findFirst().orElse(0);
        long last = heap.isEmpty() ? 0 : heap.get(heap.size() - 1)[1];
        long max = heap.stream().filter(h -> h[0] >= warmUp).mapToLong(h -> h[1]).max().orElse(0);
        System.out.printf("soak: %d min, %d agents, faults: %d socket drops, %d 429 bursts (%d requests throttled), "
                + "%d broker restarts%n", minutes, emulator.org().users().size(), drops, bursts,
                emulator.faults().throttled(), restarts);
        System.out.printf("soak: %d state rows, %d queue samples, %d duplicate rows (same agent, kind and event time), "
                + "%d agents whose final state was lost%n", rows, queueSamples, duplicates, lost);
        // A state followed by the same state is a new spell whose state in between began and ended inside a socket
        // gap: Genesys does not replay notifications, so no client can see it. Counted, not failed.
        System.out.printf("soak: %d rows repeat the state before them (spells whose in-between state fell in a "
                + "socket gap)%n", repeats);
        examples.forEach(e -> System.out.println("  lost: " + e));
        System.out.printf("soak: heap after GC at %d s %d MiB, at the end %d MiB, highest after warm-up %d MiB%n",
                warmUp, warm >> 20, last >> 20, max >> 20);
        heap.forEach(h -> System.out.printf("  heap %4d s  %4d MiB%n", h[0], h[1] >> 20));
        boolean flat = warm > 0 && last <= warm * 1.25 + (32L << 20);
        boolean ok = lost == 0 && duplicates == 0 && flat && rows > 0 && queueSamples > 0;
        System.out.println(ok ? "soak: PASS" : "soak: FAIL");
        if (!ok) {
            System.exit(1);
        }
    }

    private static String presenceName(SystemPresence presence) {
        return presence.name();
    }

    private static String routingName(RoutingStatus status) {
        return status.name();
    }
}
