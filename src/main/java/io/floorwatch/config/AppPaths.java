package io.floorwatch.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The directories Floorwatch uses: settings in the OS config dir, history and logs in the OS data dir.
 * {@code -Dfloorwatch.home=DIR} (or {@code FLOORWATCH_HOME}) puts both under one directory, which tests use.
 */
public record AppPaths(Path configDir, Path dataDir) {
    private static final String APP = "floorwatch";

    public static AppPaths forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                System.getProperty("floorwatch.home"));
    }

    static AppPaths resolve(Map<String, String> env, String osName, Path home, String override) {
        String explicit = override != null ? override : env.get("FLOORWATCH_HOME");
        if (explicit != null && !explicit.isBlank()) {
            Path root = Path.of(explicit);
            return new AppPaths(root.resolve("config"), root.resolve("data"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = Path.of(env.getOrDefault("APPDATA", home.resolve("AppData/Roaming").toString()));
            Path local = Path.of(env.getOrDefault("LOCALAPPDATA", home.resolve("AppData/Local").toString()));
            return new AppPaths(appData.resolve("Floorwatch"), local.resolve("Floorwatch"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support/Floorwatch");
            return new AppPaths(support, support);
        }
        Path config = env.containsKey("XDG_CONFIG_HOME") ? Path.of(env.get("XDG_CONFIG_HOME"))
                : home.resolve(".config");
        Path data = env.containsKey("XDG_DATA_HOME") ? Path.of(env.get("XDG_DATA_HOME"))
                : home.resolve(".local/share");
        return new AppPaths(config.resolve(APP), data.resolve(APP));
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    /** The history database (H2 adds {@code .mv.db}). */
    public Path historyDatabase() {
        return dataDir.resolve("history").resolve("floorwatch");
    }

    /** The collector's own history: a separate file, so a collector and a desktop can run side by side. */
    public Path collectorDatabase() {
        return dataDir.resolve("collector").resolve("floorwatch-collector");
    }

    /**
     * The history of a wallboard that reads Kafka alone (its alerts): a file of its own, so a TV's board and a
     * collector or a desktop on the same machine never wait for each other.
     */
    public Path wallboardDatabase() {
        return dataDir.resolve("wallboard").resolve("floorwatch-wallboard");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
