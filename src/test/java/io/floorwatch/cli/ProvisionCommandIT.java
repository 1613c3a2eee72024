package io.floorwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.NoticeSettings;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.history.HistoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code provision} and {@code validate} against an emulator given with --env, and their exit codes. */
class ProvisionCommandIT {
    @TempDir
    Path home;
    private Emulator emulator;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(30)).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int run(String... args) {
        return new WriteCommands(home, emulator).run(args, out, err);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(home.resolve(name), text);
    }

    @Test
    void validateExitsZeroForAValidFileAndOneWithMessagesForAnInvalidOne() throws Exception {
        Path good = file("good.csv", "name,alertingTimeoutSeconds\nFresh queue,8\n");
        assertThat(run("validate", good.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("line 2    VALID    Fresh queue").contains("1 row: 1 valid");

        String existing = emulator.org().queues().get(0).name();
        Path bad = file("bad.json", "[{\"name\": \"" + existing.toLowerCase() + "\"}, {\"name\": \"x\", "
                + "\"requiredSkills\": [{\"skill\": \"Klingon\", \"minProficiency\": 9}]}]");
        assertThat(run("validate", bad.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("item 1    SKIPPED").contains("already exists")
                .contains("requiredSkills[1]: no skill named 'Klingon'")
                .contains("requiredSkills[1].minProficiency: 0.0 to 5.0, not 9.0");
        assertThat(emulator.org().queues().stream().filter(q -> q.name().equals("Fresh queue"))).isEmpty();
    }

    @Test
    void provisionCreatesTheValidRowsAndExitsOneWhenSomeAreInvalid() throws Exception {
        int before = emulator.org().queues().size();
        Path csv = file("queues.csv", "name,description\nCLI one,first\nCLI two,second\n,nameless\n");

        assertThat(run("provision", csv.toString(), "--dry-run")).isEqualTo(1);
        assertThat(emulator.org().queues()).hasSize(before);
        assertThat(out.toString()).contains("2 valid").contains("1 skipped").contains("name: required");

        assertThat(run("provision", csv.toString())).isEqualTo(1);
        assertThat(emulator.org().queues()).hasSize(before + 2);
        assertThat(out.toString()).containsPattern("line 2 +CREATED +CLI one +id [0-9a-f-]{36} · 0 members")
                .contains("3 rows: 2 created, 1 skipped");

        Path clean = file("clean.csv", "name\nCLI three\n");
        assertThat(run("provision", clean.toString())).isZero();
        assertThat(emulator.org().queues()).hasSize(before + 3);
    }

    @Test
    void eachCreatedQueueIsNoticedToTheChangeWebhookAndAudited() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(
                new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/changes", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
            new SettingsStore(paths.settingsFile()).save(Settings.defaults()
                    .withNotices(new NoticeSettings("http://127.0.0.1:"
                            + receiver.getAddress().getPort() + "/changes")));
            Path csv = file("queues.csv", "name\nNoticed one\nNoticed two\n");

            assertThat(run("provision", csv.toString())).as(err.toString()).isZero();

            assertThat(bodies).hasSize(2);
            JsonNode first = new ObjectMapper()
                    .readTree(bodies.get(0));
            assertThat(first.path("event").asText()).isEqualTo("queue.created");
            assertThat(first.path("queue").path("name").asText()).isEqualTo("Noticed one");
            assertThat(first.path("queue").path("id").asText()).isEqualTo(emulator.org().queues().stream()
                    .filter(q -> q.name().equals("Noticed one")).findFirst().orElseThrow().id());
            assertThat(first.path("text").asText()).startsWith("Floorwatch created the queue Noticed one");
            try (HistoryStore history = HistoryStore.openToRead(
                    home.resolve("history"), Clock.systemUTC())) {
                assertThat(history.audit().page("queue.create", 0, 10)).hasSize(2);
                assertThat(history.audit().verify().intact()).isTrue();
            }
            Path exported = home.resolve("audit.csv");
            CommandLine export = FloorwatchCommand.commandLine(forceDemo -> { }, new StopSignal(), new CliContext(
                    paths, null, null));
            export.setOut(new PrintWriter(out, true));
            assertThat(export.execute("history", "export", "--what", "audit", "--db", home.resolve("history")
                    .toString(), "--csv", exported.toString())).isZero();
            assertThat(out.toString()).contains("wrote 2 audit entries to ").contains("the hash chain verifies");
            assertThat(Files.readAllLines(exported)).hasSize(3).element(1).asString().startsWith("1,");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aFileThatCannotBeReadExitsTwoWithTheReason() throws Exception {
        assertThat(run("validate", home.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no file ");
        Path wrong = file("queues.csv", "title\nx\n");
        assertThat(run("provision", wrong.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no 'name' column");
        Path text = file("queues.txt", "name\nx\n");
        assertThat(run("validate", text.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("neither .csv nor .json");
    }
}
