package io.floorwatch.app;

import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.RateLimitStatus;
import io.floorwatch.domain.TokenStatus;
import io.floorwatch.genesys.GenesysGateway;

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
 */
public record Connection(String target, ConnectionStatus problem, GenesysGateway gateway, String organization,
        Feeds feeds, Services services, DemoEnvironment demo) {

    /** Opening: nothing is up yet. */
    public static Connection opening(String target) {
        return new Connection(target, ConnectionStatus.connecting(target), null, "", Feeds.NONE, null, null);
    }

    /** Could not open; {@code status} says why. Nothing of it runs. */
    public static Connection failed(ConnectionStatus status) {
        return new Connection(status.target(), status, null, "", Feeds.NONE, null, null);
    }

    static Connection open(String target, GenesysGateway gateway, Feeds feeds, Services services,
            DemoEnvironment demo) {
        return new Connection(target, null, gateway, gateway.organizationName(), feeds, services, demo);
    }

    Connection withFeeds(Feeds changed) {
        return new Connection(target, problem, gateway, organization, changed, services, demo);
    }

    Connection withDemo(DemoEnvironment changed) {
        return new Connection(target, problem, gateway, organization, feeds, services, changed);
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
        return new ConnectionStatus(target, ConnectionStatus.State.CONNECTED, organization, gateway.tokenStatus(),
                gateway.rateLimit());
    }

    /** Could not open {@code target}, for {@code reason}. */
    static Connection failed(String target, String reason) {
        return failed(new ConnectionStatus(target, ConnectionStatus.State.FAILED, reason, TokenStatus.none(),
                RateLimitStatus.UNKNOWN));
    }

    /** Closes what runs on it, newest first: the feeds, the gateway, then the demo environment. */
    void close() {
        feeds.close();
        Quietly.close("gateway", gateway);
        Quietly.close("demo environment", demo);
    }
}
