package io.floorwatch.cli;

import io.floorwatch.provisioning.SpecRow;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillPlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code floorwatch validate FILE}: checks a queue file against the org for CI pipelines; sends nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a queue file (.csv or .json) or a skill plan (.json with \"agents\") against the org: names new, skills active, divisions, "
                + "groups, flows and queues it names present, numbers in range. Nothing is sent.",
            "Exit codes: 0 valid, 1 invalid (the messages say where), 2 error."})
final class ValidateCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    OrgOptions options = new OrgOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "queues as .csv or .json")
    Path file;

    ValidateCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                && SkillPlanFiles.isPlan(file)) {
            return validatePlan();
        }
        List<SpecRow> rows = QueueFileRun.rows(file);
        try (WriteSession session = root.context().writes().open(options.target(root.context().paths(),
                spec.commandLine().getOut()), options.db)) {
            return QueueFileRun.report(QueueFileRun.dryRun(rows, session), spec.commandLine().getOut());
        }
    }

    /** A skill plan: skill names resolved, capacity rules met. */
    private int validatePlan() {
        SkillPlanFiles.File raw = SkillPlanFiles.read(file);
        PrintWriter out = spec.commandLine().getOut();
        try (WriteSession session = root.context().writes().open(options.target(root.context().paths(), out),
                options.db)) {
            SkillPlanFiles.Resolved resolved = SkillPlanFiles.resolve(raw, session.gateway().allSkills());
            List<String> problems = new ArrayList<>(resolved.problems());
            problems.addAll(new SkillApplier(session.gateway(), session.history().writer(), session.actor(),
                    Clock.systemUTC()).check(resolved.plan()));
            problems.forEach(p -> out.println("invalid  " + p));
            out.println(problems.isEmpty() ? "skill plan valid: " + resolved.plan().agents().size() + " agents"
                    : problems.size() + " problems");
            out.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }
}
