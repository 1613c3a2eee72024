package io.floorwatch.cli;

import io.floorwatch.drift.ConfigSnapshot;
import io.floorwatch.drift.DriftExport;
import io.floorwatch.drift.DriftRow;
import io.floorwatch.drift.DriftService;
import io.floorwatch.drift.IgnoreRules;
import io.floorwatch.drift.OrgSnapshot;
import io.floorwatch.drift.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code floorwatch drift snapshot FILE} and {@code floorwatch drift compare --baseline FILE [--against FILE]}. */
@Command(name = "drift", mixinStandardHelpOptions = true, description = "Routing configuration drift.",
        subcommands = {DriftCommand.Snapshot.class, DriftCommand.Compare.class})
final class DriftCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: snapshot, compare");
    }

    /** {@code drift snapshot FILE}. */
    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = {"Read the org's routing configuration (queues with settings and members, skills, agents' "
                    + "skills) into a snapshot file, keyed by names. The same configuration gives the same file, "
                    + "byte for byte.", "Exit codes: 0 written, 2 error."})
    static final class Snapshot implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Parameters(index = "0", paramLabel = "FILE", description = "the snapshot file to write (.json)")
        Path file;

        Snapshot(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                OrgSnapshot live = readLive(root, options, err);
                DriftService.writeFile(file.toFile(), live.snapshot());
                PrintWriter out = spec.commandLine().getOut();
                out.println("wrote " + file + ": " + live.snapshot().queues().size() + " queues, "
                        + live.snapshot().skills().size() + " skills, " + live.snapshot().agents().size()
                        + " agents with skills (" + live.calls() + " API calls)");
                out.flush();
                return 0;
            } finally {
                root.stop().done();
            }
        }
    }

    /** {@code drift compare}. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Compare a baseline snapshot with the live org (or with a second snapshot file) and print "
                    + "the differences.", "Exit codes: 0 no drift, 1 drift, 2 error (for CI pipelines)."})
    static final class Compare implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Option(names = "--baseline", paramLabel = "FILE", required = true, description = "the baseline snapshot")
        Path baseline;

        @Option(names = "--against", paramLabel = "FILE",
                description = "a snapshot to compare with instead of the live org")
        Path against;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, json, csv or markdown (default ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--ignore-field", paramLabel = "TYPE.FIELD",
                description = "leave a field out, e.g. QUEUE.members or AGENT_SKILL.* (repeatable)")
        List<String> ignoreFields = new ArrayList<>();

        @Option(names = "--ignore-entity", paramLabel = "PATTERN",
                description = "leave out entities whose name matches, * for any text, e.g. 'Test *' (repeatable)")
        List<String> ignoreEntities = new ArrayList<>();

        Compare(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try {
                DriftExport.Format chosen = DriftExport.Format.parse(format);
                ConfigSnapshot base = DriftService.readFile(baseline.toFile());
                PrintWriter err = spec.commandLine().getErr();
                ConfigSnapshot target = against != null ? DriftService.readFile(against.toFile())
                        : readLive(root, options, err).snapshot();
                List<DriftRow> rows = DriftService.compare(base, target, new IgnoreRules(ignoreFields,
                        ignoreEntities));
                PrintWriter out = spec.commandLine().getOut();
                out.print(DriftExport.write(rows, chosen));
                out.flush();
                return rows.isEmpty() ? 0 : 1;
            } finally {
                root.stop().done();
            }
        }
    }

    /** Reads the live org through a write session's gateway, telling progress on standard error. */
    private static OrgSnapshot readLive(FloorwatchCommand root, OrgOptions options, PrintWriter err) {
        try (WriteSession session = root.context().writes().open(options.target(root.context().paths(), err), options.db)) {
            Consumer<SnapshotReader.Progress> progress = new Consumer<>() {
                private String lastStep = "";

                @Override
                public void accept(SnapshotReader.Progress p) {
                    String step = p.total() > 0 ? "Reading queue members" : p.step();
                    if (!step.equals(lastStep) || p.total() > 0 && p.done() % 100 == 0 && p.done() > 0) {
                        lastStep = step;
                        err.println(p.total() > 0 ? step + " (" + p.done() + " of " + p.total() + " queues)" : step);
                        err.flush();
                    }
                }
            };
            DriftService service = new DriftService(session.gateway(), session.history().baselines(),
                    session.history().writer(), session.actor(), Clock.systemUTC(), c -> {
                        throw new IllegalStateException("the command line reads one org");
                    });
            return service.readLive(root.stop()::released, progress);
        }
    }
}
