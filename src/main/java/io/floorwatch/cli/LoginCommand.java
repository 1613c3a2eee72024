package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code floorwatch login}: signs the person in through the browser (authorization code with PKCE) and keeps the
 * refresh token in the OS keychain, so that later commands act as them. Prints the address too, for a terminal
 * with no browser (over SSH: open it on any machine whose browser can reach this one's loopback port).
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Sign in as yourself with Genesys Cloud through the browser; the sign-in is kept in the OS "
                + "keychain for later commands (which then act as you when no --client-id is given).",
            "--client-id names the PKCE OAuth client here (no secret). Without options: the saved connection."})
final class LoginCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions options = new ConnectionOptions();

    @Option(names = "--port", paramLabel = "PORT",
            description = "loopback port of the redirect (default 48620; the OAuth client lists "
                    + "http://127.0.0.1:PORT/oauth/callback)")
    Integer port;

    LoginCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ConnectionSettings> connection = person(options, port);
        String who = root.context().accounts().login(connection, line -> {
            out.println(line);
            out.flush();
        });
        out.println(who);
        return 0;
    }

    /** The options' connection as a person's sign-in, with the port given. */
    static Optional<ConnectionSettings> person(ConnectionOptions options, Integer port) {
        if (port != null && (port < 1024 || port > 65_535)) {
            throw new IllegalArgumentException("--port must be between 1024 and 65535, not " + port);
        }
        return options.connection().map(c -> new ConnectionSettings(c.mode(), c.regionName(), c.apiBaseUrl(),
                c.clientId(), ConnectionSettings.SignIn.PERSON, port));
    }
}
