package io.floorwatch.app;

import io.floorwatch.cli.CliContext;
import io.floorwatch.cli.FloorwatchCommand;
import io.floorwatch.cli.StopSignal;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.SignInRobot;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.InMemoryKeychain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code floorwatch login}, {@code whoami}, {@code logout} against an emulator, through the real command line, and
 * a write command acting as the person the kept sign-in belongs to.
 */
class AccountsIT {
    @TempDir
    Path home;
    private Emulator emulator;
    private final InMemoryKeychain keychain = new InMemoryKeychain();
    private final AtomicReference<EmAccount> signingIn = new AtomicReference<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(20)).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private AppPaths paths() {
        return new AppPaths(home.resolve("config"), home.resolve("data"));
    }

    private int run(String... args) {
        AppPaths paths = paths();
        SignInRobot robot = new SignInRobot();
        AccountsRuntime accounts = new AccountsRuntime(paths, keychain,
                uri -> robot.signIn(uri, signingIn.get().email(), signingIn.get().password()), Clock.systemUTC());
        CliContext context = new CliContext(paths, null, null, (connection, db) -> WriteRuntime.open(paths, Map.of(),
                keychain, connection, db, () -> TestEmulators.still(10)), accounts);
        CommandLine cmd = FloorwatchCommand.commandLine(forceDemo -> { }, new StopSignal(), context);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private EmAccount account(String role) {
        return emulator.org().accounts().stream().filter(a -> a.role().name().equals(role)).findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void loginKeepsTheSignInWhoamiNamesThePersonAndLogoutForgetsIt() throws IOException {
        EmAccount supervisor = account("Supervisor");
        signingIn.set(supervisor);
        String[] org = {"--env", emulator.baseUrl(), "--client-id", emulator.signInClientId()};

        assertThat(run("login", org[0], org[1], org[2], org[3], "--port", Integer.toString(freePort())))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("/oauth/authorize?client_id=" + emulator.signInClientId())
                .contains("Signed in as " + supervisor.name() + " <" + supervisor.email() + "> in Floorwatch Demo")
                .contains("kept in the test keychain");
        assertThat(keychain.secrets).hasSize(1);

        out.getBuffer().setLength(0);
        assertThat(run("whoami", org[0], org[1], org[2], org[3])).as(err.toString()).isZero();
        assertThat(out.toString()).contains(supervisor.name()).contains("user " + supervisor.userId())
                .contains("roles: Supervisor").contains("routing:skill:assign");

        out.getBuffer().setLength(0);
        assertThat(run("logout", org[0], org[1], org[2], org[3])).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Genesys revoked the token");
        assertThat(keychain.secrets).isEmpty();

        err.getBuffer().setLength(0);
        assertThat(run("whoami", org[0], org[1], org[2], org[3])).isEqualTo(2);
        assertThat(err.toString()).contains("Not signed in").contains("floorwatch login");
    }

    @Test
    void aWriteCommandActsAsTheSignedInPersonAndIsRefusedWhatTheirRolesLack() throws IOException {
        EmAccount watcher = account("Supervisor (read only)");
        signingIn.set(watcher);
        new SettingsStore(paths().settingsFile()).save(Settings.defaults().withConnection(new ConnectionSettings(
                ConnectionSettings.Mode.GENESYS, null, emulator.baseUrl(), emulator.signInClientId(),
                ConnectionSettings.SignIn.PERSON, freePort())));
        assertThat(run("login")).as(err.toString()).isZero();
        int queues = emulator.org().queues().size();
        Path csv = Files.writeString(home.resolve("queues.csv"), "name\nRefused one\n");
        Path db = home.resolve("history");

        assertThat(run("provision", csv.toString(), "--db", db.toString())).isNotZero();

        assertThat(out.toString() + err.toString()).contains("routing:queue:add");
        assertThat(emulator.org().queues()).hasSize(queues);
        try (HistoryStore history = HistoryStore.openToRead(db, Clock.systemUTC())) {
            var entries = history.audit().page("queue.create", 0, 10);
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).entry().actor()).isEqualTo(watcher.name() + " <" + watcher.userId()
                    + "> via client " + emulator.signInClientId());
            assertThat(entries.get(0).entry().outcome()).isNotEqualTo("ok");
        }
    }
}
