package io.floorwatch.bench;

import io.floorwatch.history.HistoryStore;
import io.floorwatch.history.StateCursor;
import io.floorwatch.history.StateQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;

/**
 * History pages over 10 million state events (20,000 agents, 500 each, five states interleaved across the
 * floor as on a real one): the pages a person reaches from the
 * history screen (one agent or all, filtered by state or not, the first page or one anywhere in the past via its
 * cursor), through the same query code the screen uses.
 */
public final class HistoryPageBench {
    private static final int AGENTS = 20_000;
    private static final long ROWS = 10_000_000L;
    private static final long START = Instant.parse("2026-08-01T00:00:00Z").toEpochMilli();
    private static final long STEP_MILLIS = 700;
    private static final int QUERIES = 2_000;

    private HistoryPageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path base;
        if (args.length > 0) {
            // A database this bench loaded before (its path without .mv.db), to measure again without reloading.
            base = Path.of(args[0]);
        } else {
            base = Files.createTempDirectory("bench-pages").resolve("h");
            HistoryStore.openOrFail(base, Duration.ofDays(3650), Clock.systemUTC()).close();
            long loadStart = System.nanoTime();
            load(base);
            System.out.printf("loaded %,d rows in %.0f s into %s.mv.db%n", ROWS, (System.nanoTime() - loadStart) / 1e9,
                    base);
        }

        HistoryStore store = HistoryStore.openOrFail(base, Duration.ofDays(3650), Clock.systemUTC());
        Random random = new Random(7);
        long end = START + ROWS * STEP_MILLIS;
        String[] kinds = {"agent, first page", "agent, page in the past", "all, first page", "all, page in the past",
            "all, one state, page in the past"};
        double[][] millis = new double[kinds.length][QUERIES];
        for (int round = 0; round < 2; round++) {
            // The first round warms the JIT and H2's page cache; the second is measured.
            for (int i = 0; i < QUERIES; i++) {
                String agent = "agent-" + random.nextInt(AGENTS);
                long ts = START + (long) (random.nextDouble() * (end - START));
                StateCursor somewhere = new StateCursor(ts, AGENTS, 1);
                millis[0][i] = time(() -> store.states().page(new StateQuery(agent, Set.of(), null, null), null, 100));
                millis[1][i] = time(() -> store.states().page(new StateQuery(agent, Set.of(), null, null), somewhere,
                        100));
                millis[2][i] = time(() -> store.states().page(StateQuery.all(), null, 100));
                millis[3][i] = time(() -> store.states().page(StateQuery.all(), somewhere, 100));
                millis[4][i] = time(() -> store.states().page(new StateQuery(null, Set.of("BREAK"), null, null),
                        somewhere, 100));
            }
        }
        double worstP95 = 0;
        for (int k = 0; k < kinds.length; k++) {
            double p95 = Stats.percentile(millis[k], 95);
            worstP95 = Math.max(worstP95, p95);
            System.out.printf("  %-34s p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", kinds[k],
                    Stats.percentile(millis[k], 50), p95, Stats.percentile(millis[k], 99));
        }
        System.out.printf("HISTORY PAGES: 10 M rows, 100-row pages, worst p95 %.2f ms (target <= 20 ms)%n", worstP95);
        // No compacting close: SHUTDOWN COMPACT of 10 M rows would only time the disk; the temp file is left.
        System.exit(0);
    }

    private static double time(Runnable query) {
        long start = System.nanoTime();
        query.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void load(Path base) throws Exception {
        String[] states = {"'ON_QUEUE'", "'BREAK'", "'AVAILABLE'", "'MEAL'", "'AWAY'"};
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(),
                "floorwatch", ""); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO agents (agent_no, user_id) SELECT X + 1, 'agent-' || X FROM "
                    + "SYSTEM_RANGE(0, " + (AGENTS - 1) + ")");
            connection.commit();
            // With the indexes in place, in slices with a commit each, as the writer would (H2 builds a new index
            // over 10 M rows far more slowly than it maintains one).
            connection.setAutoCommit(false);
            long chunk = 100_000;
            for (long from = 0; from < ROWS; from += chunk) {
                statement.execute("INSERT INTO agent_state_events (agent_no, ts, kind, state, definition_id, received) "
                        + "SELECT MOD(X, " + AGENTS + ") + 1, " + START + " + X * " + STEP_MILLIS + ", MOD(X / "
                        + AGENTS + ", 2), CASE MOD(X * 7 + X / " + AGENTS + ", 5) WHEN 0 THEN " + states[0]
                        + " WHEN 1 THEN " + states[1] + " WHEN 2 THEN " + states[2] + " WHEN 3 THEN " + states[3]
                        + " ELSE " + states[4] + " END, NULL, 0 FROM SYSTEM_RANGE(" + from + ", "
                        + (from + chunk - 1) + ")");
                connection.commit();
            }
        }
    }
}
