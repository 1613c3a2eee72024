package io.floorwatch.genesys;

import io.floorwatch.domain.GenesysException;

import java.time.Clock;
import java.time.Duration;

/** "Test connection": logs in with the given client and reads the org's name, without keeping anything. */
public final class ConnectionTester {
    private final Duration timeout;

    public ConnectionTester(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @return the organization's name
     * @throws GenesysException with Genesys' own message when the login or the call is refused
     */
    public String test(Credentials credentials) {
        RetryPolicy once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        try (GenesysGateway gateway = new GenesysGateway(credentials, Clock.systemUTC(), Sleeper.system(), once,
                timeout)) {
            return gateway.organizationName();
        }
    }
}
