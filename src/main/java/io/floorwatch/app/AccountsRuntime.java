package io.floorwatch.app;

import io.floorwatch.cli.Accounts;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.config.SignInKeychain;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.Person;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.UserSignIn;
import io.floorwatch.genesys.UserTokens;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The command line's {@code login}, {@code logout} and {@code whoami}: the window's sign-in, in a terminal. The
 * kept refresh token is the one the window keeps too (same keychain entry per client and org).
 */
public final class AccountsRuntime implements Accounts {
    private final AppPaths paths;
    private final SignInKeychain keychain;
    private final Consumer<URI> browser;
    private final Clock clock;
    private final SignIns signIns;

    /** @param browser tries to open the sign-in page; the address is printed whether or not it does */
    public AccountsRuntime(AppPaths paths, SecretStore keychain, Consumer<URI> browser, Clock clock) {
        this.paths = paths;
        this.keychain = new SignInKeychain(keychain);
        this.signIns = new SignIns(keychain, clock, browser);
        this.browser = browser;
        this.clock = clock;
    }

    /** The production wiring: the system browser, the system clock. */
    public static AccountsRuntime standard(AppPaths paths, SecretStore keychain) {
        return new AccountsRuntime(paths, keychain, new SystemBrowser(uri -> { }), Clock.systemUTC());
    }

    @Override
    public String login(Optional<ConnectionSettings> given, Consumer<String> say) {
        ConnectionSettings connection = person(given);
        UserSignIn flow = new UserSignIn(connection.apiBaseUrl(), connection.clientId(), connection.port(),
                SignIns.BROWSER_WAIT, clock);
        try (UserTokens tokens = flow.run(uri -> {
            say.accept("Sign in to Genesys Cloud in your browser. If none opened, open this address (waiting up to "
                    + SignIns.BROWSER_WAIT.toMinutes() + " minutes):\n" + uri);
            browser.accept(uri);
        }); GenesysGateway gateway = gateway(connection, tokens)) {
            Person person = gateway.identity().me();
            String kept;
            try {
                keychain.keep(connection, tokens.refreshToken());
                kept = tokens.refreshToken().isPresent() ? "kept in " + keychain.describe()
                        : "not kept (Genesys issued no refresh token)";
            } catch (SecretStore.SecretStoreException e) {
                kept = "not kept (" + e.getMessage() + "): sign in again for each command";
            }
            return "Signed in as " + person.name() + " <" + person.email() + "> in " + person.organization()
                    + "; the sign-in is " + kept + ".";
        }
    }

    @Override
    public String logout(Optional<ConnectionSettings> given) {
        ConnectionSettings connection = person(given);
        Optional<String> refresh = keychain.refreshToken(connection);
        if (refresh.isEmpty()) {
            return "Not signed in to " + connection.label() + " with client " + connection.clientId()
                    + ": nothing to sign out.";
        }
        String revoked;
        try (UserTokens tokens = UserTokens.fromRefreshToken(connection.apiBaseUrl(), connection.clientId(),
                refresh.get(), clock); GenesysGateway gateway = gateway(connection, tokens)) {
            gateway.identity().signOut();
            revoked = "Genesys revoked the token";
        } catch (GenesysException e) {
            revoked = "the kept sign-in no longer worked (" + e.getMessage() + ")";
        }
        forget(connection);
        return "Signed out of " + connection.label() + ": " + revoked + " and " + keychain.describe()
                + " no longer keeps the sign-in.";
    }

    @Override
    public String whoami(Optional<ConnectionSettings> given) {
        ConnectionSettings connection = person(given);
        try (UserTokens tokens = kept(connection); GenesysGateway gateway = gateway(connection, tokens)) {
            Person person = gateway.identity().me();
            return person.name() + " <" + person.email() + ">, user " + person.userId() + ", in "
                    + person.organization() + " (" + connection.label() + ", client " + connection.clientId() + ")\n"
                    + "roles: " + String.join(", ", person.roles()) + "\n"
                    + "permissions: " + String.join(", ", new TreeSet<>(person.permissions()));
        }
    }

    /**
     * The person's tokens from the kept sign-in, for the commands that act as them.
     *
     * @throws IllegalStateException saying how to sign in when nothing (that still works) is kept
     */
    UserTokens kept(ConnectionSettings connection) {
        try {
            return signIns.kept(connection).orElseThrow(() -> new IllegalStateException("Not signed in to "
                    + connection.label() + " with client " + connection.clientId() + ": run floorwatch login (or give "
                    + "--env and --client-id of a client-credentials client)"));
        } catch (GenesysException e) {
            throw new IllegalStateException("The kept sign-in no longer works (" + e.getMessage()
                    + "): run floorwatch login again", e);
        }
    }

    private void forget(ConnectionSettings connection) {
        try {
            keychain.keep(connection, Optional.empty());
        } catch (SecretStore.SecretStoreException e) {
            throw new IllegalStateException("The keychain did not forget the sign-in: " + e.getMessage(), e);
        }
    }

    private static GenesysGateway gateway(ConnectionSettings connection, UserTokens tokens) {
        return GenesysGateway.connect(new Credentials(connection.apiBaseUrl(), connection.clientId(), ""), tokens);
    }

    /** The connection given, or the saved one if it is a person's sign-in to a real org. */
    private ConnectionSettings person(Optional<ConnectionSettings> given) {
        if (given.isPresent()) {
            return given.get();
        }
        ConnectionSettings saved = new SettingsStore(paths.settingsFile()).load().settings().connection();
        if (saved.isDemo()) {
            throw new IllegalStateException("The saved connection is the demo, which signs its supervisor in by "
                    + "itself: give --env and --client-id (an org's PKCE client, or an emulator's sign-in client)");
        }
        if (saved.signIn() != ConnectionSettings.SignIn.PERSON) {
            throw new IllegalStateException("The saved connection uses client credentials: give --env and "
                    + "--client-id of a PKCE client, or choose 'Sign in with Genesys Cloud' in Settings");
        }
        return saved;
    }
}
