package io.floorwatch.cli;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.AgentStateCodec;
import io.floorwatch.kafka.AgentTopicRecord;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.TopicConsumer;
import io.floorwatch.testkit.Await;
import io.floorwatch.testkit.WebhookReceiver;
import io.floorwatch.tuning.SkillPlanFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code record} and {@code history export} end to end: the embedded demo, a real history file, a real CSV. */
class RecordAndExportIT {
    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine commandLine() {
        return DemoCommands.commandLine(home, () -> EmulatorConfig.defaults().withFloor(new SimSettings(120, 4, 8, 3,
                20.0)), out, err);
    }

    @Test
    void recordWritesHistoryAndPrintsASummaryPerIntervalThenExportWritesIt() throws Exception {
        Path db = home.resolve("rec");
        int code = commandLine().execute("record", "--demo", "--duration", "4s", "--interval", "1s", "--db", db.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("connection: the built-in demo (--demo)");
        assertThat(lines.get(1)).startsWith("recording demo into ").endsWith("rec.mv.db");
        assertThat(lines).filteredOn(l -> l.contains("agents 120 · events/s")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("channels 1/1").contains("writer queue")
                .contains("rejected 0"));
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("stopped; ").endsWith(" state events in history");
        long stored = Long.parseLong(last.replaceAll("\\D", ""));
        assertThat(stored).isGreaterThanOrEqualTo(240);

        Path csv = home.resolve("states.csv");
        code = commandLine().execute("history", "export", "--what", "states", "--db", db.toString(), "--csv",
                csv.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("agent_id,kind,state,definition_id,event_time,received_time");
        assertThat(rows).hasSize((int) stored + 1);
        assertThat(out.toString()).contains("wrote " + String.format("%,d", stored) + " state events to ");
    }

    /** Rules that take every spell that begins while a run records (see below). */
    private static List<AlertRule> everySpell() {
        return List.of(
                AlertRule.of("Available, not on queue", AlertCondition.AVAILABLE_OFF_QUEUE, Duration.ZERO),
                AlertRule.of("Interacting", AlertCondition.INTERACTING, Duration.ZERO),
                AlertRule.of("Idle", AlertCondition.IDLE_ON_QUEUE, Duration.ZERO),
                AlertRule.of("Busy", AlertCondition.BUSY, Duration.ZERO),
                AlertRule.of("Away", AlertCondition.AWAY, Duration.ZERO),
                AlertRule.of("Break", AlertCondition.BREAK, Duration.ZERO));
    }

    @Test
    void recordRaisesAndPrintsAlertsPostsThemToTheSavedWebhookAndExportWritesThem() throws Exception {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        // States the demo's agents were in before the recorder started do not alert (their thresholds had
        // passed), so the rules take every spell that begins while it records: the simulation starts many.
        int code;
        List<String> raised;
        Path db = home.resolve("rec");
        try (WebhookReceiver slack = new WebhookReceiver()) {
            new SettingsStore(paths.settingsFile()).save(Settings.defaults().withAlerts(new AlertSettings(
                    everySpell(), 0, 0, false, slack.url("/slack"))));
            code = commandLine().execute("record", "--demo", "--duration", "6s", "--interval", "1s", "--db",
                    db.toString());

            assertThat(code).as(err.toString()).isZero();
            raised = out.toString().lines().filter(l -> l.contains("  ALERT  ")).toList();
            assertThat(raised).isNotEmpty().allSatisfy(l -> assertThat(l)
                    .matches("\\d\\d:\\d\\d:\\d\\d  ALERT  .+: .+ for .+ "
                            + "\\(rule: (Available, not on queue|Interacting|Idle|Busy|Away|Break)\\)"));
            assertThat(out.toString()).contains("alerts active ");
            // Every alert the run printed reached the saved webhook before the command returned.
            assertThat(slack.requests()).hasSize(raised.size()).allSatisfy(r -> assertThat(r.body())
                    .startsWith("{\"text\":\"Floorwatch alert: "));
        }

        Path csv = home.resolve("alerts.csv");
        code = commandLine().execute("history", "export", "--what", "alerts", "--db", db.toString(), "--csv",
                csv.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("alert_id,agent_id,agent_name");
        assertThat(rows).hasSize(raised.size() + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains("CLEARED"));
    }

    @Test
    void skillsPlanWatchesTheDemoAndWritesItsRecommendationsAsAPlan() throws Exception {
        Path plan = home.resolve("plan.json");
        int code = commandLine().execute("skills", "plan", "--demo", "--out", plan.toString(), "--watch", "8s", "--threshold",
                "0.0", "--db", home.resolve("plan-db").toString());

        assertThat(code).as(err.toString()).isZero();
        SkillPlanFiles.File written = SkillPlanFiles.read(plan);
        assertThat(written.formatVersion()).isEqualTo(1);
        assertThat(written.maxSkillsPerAgent()).isEqualTo(5);
        long recommended = out.toString().lines().filter(l -> l.startsWith("recommend  ")).count();
        assertThat(recommended).as("with every queue counted as needing help, free agents are proposed")
                .isPositive().isEqualTo(written.agents().size());
        // Each agent's target is their preview with one skill added, or one raised, to 3.0; nothing else moves.
        assertThat(written.agents()).allSatisfy(agent -> {
            List<SkillPlanFiles.SkillEntry> added = agent.target().stream()
                    .filter(t -> !agent.preview().contains(t)).toList();
            List<SkillPlanFiles.SkillEntry> replaced = agent.preview().stream()
                    .filter(p -> !agent.target().contains(p)).toList();
            assertThat(added).singleElement().satisfies(a -> assertThat(a.proficiency()).isEqualTo(3.0));
            assertThat(replaced).allSatisfy(r -> {
                assertThat(r.skill()).isEqualTo(added.get(0).skill());
                assertThat(r.proficiency()).isLessThan(3.0);
            });
        });
        assertThat(out.toString()).contains("needs help: score ");

        assertThat(commandLine().execute("skills", "plan", "--out", plan.toString(), "--max-skills", "60")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-skills must be 1 to 50");
    }

    @Test
    void badInputIsExplainedWithExitCode2() {
        assertThat(commandLine().execute("record", "--duration", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration");

        assertThat(commandLine().execute("history", "export", "--what", "states", "--db",
                home.resolve("missing").toString(), "--csv", home.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no history at ").contains("missing.mv.db");

        assertThat(commandLine().execute("history", "export", "--what", "states", "--from", "yesterday",
                "--csv", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--from: 'yesterday' is not a time");

        assertThat(commandLine().execute("history", "export", "--what", "everything", "--csv", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--what");

        assertThat(commandLine().execute("history", "export", "--what", "alerts", "--state", "LOUD", "--csv",
                "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--state for alerts is RAISED, ACKNOWLEDGED, SNOOZED or CLEARED");

        assertThat(commandLine().execute("record", "--demo", "--alert-webhook", "http://hooks.example.com/x"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--alert-webhook: use https");

        assertThat(commandLine().execute("record", "--env", "https://api.mypurecloud.com")).isEqualTo(2);
        assertThat(err.toString()).contains("--env needs --client-id");
    }

    @Test
    void collectPublishesEveryAgentsStateToKafkaForDesktops() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            broker.createTopic("agents", 3);
            broker.createTopic("queues", 3);
            new SettingsStore(new AppPaths(home.resolve("config"), home.resolve("data")).settingsFile()).save(
                    Settings.defaults().withAlerts(new AlertSettings(everySpell(), 0, 0, false, "")));
            int code;
            try (WebhookReceiver slack = new WebhookReceiver()) {
                code = commandLine().execute("collect", "--demo", "--kafka", broker.bootstrapServers(),
                        "--agent-topic", "agents", "--metrics-topic", "queues", "--duration", "3s", "--interval",
                        "1s", "--db", home.resolve("collector").toString(), "--alert-webhook", slack.url("/night"));
                // An unattended collector posts its alerts too: to the webhook its flag names.
                long printed = out.toString().lines().filter(l -> l.contains("  ALERT  ")).count();
                assertThat(printed).isPositive();
                assertThat(slack.requests()).hasSize((int) printed)
                        .allSatisfy(r -> assertThat(r.path()).isEqualTo("/night"));
            }

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("collecting demo into Kafka " + broker.bootstrapServers()
                    + " topics agents and queues").contains("connected: ").contains("published ");
            // Read the topic back as a desktop would: every agent's seed is there, keyed and decodable.
            Set<String> agents = ConcurrentHashMap.newKeySet();
            AtomicInteger rejected = new AtomicInteger();
            AtomicInteger heartbeats = new AtomicInteger();
            TopicConsumer.Sink<AgentTopicRecord> sink = new TopicConsumer.Sink<>() {
                @Override
                public void accept(List<AgentTopicRecord> records, List<RejectedMessage> bad) {
                    for (AgentTopicRecord record : records) {
                        if (record instanceof AgentTopicRecord.State state) {
                            agents.add(state.event().agentId());
                        } else {
                            heartbeats.incrementAndGet();
                        }
                    }
                    rejected.addAndGet(bad.size());
                }

                @Override
                public CompletableFuture<Boolean> stored() {
                    return CompletableFuture.completedFuture(true);
                }
            };
            try (TopicConsumer<AgentTopicRecord> reader = new TopicConsumer<>(new KafkaSettings(
                    broker.bootstrapServers(), "agents", "check"), "kafka-agent-state", TopicConsumer.Start.EARLIEST,
                    new AgentStateCodec(), sink, Clock.systemUTC()).start()) {
                Await.until("every agent read back from the topic", Duration.ofSeconds(30),
                        () -> agents.size() >= 120);
            }
            assertThat(agents).hasSize(120);
            assertThat(rejected.get()).isZero();
            // A 3 s run beats at its start and every 5 s: its heartbeat is on the topic too.
            assertThat(heartbeats.get()).isPositive();
        }
    }

    @Test
    void recordTakesQueueMetricsFromTheSourceItIsGiven() throws Exception {
        Path db = home.resolve("rec-queues");
        int code = commandLine().execute("record", "--demo", "--queues-from", "OBSERVATIONS", "--duration", "3s",
                "--interval", "1s", "--db", db.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(Genesys queue observations)");
        long samples;
        try (HistoryStore stored = HistoryStore.openToRead(db,
                Clock.systemUTC())) {
            // Every queue read over REST at the start at least: 4 queues in this demo.
            assertThat(stored.queues().count()).isGreaterThanOrEqualTo(4);
            samples = stored.queues().count();
        }
        Path csv = home.resolve("metrics.csv");
        assertThat(commandLine().execute("history", "export", "--what", "metrics", "--db", db.toString(), "--csv",
                csv.toString())).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("queue_id,sample_time,source,");
        assertThat(rows).hasSize((int) samples + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains(",genesys,"));
        assertThat(out.toString()).contains("wrote " + samples + " queue samples to ");

        assertThat(commandLine().execute("record", "--kafka", "nowhere")).isEqualTo(2);
        assertThat(err.toString()).contains("--kafka must be host:port");
        assertThat(commandLine().execute("record", "--queues-from", "SOMETIMES")).isEqualTo(2);
        assertThat(err.toString()).contains("--queues-from");
        assertThat(commandLine().execute("record", "--group", "no spaces")).isEqualTo(2);
        assertThat(err.toString()).contains("--group 'no spaces'");
    }

    @Test
    void rejectedMessagesAreExportedWithTheirReasonAndPayload() throws Exception {
        Path db = home.resolve("rejects");
        try (HistoryStore history = HistoryStore.openOrFail(db, Duration.ofDays(1), Clock.systemUTC())) {
            history.writer().reject(new RejectedMessage(Instant.parse("2026-12-01T09:00:00Z"), "kafka-agent-state",
                    "not an agent-state event: no field 'agentId'", "{\"userId\": \"u-1\"}"));
            history.writer().flush(Duration.ofSeconds(10));
        }
        Path csv = home.resolve("rejected.csv");

        assertThat(commandLine().execute("history", "export", "--what", "rejected", "--db", db.toString(), "--csv",
                csv.toString())).as(err.toString()).isZero();

        assertThat(Files.readAllLines(csv)).containsExactly("received_time,source,reason,payload",
                "2026-12-01T09:00:00Z,kafka-agent-state,not an agent-state event: no field 'agentId',"
                        + "\"{\"\"userId\"\": \"\"u-1\"\"}\"");
        assertThat(commandLine().execute("history", "export", "--what", "rejected", "--queue", "q-1", "--db",
                db.toString(), "--csv", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--queue does not apply to --what rejected (only to metrics)");
        assertThat(commandLine().execute("history", "export", "--what", "metrics", "--agent", "Ada", "--db",
                db.toString(), "--csv", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--agent does not apply to --what metrics (only to states and alerts)");
    }

    @Test
    void collectRefusesABadClusterOrTopicWithExitCode2() {
        assertThat(commandLine().execute("collect", "--kafka", "not a broker")).isEqualTo(2);
        assertThat(err.toString()).contains("--kafka must be host:port");
        assertThat(commandLine().execute("collect", "--kafka", "127.0.0.1:9092", "--agent-topic", "bad topic!"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--agent-topic 'bad topic!' is not a valid Kafka topic name");
        assertThat(commandLine().execute("collect")).isEqualTo(2);
        assertThat(err.toString()).contains("--kafka");
    }
}
