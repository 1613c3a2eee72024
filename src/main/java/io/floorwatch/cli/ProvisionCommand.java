package io.floorwatch.cli;

import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.provisioning.QueueNotices;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.SpecRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code floorwatch provision FILE [--dry-run]}: creates the queues of a CSV or JSON file, a result per row. */
@Command(name = "provision", mixinStandardHelpOptions = true,
        description = {"Create routing queues from a CSV or JSON file; every row is validated against the org "
                + "first and only valid rows are sent.",
            "Exit codes: 0 every row created (or valid with --dry-run), 1 some rows invalid or failed, 2 error."})
final class ProvisionCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    OrgOptions options = new OrgOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "queues as .csv or .json")
    Path file;

    @Option(names = "--dry-run", description = "validate against the org and show what would be created; send "
            + "nothing")
    boolean dryRun;

    ProvisionCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        List<SpecRow> rows = QueueFileRun.rows(file);
        PrintWriter out = spec.commandLine().getOut();
        try (WriteSession session = root.context().writes().open(options.target(root.context().paths(), out), options.db)) {
            out.println((dryRun ? "checking " : "provisioning ") + rows.size() + " rows of " + file.getFileName()
                    + " against " + session.target());
            out.flush();
            if (dryRun) {
                return QueueFileRun.report(QueueFileRun.dryRun(rows, session), out);
            }
            try (ChangeNotices notices = session.changeNotices()) {
                return provision(rows, session, notices, out);
            }
        } finally {
            root.stop().done();
        }
    }

    /** Creates the rows, then waits (bounded) for the change notices and the audit entries to be delivered. */
    private int provision(List<SpecRow> rows, WriteSession session, ChangeNotices notices, PrintWriter out) {
        QueueProvisioner provisioner = new QueueProvisioner(session.gateway(), session.history().writer(),
                session.actor(), Clock.systemUTC(), outcome -> notices.send(
                        QueueNotices.created(outcome, session.actor(), Instant.now()), "queue " + outcome.name()));
        // Ctrl-C stops before the next row; what was created stays created and is reported and audited.
        List<QueueOutcome> outcomes = provisioner.createAll(rows, provisioner.readOrg(), root.stop()::released,
                outcome -> { });
        int code = QueueFileRun.report(outcomes, out);
        notices.closeAfterSending(Duration.ofSeconds(15));
        if (!notices.problem().isEmpty()) {
            spec.commandLine().getErr().println("floorwatch: " + notices.problem());
        }
        if (!session.history().writer().flush(Duration.ofSeconds(30))) {
            spec.commandLine().getErr().println("floorwatch: some audit entries could not be stored: "
                    + session.history().writer().lastProblem());
        }
        return code;
    }
}
