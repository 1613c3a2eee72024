package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.tuning.FloorAgent;
import io.floorwatch.tuning.Recommendation;
import io.floorwatch.tuning.Recommender;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillNotices;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.SkillPlanFiles;
import io.floorwatch.tuning.WorstMoments;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code floorwatch skills apply FILE [--dry-run]}: applies a skill plan through the safe-write service. */
@Command(name = "skills", mixinStandardHelpOptions = true, description = "Agents' routing skills.",
        subcommands = {SkillsCommand.Plan.class, SkillsCommand.Apply.class})
final class SkillsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: plan, apply");
    }

    /** {@code skills plan}. */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Watch the floor and the queues for a while, then write the skill recommendations as a "
                    + "plan (JSON) for review and 'skills apply'. Each agent's current skills are its preview.",
                "Exit codes: 0 written (even with nothing to recommend), 2 error."})
    static final class Plan implements Callable<Integer> {
        private final FloorwatchCommand root;

        /** How often the queues are looked at while watched: every sample a feed delivers, about. */
        private static final Duration LOOK_EVERY = Duration.ofMillis(500);

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "the plan file to write")
        Path out;

        @Option(names = "--watch", paramLabel = "D", converter = Durations.class, defaultValue = "20s",
                description = "how long to watch the queues before recommending; each queue is judged by the "
                        + "highest score it reached meanwhile (default ${DEFAULT-VALUE})")
        Duration watch;

        @Option(names = "--threshold", defaultValue = "0.5",
                description = "queues scoring at least this need help (default ${DEFAULT-VALUE})")
        double threshold;

        @Option(names = "--per-queue", defaultValue = "3",
                description = "agents proposed per queue at most (default ${DEFAULT-VALUE})")
        int perQueue;

        @Option(names = "--max-skills", defaultValue = "5",
                description = "skills an agent may hold at most, 1 to 50 (default ${DEFAULT-VALUE})")
        int maxSkills;

        Plan(FloorwatchCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            if (maxSkills < 1 || maxSkills > SkillPlan.CEILING) {
                throw new IllegalArgumentException("--max-skills must be 1 to 50, not " + maxSkills);
            }
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("--threshold is a score from 0 to 1, not " + threshold);
            }
            PrintWriter print = spec.commandLine().getOut();
            // Watching to plan is no watch of the floor: its alerts stay off the channel and the speaker.
            try (HeadlessSession session = root.context().sessions().start(options.target(root.context().paths(),
                    print), saved -> saved.withAlerts(saved.alerts().withOutlets(false, "")), options.db)) {
                ConnectionStatus status = session.awaitConnection(Duration.ofSeconds(60));
                if (status.state() != ConnectionStatus.State.CONNECTED) {
                    throw new IllegalStateException("not connected to " + status.target() + ": " + status.message());
                }
                print.println("watching " + session.target() + " for " + watch.toSeconds() + " s...");
                print.flush();
                WorstMoments worst = new WorstMoments();
                long end = System.nanoTime() + watch.toNanos();
                do {
                    worst.offer(session.latestQueues());
                } while (System.nanoTime() < end && !root.stop().await(Duration.ofNanos(Math.min(LOOK_EVERY.toNanos(),
                        Math.max(0, end - System.nanoTime())))));
                worst.offer(session.latestQueues());
                GenesysGateway gateway = session.gateway().orElseThrow(() ->
                        new IllegalStateException("the connection closed while watching"));
                Map<String, Skill> skills = gateway.allSkills().stream().collect(
                        Collectors.toMap(Skill::id, s -> s, (a, b) -> a));
                Map<String, List<SkillAssignment>> held = gateway.directory()
                        .userSkills();
                List<FloorAgent> floor = session.agents().stream().map(a ->
                        new FloorAgent(a.agent(), a.activity(), a.since(), a.queues())).toList();
                Recommender recommender = new Recommender(threshold,
                        perQueue, maxSkills);
                List<Recommendation> recommendations = recommender.recommend(
                        worst.samples(), session.queueNames(), floor, skills, held, Instant.now());
                recommendations.forEach(r -> print.println("recommend  " + r.agentName() + ": " + r.skillName() + " "
                        + (r.fromProficiency() == null ? "new" : r.fromProficiency()) + " -> " + r.toProficiency()
                        + "  (" + r.reason() + ")"));
                SkillPlan plan = recommender.plan(recommendations, held);
                SkillPlanFiles.write(plan, out);
                print.println(recommendations.isEmpty() ? "no queue needs help; wrote an empty plan to " + out
                        : "wrote " + plan.agents().size() + " agents to " + out + "; review it, then: floorwatch "
                        + "skills apply " + out);
                print.flush();
                session.stopFeeds();
                return 0;
            } finally {
                root.stop().done();
            }
        }
    }

    /** {@code skills apply}. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Apply a skill plan (JSON): only the difference is written, an agent changed since the "
                    + "plan's preview is reported as a conflict and left alone, and every agent is read back.",
                "With --for or --until the change is a time-box: applied now (or --at T), kept in history, and put "
                        + "back at its end by whichever Floorwatch runs the schedule then ('schedule run', "
                        + "'collect --run-schedule', or the desktop); an agent changed by someone else during it "
                        + "is reported, not overwritten.",
                "Exit codes: 0 every agent applied (or checked with --dry-run), 1 some conflicts, mismatches or "
                        + "failures, 2 error."})
    static final class Apply implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @Parameters(index = "0", paramLabel = "FILE", description = "the plan (.json)")
        Path file;

        @Option(names = "--dry-run", description = "check the plan against the org and the capacity rules; send "
                + "nothing")
        boolean dryRun;

        @ArgGroup(exclusive = true)
        TimeBoxOptions.Window window;

        @Mixin
        TimeBoxOptions timeBox = new TimeBoxOptions();

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
            Optional<ConnectionSettings> target = options.target(root.context().paths(), out);
            if (window != null && target.map(ConnectionSettings::isDemo).orElse(false)) {
                throw new IllegalArgumentException("--demo runs a demo that ends with this command, so a time-box "
                        + "on it could never be put back; try time-boxes in the window ('floorwatch demo')");
            }
            try (WriteSession session = root.context().writes().open(target, options.db)) {
                SkillPlanFiles.Resolved resolved = SkillPlanFiles.resolve(raw, session.gateway().allSkills());
                SkillApplier applier = new SkillApplier(session.gateway(), session.history().writer(),
                        session.actor(), Clock.systemUTC());
                List<String> problems = new ArrayList<>(resolved.problems());
                problems.addAll(applier.check(resolved.plan()));
                if (window != null && !dryRun && problems.isEmpty()) {
                    return timeBox.schedule(resolved.plan(), window, root, target, session, out);
                }
                if (window == null && timeBox.given()) {
                    throw new IllegalArgumentException("--at, --title and --no-what-if belong to a time-box: give --for "
                            + "or --until");
                }
                if (dryRun || !problems.isEmpty()) {
                    problems.forEach(p -> out.println("invalid  " + p));
                    out.println(problems.isEmpty() ? "plan valid: " + resolved.plan().agents().size() + " agents"
                            : problems.size() + " problems; nothing was sent");
                    out.flush();
                    return problems.isEmpty() ? 0 : 1;
                }
                try (ChangeNotices notices = session.changeNotices()) {
                    List<SkillOutcome> outcomes = applier.apply(resolved.plan(), root.stop()::released, o -> {
                        if (o.status() == SkillOutcome.Status.APPLIED && o.writes() > 0) {
                            notices.send(SkillNotices.applied(o, session.actor(), Instant.now()),
                                    "skills of " + o.agent().agentName());
                        }
                    });
                    int code = report(resolved.plan(), outcomes, out, session);
                    notices.closeAfterSending(Duration.ofSeconds(15));
                    return code;
                }
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
