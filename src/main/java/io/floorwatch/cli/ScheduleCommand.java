package io.floorwatch.cli;

import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.timebox.TimeBoxLines;
import io.floorwatch.timebox.TimeBoxRefused;
import io.floorwatch.timebox.TimeBoxScheduler;
import io.floorwatch.timebox.TimeBoxState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code floorwatch schedule run|list|cancel|end}: the time-boxes of a history, and the long-running service that
 * carries them out so a time-box does not depend on a supervisor's desktop staying open.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Time-boxed skill changes.",
        subcommands = {ScheduleCommand.Run.class, ScheduleCommand.ListBoxes.class, ScheduleCommand.Cancel.class,
            ScheduleCommand.End.class})
final class ScheduleCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: run, list, cancel, end");
    }

    /** Opens the org and history, runs {@code work}, flushes the audit and notices. */
    private static int onSession(FloorwatchCommand root, OrgOptions options, PrintWriter out, Work work)
            throws Exception {
        try (WriteSession session = root.context().writes().open(options.target(root.context().paths(), out),
                options.db); ChangeNotices notices = session.changeNotices()) {
            int code = work.run(SessionTimeBoxes.on(session, notices, Clock.systemUTC()), session);
            out.flush();
            session.history().writer().flush(Duration.ofSeconds(30));
            notices.closeAfterSending(Duration.ofSeconds(15));
            return code;
        } finally {
            root.stop().done();
        }
    }

    @FunctionalInterface
    private interface Work {
        int run(SessionTimeBoxes work, WriteSession session) throws Exception;
    }

    /** {@code schedule run}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Carry out the time-boxes of this history as they fall due, until stopped (Ctrl+C): "
                    + "starts, ends, and steps that fell due while nothing ran (they say how late they are). One "
                    + "runner at a time carries out a box: a lease in the history keeps a desktop or another "
                    + "'schedule run' on the same history off it.",
                "Exit codes: 0 stopped, 2 error."})
    static final class Run implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Option(names = "--every", paramLabel = "D", converter = Durations.class, defaultValue = "5s",
                description = "how often to look for due steps (default ${DEFAULT-VALUE})")
        Duration every;

        @Option(names = "--once", description = "carry out what is due now, then stop (for cron and the like)")
        boolean once;

        Run(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            return onSession(root, options, out, (work, session) -> {
                var runner = work.boxes().runner("floorwatch schedule run");
                if (once) {
                    runner.tick(work.worker(), root.stop()::released).forEach(box -> print(out, box));
                    return 0;
                }
                out.println("carrying out the time-boxes of " + session.target() + " as " + runner.owner()
                        + "; Ctrl+C stops");
                out.flush();
                try (TimeBoxScheduler scheduler = new TimeBoxScheduler(runner, () -> Optional.of(work.worker()),
                        boxes -> boxes.forEach(box -> print(out, box))).start(every)) {
                    root.stop().await();
                }
                out.println("stopped");
                return 0;
            });
        }

        private static void print(PrintWriter out, TimeBox box) {
            synchronized (out) {
                out.println(TimeBoxLines.summary(box) + (box.note().isEmpty() ? "" : "  (" + box.note() + ")"));
                TimeBoxLines.results(box).forEach(line -> out.println("  " + line));
                if (box.state() == TimeBoxState.ENDED) {
                    TimeBoxLines.whatIf(box).forEach(line -> out.println("  " + line));
                }
                out.flush();
            }
        }
    }

    /** {@code schedule list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the time-boxes: scheduled, running and finished, newest first.",
                "Exit codes: 0 listed, 2 error."})
    static final class ListBoxes implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Option(names = "--details", description = "each agent's outcome at the start and the end too")
        boolean details;

        ListBoxes(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            return onSession(root, options, out, (work, session) -> {
                List<TimeBox> boxes = work.boxes().list(200);
                if (boxes.isEmpty()) {
                    out.println("no time-boxes");
                }
                for (TimeBox box : boxes) {
                    out.println(TimeBoxLines.summary(box) + (box.note().isEmpty() ? "" : "  (" + box.note() + ")"));
                    if (details) {
                        TimeBoxLines.results(box).forEach(line -> out.println("  " + line));
                        TimeBoxLines.whatIf(box).forEach(line -> out.println("  " + line));
                    }
                }
                return 0;
            });
        }
    }

    /** {@code schedule cancel ID}. */
    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = {"Cancel a time-box before its start: nothing is written.",
                "Exit codes: 0 cancelled, 1 refused (it has started: use 'schedule end'), 2 error."})
    static final class Cancel implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Parameters(index = "0", paramLabel = "ID", description = "the time-box's id, or its first characters as listed")
        String id;

        Cancel(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            return onSession(root, options, out, (work, session) -> refusable(out, () -> out.println("cancelled  "
                    + TimeBoxLines.summary(work.boxes().cancel(work.boxes().findByPrefix(id).id(),
                            session.actor())))));
        }
    }

    /** {@code schedule end ID}. */
    @Command(name = "end", mixinStandardHelpOptions = true,
            description = {"End a running time-box now: its agents are put back here, at once.",
                "Exit codes: 0 ended, 1 refused or some agents not put back, 2 error."})
    static final class End implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Parameters(index = "0", paramLabel = "ID", description = "the time-box's id, or its first characters as listed")
        String id;

        End(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            return onSession(root, options, out, (work, session) -> refusable(out, () -> {
                TimeBox ending = work.boxes().endNow(work.boxes().findByPrefix(id).id(), session.actor());
                work.boxes().runner("floorwatch schedule end").tick(work.worker(), root.stop()::released,
                        b -> b.id().equals(ending.id()));
                TimeBox ended = work.boxes().find(ending.id()).orElseThrow();
                out.println(TimeBoxLines.summary(ended));
                TimeBoxLines.results(ended).forEach(line -> out.println("  " + line));
                TimeBoxLines.whatIf(ended).forEach(line -> out.println("  " + line));
            }));
        }
    }

    private static int refusable(PrintWriter out, Runnable action) {
        try {
            action.run();
            return 0;
        } catch (TimeBoxRefused e) {
            e.reasons().forEach(r -> out.println("refused  " + r));
            return 1;
        }
    }
}
