package io.floorwatch.cli;

import io.floorwatch.config.AppPaths;
import io.floorwatch.domain.Share;
import io.floorwatch.feed.CollectorSetup;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicBoolean guiStarted = new AtomicBoolean();
    private final AtomicBoolean guiDemo = new AtomicBoolean();
    private final StopSignal stop = new StopSignal();
    private final AtomicReference<CollectorSetup> collectorSetup = new AtomicReference<>();

    private CommandLine commandLine() {
        CommandLine cmd = FloorwatchCommand.commandLine(demo -> {
            guiStarted.set(true);
            guiDemo.set(demo);
        }, stop, new CliContext(new AppPaths(Path.of("target/cli-test/config"),
                Path.of("target/cli-test/data")), (connection, overrides, db) -> {
                    throw new IllegalStateException("no session in this test");
                }, (connection, overrides, db, setup) -> {
                    collectorSetup.set(setup);
                    throw new IllegalStateException("no collector in this test");
                }));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd;
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(commandLine().execute("--version")).isZero();
        assertThat(out.toString()).startsWith("Floorwatch 0.1.0");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(commandLine().execute("--help")).isZero();
        assertThat(out.toString()).contains("demo", "emulator", "record", "history");
    }

    @Test
    void noCommandOpensTheGuiAndDemoForcesDemo() {
        assertThat(commandLine().execute()).isZero();
        assertThat(guiStarted).isTrue();
        assertThat(guiDemo).isFalse();
        assertThat(commandLine().execute("demo")).isZero();
        assertThat(guiDemo).isTrue();
    }

    @Test
    void collectTakesAShareOrAShareListAndPublishesQueueSnapshotsOnlyWhereOneCollectorDoes() {
        commandLine().execute("collect", "--demo", "--kafka", "k:9092");
        assertThat(collectorSetup.get().share()).isEqualTo(Share.ALL);
        assertThat(collectorSetup.get().inGroup()).isFalse();
        assertThat(collectorSetup.get().metricsTopic()).isEqualTo("floorwatch.queue-metrics");

        commandLine().execute("collect", "--demo", "--kafka", "k:9092", "--share", "hash:1/2");
        assertThat(collectorSetup.get().share()).isEqualTo(new Share.Hash(1, 2));
        assertThat(collectorSetup.get().metricsTopic()).as("several --share collectors: only when asked").isNull();
        commandLine().execute("collect", "--demo", "--kafka", "k:9092", "--share", "teams:A", "--metrics-topic",
                "q");
        assertThat(collectorSetup.get().metricsTopic()).isEqualTo("q");

        commandLine().execute("collect", "--demo", "--kafka", "k:9092", "--shares", "hash:0/2;hash:1/2");
        assertThat(collectorSetup.get().inGroup()).isTrue();
        assertThat(collectorSetup.get().shares().shares()).containsExactly(new Share.Hash(0, 2),
                new Share.Hash(1, 2));
        assertThat(collectorSetup.get().sessionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(collectorSetup.get().describe()).isEqualTo("whichever of 2 shares (hash:0/2; hash:1/2) the group "
                + "floorwatch.agent-state.shares gives it");
    }

    @Test
    void aShareThatIsNotOneIsAUsageErrorNamingTheOption() {
        assertThat(commandLine().execute("collect", "--demo", "--kafka", "k:9092", "--share", "hash:2/2"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--share: share hash:2/2 needs 0 <= K < N");
        assertThat(commandLine().execute("collect", "--demo", "--kafka", "k:9092", "--shares", "hash:0/2;teams:A"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--shares: hash shares are listed all together");
        assertThat(commandLine().execute("collect", "--demo", "--kafka", "k:9092", "--share", "all", "--shares",
                "all")).isEqualTo(2);
        assertThat(err.toString()).contains("--share and --shares do not go together");
        assertThat(commandLine().execute("collect", "--demo", "--kafka", "k:9092", "--shares", "hash:0/2;hash:1/2",
                "--alert-webhook", "https://hooks.example.com/x")).isEqualTo(2);
        assertThat(err.toString()).contains("--shares raises no alerts of its own")
                .contains("'floorwatch record --agents-from kafka --kafka k:9092 --agent-topic floorwatch.agent-state "
                        + "--alert-webhook URL'");
        assertThat(collectorSetup.get()).as("nothing started").isNull();
    }

    @Test
    void aWrongOptionIsAUsageErrorWithExitCode2() {
        assertThat(commandLine().execute("emulator", "--agents", "many")).isEqualTo(2);
        assertThat(err.toString()).contains("--agents");
        assertThat(commandLine().execute("nonsense")).isEqualTo(2);
    }

    @Test
    void theEmulatorPrintsWhereItListensAndStopsWhenTold() throws Exception {
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> commandLine().execute("emulator",
                "--agents", "20", "--queues", "3", "--skills", "5", "--seed", "3", "--speed", "10", "--load", "1.3",
                "--day-start", "12:15"));
        Await.until("the emulator's listening line", Duration.ofSeconds(20),
                () -> out.toString().contains("emulator listening on"));
        assertThat(out.toString()).containsPattern("emulator listening on http://127\\.0\\.0\\.1:\\d+");
        Await.until("the sign-in line", Duration.ofSeconds(5), () -> out.toString().contains("sign-in client "));
        // One line naming the full supervisor, so that scripts and other SDKs can sign in.
        assertThat(out.toString()).containsPattern(
                "(?m)^sign-in client [0-9a-f-]{36} user \\S+@floorwatch\\.example password floorwatch-demo$");
        stop.release();
        assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void anInvalidEmulatorSizeIsRefusedWithExitCode2() {
        assertThat(commandLine().execute("emulator", "--agents", "-5")).isEqualTo(2);
        assertThat(err.toString()).contains("--agents must be");
        assertThat(commandLine().execute("emulator", "--kafka", "broker without port")).isEqualTo(2);
        assertThat(err.toString()).contains("--kafka must be host:port");
        assertThat(commandLine().execute("emulator", "--kafka", "127.0.0.1:9092", "--metrics-topic", "a/b"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--metrics-topic 'a/b' is not a valid Kafka topic name");
        assertThat(commandLine().execute("emulator", "--load", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--load must be from 0 to 10");
        assertThat(commandLine().execute("emulator", "--day-start", "25:00")).isEqualTo(2);
        assertThat(err.toString()).contains("--day-start");
    }
}
