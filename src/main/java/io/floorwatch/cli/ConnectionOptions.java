package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The connection options every headless command shares (DESIGN section 12). */
class ConnectionOptions {
    @Option(names = "--env", paramLabel = "URL",
            description = "API base URL: a region (https://api.mypurecloud.com) or an emulator URL. "
                    + "Without it, the saved connection; with none saved a command refuses to run unless --demo is given.")
    String env;

    @Option(names = "--client-id", paramLabel = "ID",
            description = "OAuth client id (client credentials); the secret comes from FLOORWATCH_CLIENT_SECRET "
                    + "or the OS keychain")
    String clientId;

    @Option(names = "--db", paramLabel = "FILE",
            description = "history database file (without .mv.db); default: the app's data folder")
    Path db;

    /** The connection the options name, if they name one. */
    Optional<ConnectionSettings> connection() {
        if (env == null) {
            if (clientId != null) {
                throw new IllegalArgumentException("--client-id needs --env (the API base URL it belongs to)");
            }
            return Optional.empty();
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("--env needs --client-id");
        }
        if (!env.startsWith("https://") && !env.startsWith("http://127.0.0.1") && !env.startsWith("http://localhost")) {
            throw new IllegalArgumentException("--env must be an https URL (or an emulator on 127.0.0.1), not " + env);
        }
        String base = env.endsWith("/") ? env.substring(0, env.length() - 1) : env;
        return Optional.of(new ConnectionSettings(ConnectionSettings.Mode.GENESYS, null, base, clientId));
    }
}
