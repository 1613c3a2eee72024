package io.floorwatch.cli;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.Share;
import io.floorwatch.domain.ShareLayout;
import io.floorwatch.feed.CollectorSetup;
import io.floorwatch.feed.ShareMember;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.timebox.TimeBoxLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code floorwatch collect --kafka B}: one Genesys subscription, fanned out through Kafka to any number of
 * desktops whose agent-state source is Kafka; with {@code --share} or {@code --shares}, one of several collectors
 * that split the org between their OAuth clients.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Subscribe to Genesys once and publish normalized agent-state events to Kafka",
            "(key = user id), for desktops whose agent-state source is Kafka.",
            "Prints one summary line per interval; stops after --duration or on Ctrl-C."})
final class CollectCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** How often a collector running the schedule looks for due time-box steps. */
    private static final Duration SCHEDULE_LOOK = Duration.ofSeconds(5);

    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    OrgOptions options = new OrgOptions();

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", required = true,
            description = "Kafka bootstrap servers, host:port[,host:port...]")
    String kafka;

    @Option(names = "--agent-topic", paramLabel = "T", defaultValue = FeedSettings.DEFAULT_AGENT_TOPIC,
            description = "topic for agent-state events (default ${DEFAULT-VALUE})")
    String agentTopic;

    @Option(names = "--metrics-topic", paramLabel = "T",
            description = {"topic for queue snapshots from Genesys queue observations (default "
                + FeedSettings.DEFAULT_QUEUE_TOPIC + ");",
                "point it elsewhere if an upstream pipeline already fills that topic. With --share, queue",
                "snapshots are published only if this is given (one of the collectors should follow the queues);",
                "with --shares, by whichever collector holds the list's first share"})
    String metricsTopic;

    @Option(names = "--share", paramLabel = "SHARE",
            description = {"follow only this share of the org, with this collector's own OAuth client:",
                "hash:K/N (agents whose user id hashes to K mod N; 32-bit FNV-1a of the lower-cased id),",
                "teams:NAME[,NAME...] (agents of those teams), division:NAME-OR-ID (agents of that division).",
                "Run one collector per share, with shares that together cover the org once.",
                "Default: the whole org"})
    String share;

    @Option(names = "--shares", paramLabel = "LIST",
            description = {"join the share group of the agent topic and follow whichever shares of this list",
                "Kafka gives this collector: 'SHARE;SHARE;...' (e.g. 'hash:0/2;hash:1/2' or",
                "'teams:A,B;teams:C;division:EMEA'); every collector of the group gets the same list.",
                "A collector given no share is a standby: it takes over the share of a collector that stops,",
                "about 10 s (the group's session timeout) plus a rebalance and the share's read later"})
    String shares;

    @Option(names = "--roster-topic", paramLabel = "T",
            description = {"compacted topic for the latest snapshot of every agent and queue, from which a desktop",
                "builds the floor with no Genesys credentials (default: the agent topic + '.roster');",
                "created with cleanup.policy=compact if missing"})
    String rosterTopic;

    @Option(names = "--run-schedule", description = {"also carry out the time-boxes of this collector's history "
            + "(--db) as they fall due,", "so they end on time with no desktop open (a lease keeps any other runner "
            + "of the same history off a box)"})
    boolean runSchedule;

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    AlertOptions alertOptions = new AlertOptions();

    CollectCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        run.check();
        KafkaOptions.checkBootstrap("--kafka", kafka);
        KafkaOptions.checkTopic("--agent-topic", agentTopic);
        if (metricsTopic != null) {
            KafkaOptions.checkTopic("--metrics-topic", metricsTopic);
        }
        String roster = rosterTopic == null ? rosterTopicOf(agentTopic) : rosterTopic;
        KafkaOptions.checkTopic("--roster-topic", roster);
        CollectorSetup setup = setup(roster);
        alertOptions.over(AlertSettings.defaults()); // refuses a bad URL before anything connects
        PrintWriter out = spec.commandLine().getOut();
        try (HeadlessSession collector = root.context().collectors().start(options.target(root.context().paths(),
                out), saved -> saved.withAlerts(alertOptions.over(saved.alerts())), options.db, setup)) {
            out.println("collecting " + collector.target() + " into Kafka " + kafka + " topics " + agentTopic
                    + (setup.metricsTopic() == null ? "" : " and " + setup.metricsTopic()) + ", roster " + roster
                    + "; following " + setup.describe() + (setup.inGroup() ? "; no alerts of its own (a desktop "
                    + "or 'floorwatch record --agents-from kafka' on the agent topic raises them)" : ""));
            out.flush();
            try (AutoCloseable printing = RecordCommand.printAlerts(collector, out);
                    AutoCloseable schedule = runSchedule ? collector.runTimeBoxes("floorwatch collect",
                            SCHEDULE_LOOK, boxes -> printBoxes(out, boxes)) : () -> { }) {
                run.run(collector, root.stop(), out, () -> summary(collector));
            }
            out.println("stopped; " + collector.feedHealth().source());
            out.flush();
        } finally {
            root.stop().done();
        }
        return 0;
    }

    /** What to follow and where to publish; a share that cannot be read is a usage error naming the option. */
    private CollectorSetup setup(String roster) {
        if (share != null && shares != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--share and --shares do not go together: "
                    + "--share fixes this collector's share, --shares lets its group choose one");
        }
        if (shares != null && (alertOptions.webhook != null || alertOptions.sound != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shares raises no alerts of its own (each "
                    + "share it is given has a floor of its own), so --alert-webhook and --sound do nothing there: "
                    + "watch the group's topic with 'floorwatch record --agents-from kafka --kafka " + kafka
                    + " --agent-topic " + agentTopic + " --alert-webhook URL' (or a desktop on it), or give each "
                    + "collector a fixed --share");
        }
        try {
            Share fixed = share == null ? Share.ALL : Share.parse(share);
            ShareLayout layout = shares == null ? null : ShareLayout.parse(shares);
            // Several --share collectors would each publish every queue's snapshots: only when asked.
            String metrics = metricsTopic != null ? metricsTopic : share != null ? null
                    : FeedSettings.DEFAULT_QUEUE_TOPIC;
            if (layout != null) {
                KafkaOptions.checkTopic("--agent-topic", ShareMember.controlTopicOf(agentTopic));
            }
            return new CollectorSetup(kafka, agentTopic, metrics, roster, fixed, layout, CollectorSetup.TAKEOVER_AFTER);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), (share != null ? "--share: " : "--shares: ")
                    + e.getMessage());
        }
    }

    private static void printBoxes(PrintWriter out, List<TimeBox> boxes) {
        synchronized (out) {
            boxes.forEach(box -> out.println("time-box  " + TimeBoxLines.summary(box)
                    + (box.note().isEmpty() ? "" : "  (" + box.note() + ")")));
            out.flush();
        }
    }

    /** The roster topic that goes with an agent topic when none is named: {@code floorwatch.agent-state.roster}. */
    static String rosterTopicOf(String agentTopic) {
        return agentTopic + ".roster";
    }

    private static String summary(HeadlessSession collector) {
        FeedHealth health = collector.feedHealth();
        String line = String.format("%s  agents %,d · events/s %.1f · channels %d/%d · %s · rejected %d · "
                + "reconnects %d", LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(TIME), health.agents(),
                health.eventsPerSecond(), health.channelsOpen(), health.channelsNeeded(), health.source(),
                health.rejected(), health.reconnects());
        return RecordCommand.withProblems(line, health.problem(), collector.alertProblem().orElse(""));
    }
}
