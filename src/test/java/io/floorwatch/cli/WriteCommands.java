package io.floorwatch.cli;

import io.floorwatch.app.HeadlessRuntime;
import io.floorwatch.app.WriteRuntime;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.NoticeSecret;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.testkit.NoKeychain;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The write commands (provision, validate, skills, schedule; and collect, which carries out time-boxes) as a user runs them against an emulator given with
 * {@code --env}: a fresh command line per run, output collected, history in the home folder.
 */
final class WriteCommands {
    /** The change notices' signing secret these runs have in their environment. */
    static final String NOTICE_SECRET = "shared-with-the-wfm-receiver";

    private final Path home;
    private final Emulator emulator;

    WriteCommands(Path home, Emulator emulator) {
        this.home = home;
        this.emulator = emulator;
    }

    AppPaths paths() {
        return new AppPaths(home.resolve("config"), home.resolve("data"));
    }

    /**
     * Runs {@code args} with the emulator's connection and the home folder's history, printing into {@code out}
     * and {@code err}; returns the exit code.
     */
    int run(String[] args, StringWriter out, StringWriter err) {
        return runAsGiven(with(with(args, "--env", emulator.baseUrl(), "--client-id", "demo"), "--db",
                home.resolve("history").toString()), out, err);
    }

    /** Runs {@code args} as they are: no connection added, so the saved one (or none) decides. */
    int runAsGiven(String[] args, StringWriter out, StringWriter err) {
        AppPaths paths = paths();
        // A time-boxed apply watches the floor for its what-if through a headless session of its own.
        HeadlessStarter sessions = (connection, overrides, db) -> HeadlessRuntime.start(paths,
                Map.of("FLOORWATCH_CLIENT_SECRET", "demo"), new NoKeychain(), connection, overrides, db,
                () -> TestEmulators.still(10));
        // A collector carries time-boxes out with --run-schedule.
        CollectorStarter collectors = (connection, overrides, db, setup) ->
                HeadlessRuntime.collect(paths, Map.of("FLOORWATCH_CLIENT_SECRET", "demo"), new NoKeychain(),
                        connection, overrides, db, () -> TestEmulators.still(10), setup);
        CliContext context = new CliContext(paths, sessions, collectors, (connection, db) -> WriteRuntime.open(paths,
                Map.of("FLOORWATCH_CLIENT_SECRET", "demo", NoticeSecret.ENVIRONMENT, NOTICE_SECRET), new NoKeychain(),
                connection, db,
                () -> TestEmulators.still(10)));
        CommandLine cmd = FloorwatchCommand.commandLine(forceDemo -> { }, new StopSignal(), context);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private static String[] with(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
