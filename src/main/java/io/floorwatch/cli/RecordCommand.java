package io.floorwatch.cli;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.monitor.AlertEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code floorwatch record}: feeds into live state and history, headless, with a summary line per interval. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Follow agent state and write it to history without a window.",
            "Prints one summary line per interval; stops after --duration or on Ctrl-C."})
final class RecordCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    OrgOptions options = new OrgOptions();

    @Mixin
    FeedOptions feeds = new FeedOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    AlertOptions alertOptions = new AlertOptions();

    RecordCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        run.check();
        PrintWriter out = spec.commandLine().getOut();
        CliContext context = root.context();
        feeds.over(FeedSettings.defaults()); // refuses bad options before anything connects
        alertOptions.over(AlertSettings.defaults());
        try (HeadlessSession runtime = context.sessions().start(options.target(context.paths(), out),
                saved -> saved.withFeeds(feeds.over(saved.feeds())).withAlerts(alertOptions.over(saved.alerts())),
                options.db)) {
            out.println("recording " + runtime.target() + " into " + runtime.history().file() + ".mv.db");
            out.flush();
            try (AutoCloseable printing = printAlerts(runtime, out)) {
                run.run(runtime, root.stop(), out, () -> summary(runtime));
            }
            runtime.history().writer().flush(Duration.ofSeconds(30));
            out.println("stopped; " + runtime.history().states().count() + " state events in history");
            out.flush();
        } finally {
            root.stop().done();
        }
        return 0;
    }

    /** Prints each alert as it calls and as it clears, until closed. */
    static AutoCloseable printAlerts(HeadlessSession runtime, PrintWriter out) {
        return runtime.alerts().map(alerts -> alerts.subscribe(event -> {
            if (event.calls() || event.kind() == AlertEvent.Kind.CLEARED) {
                out.println(alertLine(event));
                out.flush();
            }
        })).orElse(() -> { });
    }

    /** A summary line with whatever is wrong appended, " · " between. */
    static String withProblems(String line, String... problems) {
        String wrong = String.join(" · ", Stream.of(problems).filter(p -> !p.isEmpty()).toList());
        return wrong.isEmpty() ? line : line + " · " + wrong;
    }

    /** "08:31:02  ALERT  Ada Lovelace (Team Aurora): Not responding for 1 min (rule: Not responding)" */
    static String alertLine(AlertEvent event) {
        Alert alert = event.alert();
        Instant at = event.kind() == AlertEvent.Kind.CLEARED ? alert.clearedAt() : alert.updatedAt();
        String what = switch (event.kind()) {
            case RAISED -> "ALERT  ";
            case RE_RAISED -> "ALERT (snooze over)  ";
            default -> "cleared  ";
        };
        return LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).format(TIME)
                + "  " + what + alert.agentName() + (alert.team().isEmpty() ? "" : " (" + alert.team() + ")") + ": "
                + alert.condition().label() + " for " + Alert.human(alert.inState(at)) + " (rule: " + alert.ruleName()
                + ")";
    }

    private static String summary(HeadlessSession runtime) {
        FeedHealth health = runtime.feedHealth();
        QueueFeedHealth queues = runtime.queueHealth();
        String line = String.format("%s  agents %,d · events/s %.1f · channels %d/%d · writer queue %,d · "
                + "rejected %d · reconnects %d · queue samples %,d from %d queues (%s)",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(TIME), health.agents(),
                health.eventsPerSecond(), health.channelsOpen(), health.channelsNeeded(),
                runtime.history().writer().queueDepth(), health.rejected() + queues.rejected(), health.reconnects(),
                queues.records(), queues.queues(), queues.source())
                + runtime.alerts().map(a -> String.format(" · alerts active %d", a.active().size())).orElse("");
        return withProblems(line, health.problem(), queues.problem(), runtime.alertProblem().orElse(""));
    }
}
