package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.timebox.TuningWorker;
import io.floorwatch.tuning.FloorAgent;
import io.floorwatch.tuning.Projections;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.WhatIfReport;
import io.floorwatch.tuning.WhatIfReports;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The what-if of a time-boxed plan on the command line. A command that writes has no live floor, so the
 * projection watches the floor and the queues for a moment through a session of its own (the way {@code skills
 * plan} does), with a throwaway history and no alerts, until it has seen both or the watch ends.
 */
final class WhatIfs {
    /** How often the watch looks whether the floor and the queues have been heard from. */
    private static final Duration LOOK = Duration.ofMillis(250);

    private WhatIfs() {
    }

    /** The projection as JSON, printed as lines; "" (and why, printed) when none could be made. */
    static String project(FloorwatchCommand root, Optional<ConnectionSettings> target, SkillPlan plan, Duration watch,
            PrintWriter out) {
        out.println("what-if: watching the floor and the queues for up to " + watch.toSeconds() + " s...");
        out.flush();
        Path scratch;
        try {
            scratch = Files.createTempDirectory("floorwatch-what-if");
        } catch (IOException e) {
            throw new UncheckedIOException("no room for the what-if's scratch history: " + e.getMessage(), e);
        }
        try (HeadlessSession look = root.context().sessions().start(target, saved -> saved.withAlerts(
                saved.alerts().withOutlets(false, "")), scratch.resolve("look"))) {
            ConnectionStatus status = look.awaitConnection(Duration.ofSeconds(60));
            if (status.state() != ConnectionStatus.State.CONNECTED) {
                return none(out, "not connected to " + status.target() + ": " + status.message());
            }
            long end = System.nanoTime() + watch.toNanos();
            while (System.nanoTime() < end && !seen(look) && !root.stop().await(LOOK)) {
                // waiting for the first queue samples and the seeded floor with its queues
            }
            Projections projections = new Projections(look.gateway().orElseThrow(() -> new IllegalStateException(
                    "the connection closed while watching")), look::latestQueues, look::queueNames,
                    () -> look.agents().stream().map(a -> new FloorAgent(a.agent(), a.activity(), a.since(),
                            a.queues())).toList(), Clock.systemUTC());
            WhatIfReport report = projections.project(plan);
            WhatIfReports.lines(report).forEach(line -> out.println("what-if  " + line));
            out.flush();
            look.stopFeeds();
            return WhatIfReports.toJson(report);
        } catch (GenesysException e) {
            return none(out, e.describe());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none(out, "interrupted");
        } finally {
            delete(scratch);
        }
    }

    /** Whether the look has what a projection needs: queue samples, the queue directory, agents in queues. */
    private static boolean seen(HeadlessSession look) {
        return !look.latestQueues().isEmpty() && !look.queueNames().isEmpty()
                && look.agents().stream().anyMatch(a -> !a.queues().isEmpty());
    }

    /** The what-if's measurement of a time-box's window on a command's connection. */
    static TuningWorker.Measure measure(WriteSession session) {
        return new Projections(session.gateway(), List::of, Map::of, List::of, Clock.systemUTC())::measure;
    }

    private static String none(PrintWriter out, String why) {
        out.println("what-if  none could be made (" + why + "); the time-box goes ahead without one");
        out.flush();
        return "";
    }

    private static void delete(Path scratch) {
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("the what-if's scratch history " + scratch + " could not be removed: "
                    + e.getMessage(), e);
        }
    }
}
