package io.floorwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.NoticeSettings;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.WebhookReceiver;
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
import java.util.Map;
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
    void eachCreatedQueueIsNoticedSignedWithItsHeadersToTheChangeWebhookAndAudited() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
            new SettingsStore(paths.settingsFile()).save(Settings.defaults().withNotices(new NoticeSettings(
                    receiver.url("/changes"), Map.of("X-Wfm-Route", "floor-7"))));
            Path csv = file("queues.csv", "name\nNoticed one\nNoticed two\n");

            assertThat(run("provision", csv.toString())).as(err.toString()).isZero();

            List<WebhookReceiver.Request> notices = receiver.requests();
            assertThat(notices).hasSize(2);
            WebhookReceiver.Request request = notices.get(0);
            JsonNode first = new ObjectMapper().readTree(request.body());
            assertThat(first.path("event").asText()).isEqualTo("queue.created");
            assertThat(first.path("queue").path("name").asText()).isEqualTo("Noticed one");
            assertThat(first.path("queue").path("id").asText()).isEqualTo(emulator.org().queues().stream()
                    .filter(q -> q.name().equals("Noticed one")).findFirst().orElseThrow().id());
            assertThat(first.path("text").asText()).startsWith("Floorwatch created the queue Noticed one");
            assertThat(first.path("actor").asText()).isNotBlank();
            // Trusted and routed: a delivery id, the event, the configured header, and the body's HMAC-SHA256
            // under the secret the receiver shares (the headless run takes it from FLOORWATCH_NOTICE_SECRET).
            assertThat(request.headers().getFirst("X-Floorwatch-Delivery")).isEqualTo(first.path("deliveryId")
                    .asText()).matches("[0-9a-f-]{36}");
            assertThat(request.headers().getFirst("X-Floorwatch-Event")).isEqualTo("queue.created");
            assertThat(request.headers().getFirst("X-Wfm-Route")).isEqualTo("floor-7");
            assertThat(request.headers().getFirst("X-Floorwatch-Signature-256")).isEqualTo("sha256=" + hmac(
                    WriteCommands.NOTICE_SECRET, request.body()));
            assertThat(notices.get(1).headers().getFirst("X-Floorwatch-Delivery"))
                    .isNotEqualTo(request.headers().getFirst("X-Floorwatch-Delivery"));
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
        }
    }

    /** The receiver's side of the signature, written out here rather than calling the sender's code. */
    private static String hmac(String secret, String body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
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
