package io.floorwatch.cli;

import io.floorwatch.config.AppPaths;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.SettingsStore;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * The connection options of a command that acts on an org, and the rule that no command runs on the built-in demo
 * unless asked: a pipeline that forgot {@code --env} must fail, not go green having checked the demo.
 */
final class OrgOptions extends ConnectionOptions {
    @Option(names = "--demo",
            description = "run on the built-in demo (emulator and simulated contact center) instead of an org")
    boolean demo;

    /**
     * Decides which org the command acts on before anything connects: the one {@code --env} names, the demo with
     * {@code --demo}, or else the saved connection, named on {@code out} as the command's first line. With no
     * saved connection, or a settings file that cannot be read, refuses (exit 2) and says what to give.
     *
     * @return the connection to hand the runtimes; empty for the saved one (which they read themselves, with its
     *     kept sign-in)
     */
    Optional<ConnectionSettings> target(AppPaths paths, PrintWriter out) {
        if (demo) {
            if (env != null || clientId != null) {
                throw new IllegalArgumentException("--demo runs on the built-in demo: leave out --env and --client-id");
            }
            out.println("connection: the built-in demo (--demo)");
            out.flush();
            return Optional.of(ConnectionSettings.demo());
        }
        Optional<ConnectionSettings> given = connection();
        if (given.isPresent()) {
            return given;
        }
        SettingsStore.Loaded saved = new SettingsStore(paths.settingsFile()).load();
        if (saved.problem().isPresent()) {
            throw new IllegalArgumentException(saved.problem().get() + ", so there is no saved connection to use. "
                    + WHAT_TO_GIVE);
        }
        ConnectionSettings connection = saved.settings().connection();
        if (connection.isDemo()) {
            throw new IllegalArgumentException("No connection is saved (the window's Settings > Connection, or "
                    + "floorwatch login, saves one). " + WHAT_TO_GIVE);
        }
        out.println("connection: " + connection.label() + " (saved in " + paths.settingsFile() + ")");
        out.flush();
        return Optional.empty();
    }

    private static final String WHAT_TO_GIVE = "Give --env URL --client-id ID for an org, or --demo for the "
            + "built-in demo.";
}
