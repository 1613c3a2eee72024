package io.floorwatch.app;

import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.Person;
import io.floorwatch.domain.RateLimitStatus;
import io.floorwatch.domain.TokenStatus;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.UserTokens;

import java.util.Optional;

/**
 * Where the session's connection stands, as one immutable value the session swaps in one step: opening, failed,
 * or open with its gateway, the feeds running on it, the services built on it and, in demo mode, the demo
 * environment behind it. A reader reads the session's connection once and gets parts that belong together.
 *
 * @param problem      the status while not open (connecting or failed); null when open
 * @param gateway      null unless open
 * @param organization the org's name when open, else empty
 * @param services     null unless open
 * @param demo         the demo environment behind the gateway, or null
 * @param person       who is signed in, when a person is (not with client credentials)
 * @param tokens       the person's tokens, closed with the connection; null with client credentials
 */
public record Connection(String target, ConnectionStatus problem, GenesysGateway gateway, String organization,
        Feeds feeds, Services services, DemoEnvironment demo, Person person, UserTokens tokens) {

    /** Opening: nothing is up yet. */
    public static Connection opening(String target) {
        return new Connection(target, ConnectionStatus.connecting(target), null, "", Feeds.NONE, null, null, null,
                null);
    }

    /** Could not open; {@code status} says why. Nothing of it runs. */
    public static Connection failed(ConnectionStatus status) {
        return new Connection(status.target(), status, null, "", Feeds.NONE, null, null, null, null);
    }

    /** Open with the client's own credentials: the org's name is read here. */
    static Connection open(String target, GenesysGateway gateway, Feeds feeds, Services services,
            DemoEnvironment demo) {
        return new Connection(target, null, gateway, gateway.organizationName(), feeds, services, demo, null, null);
    }

    /** Open with a person's tokens, before {@code users/me} has named them (no services yet). */
    static Connection signingIn(String target, GenesysGateway gateway, DemoEnvironment demo, UserTokens tokens) {
        return new Connection(target, null, gateway, "", Feeds.NONE, null, demo, null, tokens);
    }

    /** The person named, their org, and the services that act as them. */
    Connection withPerson(Person named, Services built) {
        return new Connection(target, problem, gateway, named.organization(), feeds, built, demo, named, tokens);
    }

    Connection withFeeds(Feeds changed) {
        return new Connection(target, problem, gateway, organization, changed, services, demo, person, tokens);
    }

    Connection withDemo(DemoEnvironment changed) {
        return new Connection(target, problem, gateway, organization, feeds, services, changed, person, tokens);
    }

    /** The signed-in person, if a person is signed in on this connection. */
    public Optional<Person> signedIn() {
        return Optional.ofNullable(person);
    }

    public boolean isOpen() {
        return problem == null;
    }

    /** The services of an open connection. */
    public Optional<Services> openServices() {
        return Optional.ofNullable(services);
    }

    /** Where this connection stands; cheap, no IO (the status bar polls it). */
    public ConnectionStatus status() {
        if (problem != null) {
            return problem;
        }
        String who = person == null ? organization : organization + ", signed in as " + person.name();
        return new ConnectionStatus(target, ConnectionStatus.State.CONNECTED, who, gateway.tokenStatus(),
                gateway.rateLimit());
    }

    /** Could not open {@code target}, for {@code reason}. */
    static Connection failed(String target, String reason) {
        return failed(new ConnectionStatus(target, ConnectionStatus.State.FAILED, reason, TokenStatus.none(),
                RateLimitStatus.UNKNOWN));
    }

    /** Closes what runs on it, newest first: the feeds, the gateway, the person's tokens, the demo environment. */
    void close() {
        feeds.close();
        Quietly.close("gateway", gateway);
        Quietly.close("sign-in", tokens);
        Quietly.close("demo environment", demo);
    }
}
