package io.floorwatch.cli;

import io.floorwatch.base.IoProblems;
import io.floorwatch.actions.ActionNotices;
import io.floorwatch.actions.ActionOutcome;
import io.floorwatch.actions.ActionPlan;
import io.floorwatch.actions.ActionPlanner;
import io.floorwatch.actions.ActionRules;
import io.floorwatch.actions.ActionRunner;
import io.floorwatch.actions.AgentAction;
import io.floorwatch.actions.AgentSelection;
import io.floorwatch.config.ActionSettings;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.outbound.ChangeNotices;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code floorwatch agents presence|logout|queue}: acts on agents as the signed-in person, through the same
 * planner and runner as the window. Prints one line per agent. Exit codes: 0 every chosen agent done (or, with
 * {@code --dry-run}, the plan may run), 1 some skipped, refused or failed, or the input named something that does
 * not exist, 2 error.
 */
@Command(name = "agents", mixinStandardHelpOptions = true, description = "Act on agents: presence, log out, queues.",
        subcommands = {AgentsCommand.Presence.class, AgentsCommand.LogOut.class, AgentsCommand.Queue.class})
final class AgentsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: presence, logout, queue");
    }

    /** Who to act on, and how. */
    static final class Choice {
        @Option(names = "--agents", paramLabel = "FILE", description = "names or emails, one a line ('#' comments)")
        Path agentsFile;

        @Option(names = "--team", paramLabel = "T", description = "agents of this team")
        String team;

        @Option(names = "--queue", paramLabel = "Q", description = "members of this queue")
        String queue;

        @Option(names = "--state", paramLabel = "S", description = "agents in this state, as the floor names it "
                + "(Idle, Interacting, Not responding, Break, ...)")
        String state;

        @Option(names = "--reason", paramLabel = "R", description = "why (kept in the audit log and the notice; "
                + "required to log out and for more than --reason-above agents)")
        String reason = "";

        @Option(names = "--reason-above", paramLabel = "N", description = "batches larger than this need a reason "
                + "(default: ${DEFAULT-VALUE})")
        int reasonAbove = ActionSettings.DEFAULT_REASON_ABOVE;

        @Option(names = "--dry-run", description = "show every agent's state now and after; send nothing")
        boolean dryRun;
    }

    /** {@code agents presence --set NAME}. */
    @Command(name = "presence", mixinStandardHelpOptions = true,
            description = {"Set the chosen agents' presence to one of the org's presence definitions.",
                "Exit codes: 0 all done, 1 some skipped, refused or failed, or bad input, 2 error."})
    static final class Presence extends Run {
        @Option(names = "--set", required = true, paramLabel = "NAME", description = "a presence definition's name "
                + "(On Queue, Available, Break, ...)")
        String presence;

        Presence(FloorwatchCommand root) {
            super(root);
        }

        @Override
        AgentAction action(GenesysGateway gateway, List<String> problems) {
            List<PresenceDefinition> definitions = new ActionPlanner(gateway).presences();
            return definitions.stream().filter(d -> d.label().equalsIgnoreCase(presence.trim())).findFirst()
                    .map(d -> AgentAction.presence(d.id(), d.label())).orElseGet(() -> {
                        problems.add("no presence named '" + presence + "'; the org's are " + definitions.stream()
                                .map(PresenceDefinition::label).distinct().collect(Collectors.joining(", ")));
                        return null;
                    });
        }
    }

    /** {@code agents logout}. */
    @Command(name = "logout", mixinStandardHelpOptions = true,
            description = {"Log the chosen agents out everywhere (they go Offline). There is no undo; a reason is "
                    + "required.", "Exit codes: 0 all done, 1 some skipped, refused or failed, or bad input, 2 error."})
    static final class LogOut extends Run {
        LogOut(FloorwatchCommand root) {
            super(root);
        }

        @Override
        AgentAction action(GenesysGateway gateway, List<String> problems) {
            return AgentAction.logOut();
        }
    }

    /** {@code agents queue --join|--leave QUEUE}. */
    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = {"Join the chosen agents to a queue they are members of, or unjoin them (they stay members).",
                "Exit codes: 0 all done, 1 some skipped, refused or failed, or bad input, 2 error."})
    static final class Queue extends Run {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        static final class Which {
            @Option(names = "--join", paramLabel = "QUEUE", description = "join this queue")
            String join;

            @Option(names = "--leave", paramLabel = "QUEUE", description = "unjoin from this queue")
            String leave;
        }

        Queue(FloorwatchCommand root) {
            super(root);
        }

        @Override
        AgentAction action(GenesysGateway gateway, List<String> problems) {
            String name = which.join != null ? which.join : which.leave;
            RoutingQueue queue = queueNamed(gateway, name, problems);
            if (queue == null) {
                return null;
            }
            return which.join != null ? AgentAction.join(queue.id(), queue.name())
                    : AgentAction.leave(queue.id(), queue.name());
        }
    }

    /** The run every subcommand shares: choose, plan, check, then preview or run and report. */
    abstract static class Run implements Callable<Integer> {
        private final FloorwatchCommand root;

        @Spec
        CommandSpec spec;

        @Mixin
        OrgOptions options = new OrgOptions();

        @ArgGroup(exclusive = false, heading = "Choosing agents and how:%n")
        Choice choice = new Choice();

        Run(FloorwatchCommand root) {
            this.root = root;
        }

        /** The action, or null with the reason added to {@code problems}. */
        abstract AgentAction action(GenesysGateway gateway, List<String> problems);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<String> names = choice.agentsFile == null ? null : lines(choice.agentsFile);
            try (WriteSession session = root.context().writes().open(options.target(root.context().paths(), out), options.db)) {
                GenesysGateway gateway = session.gateway();
                List<String> problems = new ArrayList<>();
                AgentAction action = action(gateway, problems);
                Set<String> members = null;
                if (choice.queue != null) {
                    RoutingQueue queue = queueNamed(gateway, choice.queue, problems);
                    members = queue == null ? Set.of() : gateway.queueMembers(queue.id()).stream()
                            .map(QueueMember::userId).collect(Collectors.toSet());
                }
                AgentSelection.Chosen chosen = new AgentSelection(names, choice.team, members, choice.state)
                        .choose(gateway.allUsers());
                problems.addAll(chosen.problems());
                if (action == null) {
                    return refuse(problems, out);
                }
                ActionPlanner planner = new ActionPlanner(gateway);
                ActionPlan plan = planner.plan(action, chosen.agents(), choice.reason);
                problems.addAll(ActionRules.problems(plan, choice.reasonAbove));
                if (!problems.isEmpty()) {
                    preview(plan, out);
                    return refuse(problems, out);
                }
                if (choice.dryRun) {
                    preview(plan, out);
                    out.printf("%s: %d of %d agents would be sent%s%n", action.label(), plan.toSend().size(),
                            plan.rows().size(), action.undoable() ? "" : " (a log out has no undo)");
                    out.flush();
                    return 0;
                }
                return run(session, plan, out);
            } finally {
                root.stop().done();
            }
        }

        private int run(WriteSession session, ActionPlan plan, PrintWriter out) {
            ActionRunner runner = new ActionRunner(session.gateway(), session.history().writer(), session.actor(),
                    Clock.systemUTC());
            try (ChangeNotices notices = session.changeNotices()) {
                ActionRunner.BatchResult result = runner.run(plan, root.stop()::released, o -> {
                    out.printf("%-8s %s (%s)  %s -> %s%s%n", o.status(), o.row().agentName(), o.row().agentId(),
                            o.row().shown(), o.row().after(), o.detail().isEmpty() ? "" : "  " + o.detail());
                    out.flush();
                });
                if (result.count(ActionOutcome.Status.DONE) > 0) {
                    notices.send(ActionNotices.batch(result, session.actor(), Instant.now()),
                            plan.action().label());
                }
                out.printf("%s: %s%n", plan.action().label(), result.summary());
                out.flush();
                session.history().writer().flush(Duration.ofSeconds(30));
                notices.closeAfterSending(Duration.ofSeconds(15));
                return result.count(ActionOutcome.Status.DONE) == plan.rows().size() ? 0 : 1;
            }
        }

        private static void preview(ActionPlan plan, PrintWriter out) {
            for (ActionPlan.Row row : plan.rows()) {
                out.printf("%-8s %s (%s)  %s -> %s%s%n", row.sent() ? "SEND" : "SKIP", row.agentName(), row.agentId(),
                        row.shown(), row.after(), row.sent() ? "" : "  " + row.skip());
            }
        }

        private static int refuse(List<String> problems, PrintWriter out) {
            problems.forEach(p -> out.println("invalid  " + p));
            out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was sent");
            out.flush();
            return 1;
        }

        private static List<String> lines(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no file " + file);
            }
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(IoProblems.textFile(file, e), e);
            }
        }
    }

    static RoutingQueue queueNamed(GenesysGateway gateway, String name, List<String> problems) {
        List<RoutingQueue> found = gateway.findQueuesByName(name.trim());
        if (found.isEmpty()) {
            problems.add("no queue named '" + name + "'");
            return null;
        }
        return found.get(0);
    }
}
