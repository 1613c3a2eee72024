package io.floorwatch.cli;

import io.floorwatch.app.HeadlessRuntime;
import io.floorwatch.config.AppPaths;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.testkit.NoKeychain;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The headless commands ({@code record}, {@code collect}, {@code skills plan}, {@code history}) as a user runs them
 * with {@code --demo}: a fresh command line on the home folder, the demo being {@code demo}, output into
 * {@code out} and {@code err}.
 */
final class DemoCommands {
    private DemoCommands() {
    }

    static CommandLine commandLine(Path home, Supplier<EmulatorConfig> demo, StringWriter out, StringWriter err) {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        NoKeychain noKeychain = new NoKeychain();
        CliContext context = new CliContext(paths, (connection, overrides, db) -> HeadlessRuntime.start(paths,
                Map.of(), noKeychain, connection, overrides, db, demo), (connection, overrides, db, setup) ->
                HeadlessRuntime.collect(paths, Map.of(), noKeychain, connection, overrides, db, demo, setup));
        CommandLine cmd = FloorwatchCommand.commandLine(forceDemo -> { }, new StopSignal(), context);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd;
    }
}
