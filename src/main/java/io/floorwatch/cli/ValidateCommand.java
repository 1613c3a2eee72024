package io.floorwatch.cli;

import io.floorwatch.provisioning.SpecRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code floorwatch validate FILE}: checks a queue file against the org for CI pipelines; sends nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a queue file (.csv or .json) against the org: names new, skills active, divisions, "
                + "groups, flows and queues it names present, numbers in range. Nothing is sent.",
            "Exit codes: 0 valid, 1 invalid (the messages say where), 2 error."})
final class ValidateCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions options = new ConnectionOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "queues as .csv or .json")
    Path file;

    ValidateCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        List<SpecRow> rows = QueueFileRun.rows(file);
        try (WriteSession session = root.context().writes().open(options.connection(), options.db)) {
            return QueueFileRun.report(QueueFileRun.dryRun(rows, session), spec.commandLine().getOut());
        }
    }
}
