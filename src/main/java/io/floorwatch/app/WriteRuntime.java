package io.floorwatch.app;

import io.floorwatch.cli.WriteSession;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.NoticeSecret;
import io.floorwatch.config.NoticeSettings;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.Person;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.UserTokens;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.outbound.ChangeNotices;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What the write commands run on: a gateway (to the demo emulator when that is the connection) and history. */
public final class WriteRuntime implements WriteSession {
    private final String target;
    private final HistoryStore history;
    private final Emulator emulator;
    private final GenesysGateway gateway;
    private final String actor;
    private final NoticeSettings notices;
    private final NoticeSecret noticeSecret;
    private final UserTokens tokens;

    private WriteRuntime(String target, HistoryStore history, Emulator emulator, GenesysGateway gateway,
            String actor, NoticeSettings notices, NoticeSecret noticeSecret, UserTokens tokens) {
        this.tokens = tokens;
        this.notices = notices;
        this.noticeSecret = noticeSecret;
        this.target = target;
        this.history = history;
        this.emulator = emulator;
        this.gateway = gateway;
        this.actor = actor;
    }

    /**
     * Connects at once (a write command has nothing to do until it is connected) and opens history; on failure
     * closes what it opened and throws with the reason. With no connection given and a person's sign-in saved,
     * acts as the signed-in person (from the kept sign-in of {@code floorwatch login}); else with the client's
     * own credentials.
     */
    public static WriteRuntime open(AppPaths paths, Map<String, String> environment, SecretStore keychain,
            Optional<ConnectionSettings> override, Path db, Supplier<EmulatorConfig> demoConfig) {
        Settings saved = new SettingsStore(paths.settingsFile()).load().settings();
        ConnectionSettings connection = override.orElse(saved.connection());
        HistoryStore history = HistoryStore.openOrFail(db == null ? paths.historyDatabase() : db,
                Duration.ofDays(saved.history().retentionDays()), Clock.systemUTC());
        Emulator emulator = null;
        UserTokens tokens = null;
        GenesysGateway personal = null;
        NoticeSecret noticeSecret = new NoticeSecret(environment, keychain);
        try {
            if (override.isEmpty() && !connection.isDemo()
                    && connection.signIn() == ConnectionSettings.SignIn.PERSON) {
                tokens = new AccountsRuntime(paths, keychain, uri -> { }, Clock.systemUTC()).kept(connection);
                personal = GenesysGateway.connect(new Credentials(connection.apiBaseUrl(), connection.clientId(), ""),
                        tokens);
                Person person = personal.identity().me();
                return new WriteRuntime(connection.label(), history, null, personal,
                        ServiceGraph.actor(Optional.of(person), connection.clientId(), ""),
                        saved.notices(), noticeSecret, tokens);
            }
            if (connection.isDemo()) {
                emulator = new Emulator(demoConfig.get()).start();
            }
            Secrets secrets = new Secrets(new EnvironmentSecretStore(environment), keychain);
            GenesysGateway gateway = GenesysGateway.connect(Connections.credentials(connection, secrets, emulator));
            String client = connection.isDemo() ? "demo" : connection.clientId();
            String actor = System.getProperty("user.name", "unknown") + " via " + client;
            return new WriteRuntime(connection.label(), history, emulator, gateway, actor,
                    saved.notices(), noticeSecret, null);
        } catch (RuntimeException e) {
            Quietly.close("gateway", personal);
            Quietly.close("sign-in", tokens);
            if (emulator != null) {
                emulator.close();
            }
            history.close();
            throw e;
        }
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public GenesysGateway gateway() {
        return gateway;
    }

    @Override
    public HistoryStore history() {
        return history;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public ChangeNotices changeNotices() {
        return new ChangeNotices(() -> notices, noticeSecret::read, Clock.systemUTC());
    }

    @Override
    public void close() {
        try {
            gateway.close();
            Quietly.close("sign-in", tokens);
            if (emulator != null) {
                emulator.close();
            }
        } finally {
            history.close();
        }
    }
}
