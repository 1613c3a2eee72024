package io.floorwatch.cli;

import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.SkillPlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code floorwatch skills apply FILE [--dry-run]}: applies a skill plan through the safe-write service. */
@Command(name = "skills", mixinStandardHelpOptions = true, description = "Agents' routing skills.",
        subcommands = {SkillsCommand.Apply.class})
final class SkillsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: apply");
    }

    /** {@code skills apply}. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Apply a skill plan (JSON): only the difference is written, an agent changed since the "
                    + "plan's preview is reported as a conflict and left alone, and every agent is read back.",
                "Exit codes: 0 every agent applied (or checked with --dry-run), 1 some conflicts, mismatches or "
                        + "failures, 2 error."})
    static final class Apply implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        ConnectionOptions options = new ConnectionOptions();

        @Parameters(index = "0", paramLabel = "FILE", description = "the plan (.json)")
        Path file;

        @Option(names = "--dry-run", description = "check the plan against the org and the capacity rules; send "
                + "nothing")
        boolean dryRun;

        Apply(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no file " + file);
            }
            SkillPlanFiles.File raw = SkillPlanFiles.read(file);
            PrintWriter out = spec.commandLine().getOut();
            try (WriteSession session = root.context().writes().open(options.connection(), options.db)) {
                SkillPlanFiles.Resolved resolved = SkillPlanFiles.resolve(raw, session.gateway().allSkills());
                SkillApplier applier = new SkillApplier(session.gateway(), session.history().writer(),
                        session.actor(), Clock.systemUTC());
                List<String> problems = new java.util.ArrayList<>(resolved.problems());
                problems.addAll(applier.check(resolved.plan()));
                if (dryRun || !problems.isEmpty()) {
                    problems.forEach(p -> out.println("invalid  " + p));
                    out.println(problems.isEmpty() ? "plan valid: " + resolved.plan().agents().size() + " agents"
                            : problems.size() + " problems; nothing was sent");
                    out.flush();
                    return problems.isEmpty() ? 0 : 1;
                }
                List<SkillOutcome> outcomes = applier.apply(resolved.plan(), root.stop()::released, o -> { });
                return report(resolved.plan(), outcomes, out, session);
            } finally {
                root.stop().done();
            }
        }

        private int report(SkillPlan plan, List<SkillOutcome> outcomes, PrintWriter out, WriteSession session) {
            for (SkillOutcome o : outcomes) {
                out.printf("%-9s %s (%s)  %d writes%s%n", o.status(), o.agent().agentName(), o.agent().agentId(),
                        o.writes(), o.message().isEmpty() ? "" : "  " + o.message());
            }
            long applied = outcomes.stream().filter(o -> o.status() == SkillOutcome.Status.APPLIED).count();
            out.printf("%d of %d agents applied%n", applied, plan.agents().size());
            out.flush();
            session.history().writer().flush(Duration.ofSeconds(30));
            return applied == plan.agents().size() ? 0 : 1;
        }
    }
}
