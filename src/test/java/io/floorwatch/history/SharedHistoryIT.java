package io.floorwatch.history;

import io.floorwatch.domain.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The window and a command on one history file at the same time, in two processes: both write, both audit into
 * the one hash chain (no entry lost, no seq taken twice), and the command goes on when the window closes.
 */
class SharedHistoryIT {
    private static final int EACH = 40;

    @TempDir
    Path dir;

    @Test
    void twoProcessesAuditIntoOneIntactChainAndTheSecondGoesOnWhenTheFirstCloses() throws Exception {
        Path base = dir.resolve("history");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process window = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                AuditWhileShared.class.getName(), base.toString(), Integer.toString(EACH)).redirectErrorStream(true)
                .start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(window.getInputStream(),
                StandardCharsets.UTF_8)); Writer toWindow = new OutputStreamWriter(window.getOutputStream(),
                        StandardCharsets.UTF_8)) {
            assertThat(firstLine(lines, "open", "in memory")).isEqualTo("open");

            // The command opens the file the window holds (it used to be told "in use by another Floorwatch").
            try (HistoryStore command = HistoryStore.openOrFail(base, Duration.ofDays(90), Clock.systemUTC())) {
                for (int i = 0; i < EACH; i++) {
                    command.writer().offer(new AuditEntry(Instant.now(), "command", "queue.create", "queue " + i, "",
                            "", AuditEntry.OK, 7));
                    assertThat(command.writer().flush(Duration.ofSeconds(30))).as(command.writer().lastProblem())
                            .isTrue();
                }
                assertThat(firstLine(lines, "audited", "not stored")).isEqualTo("audited " + EACH);

                List<AuditHistory.Row> rows = command.audit().page("", Long.MAX_VALUE, 1_000);
                assertThat(rows).hasSize(2 * EACH);
                assertThat(rows).extracting(AuditHistory.Row::seq).doesNotHaveDuplicates();
                assertThat(rows).extracting(r -> r.entry().actor()).contains("window", "command");
                assertThat(command.audit().verify().intact()).as(command.audit().verify().problem()).isTrue();
                // The window serves the file on loopback only, under a key only this user can read.
                Path note = Path.of(base + ".served");
                Properties served = new Properties();
                try (var in = Files.newInputStream(note)) {
                    served.load(in);
                }
                assertThat(served.getProperty("key")).matches("[0-9a-f]{32}");
                if (Files.getFileStore(note).supportsFileAttributeView("posix")) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note)))
                            .isEqualTo("rw-------");
                }
                int port = Integer.parseInt(served.getProperty("port"));
                assertThat(new Socket("127.0.0.1", port).isConnected()).isTrue();
                for (InetAddress address : networkAddresses()) {
                    assertThatThrownBy(() -> new Socket(address, port).close()).as("port %d on %s", port, address)
                            .isInstanceOf(ConnectException.class);
                }

                toWindow.write("close\n");
                toWindow.flush();
                assertThat(firstLine(lines, "closed", "Exception")).isEqualTo("closed");
                assertThat(window.waitFor(30, TimeUnit.SECONDS)).isTrue();

                // The window is gone; the command still writes and reads, and the chain still verifies.
                command.writer().offer(new AuditEntry(Instant.now(), "command", "queue.create", "after", "", "",
                        AuditEntry.OK, 7));
                assertThat(command.writer().flush(Duration.ofSeconds(30))).as(command.writer().lastProblem())
                        .isTrue();
                assertThat(command.audit().count()).isEqualTo(2 * EACH + 1);
                assertThat(command.audit().verify().intact()).isTrue();
            }
        } finally {
            window.destroyForcibly();
        }
        try (HistoryStore reopened = HistoryStore.openToRead(base, Clock.systemUTC())) {
            assertThat(reopened.audit().count()).isEqualTo(2 * EACH + 1);
            assertThat(reopened.audit().verify().intact()).isTrue();
        }
    }

    /** This machine's addresses other than loopback (none in some sandboxes). */
    private static List<InetAddress> networkAddresses() throws Exception {
        return NetworkInterface.networkInterfaces().filter(n -> {
            try {
                return n.isUp() && !n.isLoopback();
            } catch (java.net.SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }

    /** The first line that starts with one of {@code prefixes}; the lines before it are kept for the message. */
    private static String firstLine(BufferedReader lines, String... prefixes) throws Exception {
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
            for (String prefix : prefixes) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            seen.add(line);
        }
        throw new AssertionError("the window process ended without saying " + String.join(" or ", prefixes)
                + ": " + String.join("\n", seen));
    }
}
