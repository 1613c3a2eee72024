package io.floorwatch.cli;

import io.floorwatch.config.FeedSettings;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.kafka.RecordPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code floorwatch emulator}: the Genesys Cloud emulator and simulated floor, until stopped. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = {"Run the Genesys Cloud emulator with a simulated contact center on 127.0.0.1.",
            "Any Genesys Cloud SDK works against it with the printed URL as base URL and login URL."})
final class EmulatorCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "REST port (0 picks a free one; default ${DEFAULT-VALUE})")
    int port = 0;

    @Option(names = "--agents", description = "simulated agents (default ${DEFAULT-VALUE})")
    int agents = 200;

    @Option(names = "--queues", description = "routing queues (default ${DEFAULT-VALUE})")
    int queues = 8;

    @Option(names = "--skills", description = "routing skills (default ${DEFAULT-VALUE})")
    int skills = 16;

    @Option(names = "--seed", description = "seed: the same seed gives the same org (default ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--speed", description = "simulated seconds per real second (default ${DEFAULT-VALUE})")
    double speed = 1.0;

    @Option(names = "--load", description = "how busy the day is against the staff: 1.0 keeps agents about 90 %% busy "
            + "mid-morning and overruns the busier queues at lunch; 0.5 is quiet, 1.3 a bad day (default "
            + "${DEFAULT-VALUE})")
    double load = 1.0;

    @Option(names = "--day-start", paramLabel = "HH:MM", description = "the simulated time of day the floor opens "
            + "at; arrivals follow the day's curve from there (default ${DEFAULT-VALUE})")
    LocalTime dayStart = SimSettings.DEFAULT_DAY_START;

    @Option(names = "--client-id", description = "OAuth client id to accept (default ${DEFAULT-VALUE})")
    String clientId = EmulatorConfig.DEMO_CLIENT_ID;

    @Option(names = "--client-secret", description = "OAuth client secret to accept (default ${DEFAULT-VALUE})")
    String clientSecret = EmulatorConfig.DEMO_CLIENT_SECRET;

    @Option(names = "--another-client", paramLabel = "ID:SECRET",
            description = {"one more client-credentials client to accept, with limits of its own (20 channels of",
                "1,000 topics, a rate limit per token), e.g. for collectors that share the org; repeatable"})
    List<String> moreClients = new ArrayList<>();

    @Option(names = "--rate-limit", description = "requests per minute per token (default ${DEFAULT-VALUE})")
    int rateLimit = 300;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "also play the upstream metrics pipeline: publish every queue's metrics once a second "
                    + "to this Kafka cluster (host:port[,host:port...])")
    String kafka;

    @Option(names = "--metrics-topic", paramLabel = "T", defaultValue = FeedSettings.DEFAULT_QUEUE_TOPIC,
            description = "topic for the queue metrics with --kafka (default ${DEFAULT-VALUE})")
    String metricsTopic;

    EmulatorCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        if (agents < 0 || agents > 100_000) {
            throw new IllegalArgumentException("--agents must be from 0 to 100000");
        }
        if (!(load >= 0 && load <= 10)) {
            throw new IllegalArgumentException("--load must be from 0 to 10 (1.0 is the usual day), not " + load);
        }
        EmulatorConfig config = EmulatorConfig.defaults().withPort(port)
                .withFloor(new SimSettings(agents, queues, skills, seed, speed, load, dayStart))
                .withClient(clientId, clientSecret).withRateLimit(rateLimit);
        for (String client : moreClients) {
            int colon = client.indexOf(':');
            if (colon < 1 || colon == client.length() - 1) {
                throw new IllegalArgumentException("--another-client must be ID:SECRET, not '" + client + "'");
            }
            config = config.withAnotherClient(client.substring(0, colon), client.substring(colon + 1));
        }
        if (kafka != null && !FeedSettings.validBootstrap(kafka)) {
            throw new IllegalArgumentException("--kafka must be host:port[,host:port...], not '" + kafka + "'");
        }
        if (!FeedSettings.validTopic(metricsTopic)) {
            throw new IllegalArgumentException("--metrics-topic '" + metricsTopic + "' is not a valid Kafka topic "
                    + "name (1 to 249 letters, digits, '.', '_' or '-')");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (RecordPublisher pipeline = kafka == null ? null : new RecordPublisher(kafka, "floorwatch-emulator");
                Emulator emulator = new Emulator(config).start()) {
            if (pipeline != null) {
                emulator.publishQueueMetrics(pipeline, metricsTopic);
                out.println("publishing queue metrics to Kafka " + kafka + " topic " + metricsTopic);
            }
            out.println("emulator listening on " + emulator.baseUrl());
            out.println("OAuth client" + (moreClients.isEmpty() ? ": " : "s: ") + String.join(", ",
                    config.clients().keySet()) + " (token URL " + emulator.baseUrl() + "/oauth/token); "
                    + emulator.org().users().size() + " agents, " + emulator.org().queues().size()
                    + " queues; admin endpoint " + emulator.baseUrl() + "/emulator/admin/faults");
            emulator.supervisorAccount().ifPresent(a -> out.println("sign-in client " + emulator.signInClientId()
                    + " user " + a.email() + " password " + a.password()));
            out.flush();
            root.stop().await();
        } finally {
            root.stop().done();
        }
        return 0;
    }
}
