package io.floorwatch.cli;

import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.WallboardLayout;
import io.floorwatch.config.WallboardLayoutFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import static picocli.CommandLine.Model.CommandSpec;

/**
 * {@code floorwatch wallboard}: the wallboard window alone, full screen, for a TV (a kiosk). The floor comes from an
 * org like the other commands' (the saved connection, {@code --env}, or {@code --demo}), or with {@code --kafka}
 * from a collector's topics alone, so the TV's machine holds no Genesys credentials. The layout file is read and
 * checked before anything connects: a file that does not fit exits 2 with the reason.
 */
@Command(name = "wallboard", mixinStandardHelpOptions = true,
        description = {"Open the wallboard full screen, for a TV across the room.",
            "Keys: arrows or Page Up/Down turn the pages, Space pauses, G groups by state or team, A shows only "
                    + "agents needing attention, + and - size the text, Ctrl+Q closes."})
final class WallboardCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    OrgOptions options = new OrgOptions();

    @Option(names = "--layout", paramLabel = "FILE",
            description = "a wallboard layout (JSON: title, groupBy, cards, queues, teams, showOffline, "
                    + "pageSeconds, scale); see --print-layout")
    Path layout;

    @Option(names = "--screen", paramLabel = "N", defaultValue = "0",
            description = "the monitor, from 1 (the primary); default: the last one (a TV is usually added last)")
    int screen;

    @Option(names = "--print-layout", description = "print the layout in use (a template to edit) and exit")
    boolean printLayout;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "read the floor from a collector's topics on this Kafka cluster alone: no Genesys "
                    + "connection or credentials on this machine")
    String kafka;

    @Option(names = "--agent-topic", paramLabel = "T", defaultValue = FeedSettings.DEFAULT_AGENT_TOPIC,
            description = "with --kafka: the collector's agent-state topic (default: ${DEFAULT-VALUE})")
    String agentTopic;

    @Option(names = "--roster-topic", paramLabel = "T",
            description = "with --kafka: the collector's roster topic (default: the agent topic + '.roster')")
    String rosterTopic;

    @Option(names = "--metrics-topic", paramLabel = "T", defaultValue = FeedSettings.DEFAULT_QUEUE_TOPIC,
            description = "with --kafka: the queue-metric topic (default: ${DEFAULT-VALUE})")
    String metricsTopic;

    @Option(names = "--group", paramLabel = "ID",
            description = "with --kafka: the consumer group (default: one per user and machine)")
    String group;

    WallboardCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        WallboardLayout chosen = layout == null ? WallboardLayout.defaults() : WallboardLayoutFile.read(layout);
        if (printLayout) {
            out.println(WallboardLayoutFile.write(chosen));
            out.flush();
            return 0;
        }
        if (screen < 0) {
            throw new IllegalArgumentException("--screen counts monitors from 1, not " + screen);
        }
        Optional<WallboardRequest.KafkaSource> source = kafkaSource(out);
        WallboardRequest request = new WallboardRequest(chosen, screen, source.isPresent() ? Optional.empty()
                : options.target(root.context().paths(), out), source, options.db, out);
        root.context().wallboards().launch(request);
        return 0;
    }

    /** The collector's topics with {@code --kafka}, checked; refuses an org's options beside it. */
    private Optional<WallboardRequest.KafkaSource> kafkaSource(PrintWriter out) {
        if (kafka == null) {
            if (rosterTopic != null || group != null) {
                throw new IllegalArgumentException("--roster-topic and --group go with --kafka");
            }
            return Optional.empty();
        }
        if (options.env != null || options.clientId != null || options.demo) {
            throw new IllegalArgumentException("--kafka reads a collector's topics and needs no org: leave out "
                    + "--env, --client-id and --demo");
        }
        KafkaOptions.checkBootstrap("--kafka", kafka);
        String roster = rosterTopic == null ? CollectCommand.rosterTopicOf(agentTopic) : rosterTopic;
        KafkaOptions.checkTopic("--agent-topic", agentTopic);
        KafkaOptions.checkTopic("--roster-topic", roster);
        KafkaOptions.checkTopic("--metrics-topic", metricsTopic);
        if (group != null) {
            KafkaOptions.checkGroup("--group", group);
        }
        out.println("floor: Kafka " + kafka + " topics " + agentTopic + ", " + roster + " and " + metricsTopic
                + " (no Genesys connection)");
        out.flush();
        return Optional.of(new WallboardRequest.KafkaSource(kafka, agentTopic, roster, metricsTopic,
                group == null ? "" : group));
    }
}
