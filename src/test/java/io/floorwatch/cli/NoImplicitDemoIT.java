package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command without {@code --env} acts on the saved connection and says so first; with none saved, or a settings
 * file it cannot read, it refuses with exit 2 instead of quietly checking the built-in demo, unless {@code --demo}.
 */
class NoImplicitDemoIT {
    @TempDir
    Path home;
    private Emulator emulator;
    private WriteCommands commands;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path good;

    @BeforeEach
    void start() throws Exception {
        emulator = new Emulator(TestEmulators.still(10)).start();
        commands = new WriteCommands(home, emulator);
        good = Files.writeString(home.resolve("good.csv"), "name\nFresh queue\n");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int run(String... args) {
        return commands.runAsGiven(args, out, err);
    }

    private String db() {
        return home.resolve("history").toString();
    }

    @Test
    void withNoSavedConnectionAValidFileIsNotCheckedAgainstTheDemo() {
        assertThat(run("validate", good.toString(), "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("No connection is saved").contains("--env URL --client-id ID")
                .contains("--demo");
        assertThat(out.toString()).doesNotContain("valid");

        assertThat(run("drift", "snapshot", home.resolve("snap.json").toString(), "--db", db())).isEqualTo(2);
        assertThat(Files.exists(home.resolve("snap.json"))).isFalse();
    }

    @Test
    void withDemoTheCommandSaysItRunsOnTheDemo() {
        assertThat(run("validate", good.toString(), "--demo", "--db", db())).as(err.toString()).isZero();
        assertThat(out.toString().lines().findFirst()).contains("connection: the built-in demo (--demo)");

        assertThat(run("validate", good.toString(), "--demo", "--env", emulator.baseUrl(), "--client-id", "demo"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--demo runs on the built-in demo: leave out --env and --client-id");
    }

    @Test
    void theSavedConnectionIsUsedAndNamedInTheFirstLine() throws Exception {
        new SettingsStore(commands.paths().settingsFile()).save(Settings.defaults().withConnection(
                new ConnectionSettings(ConnectionSettings.Mode.GENESYS, null, emulator.baseUrl(), "demo")));

        assertThat(run("validate", good.toString(), "--db", db())).as(err.toString()).isZero();
        assertThat(out.toString().lines().findFirst()).get().asString()
                .startsWith("connection: " + emulator.baseUrl().replaceFirst("^http://", "") + " (saved in ")
                .contains(commands.paths().settingsFile().toString());
    }

    @Test
    void anUnreadableSettingsFileIsNamedAndLeftAsItIs() throws Exception {
        Path settings = commands.paths().settingsFile();
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{\"connection\": {\"mode\": \"GENESYS\", ");

        assertThat(run("validate", good.toString(), "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("The settings file " + settings + " is not valid")
                .contains("no saved connection").contains("--demo");
        assertThat(Files.readString(settings)).isEqualTo("{\"connection\": {\"mode\": \"GENESYS\", ");
    }
}
