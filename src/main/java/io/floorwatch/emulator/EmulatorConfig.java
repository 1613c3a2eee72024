package io.floorwatch.emulator;

import io.floorwatch.emulator.rest.QueueEndpoints;
import io.floorwatch.emulator.sim.SimSettings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the emulator is set up. {@link #defaults()} is what {@code floorwatch emulator} runs with; tests shrink
 * the time constants (token and channel lifetimes, heartbeat) to see expiry within seconds.
 *
 * @param port REST port on 127.0.0.1 (0 picks a free one)
 * @param streamingPort WebSocket port (0 picks a free one); clients only ever learn it from {@code connectUri}
 * @param simulate false leaves the floor still (the org is generated but nobody moves)
 * @param moreClients further client-credentials clients (id to secret) besides {@code clientId}, each with limits
 *                    of its own as in Genesys: 20 notification channels of 1,000 topics per client, a rate limit per
 *                    token; what several collectors, each with its own client, need
 */
public record EmulatorConfig(
        int port,
        int streamingPort,
        SimSettings floor,
        boolean simulate,
        String clientId,
        String clientSecret,
        int rateLimitPerMinute,
        Duration tokenTtl,
        Duration channelTtl,
        Duration heartbeatInterval,
        QueueEndpoints.DuplicateNames duplicateQueueNames,
        Map<String, String> moreClients) {

    public static final String DEMO_CLIENT_ID = "demo";
    public static final String DEMO_CLIENT_SECRET = "demo";

    public EmulatorConfig {
        if (port < 0 || port > 65_535 || streamingPort < 0 || streamingPort > 65_535) {
            throw new IllegalArgumentException("ports must be from 0 to 65535");
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("the emulator needs an OAuth client id and secret");
        }
        moreClients = Map.copyOf(moreClients == null ? Map.of() : moreClients);
        if (moreClients.containsKey(clientId)) {
            throw new IllegalArgumentException("client " + clientId + " is listed twice");
        }
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 request a minute");
        }
        if (tokenTtl.isNegative() || tokenTtl.isZero() || channelTtl.isNegative() || channelTtl.isZero()
                || heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("token and channel lifetimes and the heartbeat must be positive");
        }
    }

    /** Genesys' own numbers: 300 requests a minute, 24 h tokens and channels, a heartbeat every 30 s. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig(0, 0, new SimSettings(200, 8, 16, 42, 1.0), true, DEMO_CLIENT_ID,
                DEMO_CLIENT_SECRET, 300, Duration.ofHours(24), Duration.ofHours(24), Duration.ofSeconds(30),
                QueueEndpoints.DuplicateNames.REJECT, Map.of());
    }

    public EmulatorConfig withPort(int newPort) {
        return new EmulatorConfig(newPort, streamingPort, floor, simulate, clientId, clientSecret, rateLimitPerMinute,
                tokenTtl, channelTtl, heartbeatInterval, duplicateQueueNames, moreClients);
    }

    public EmulatorConfig withFloor(SimSettings newFloor) {
        return new EmulatorConfig(port, streamingPort, newFloor, simulate, clientId, clientSecret, rateLimitPerMinute,
                tokenTtl, channelTtl, heartbeatInterval, duplicateQueueNames, moreClients);
    }

    public EmulatorConfig withSimulation(boolean on) {
        return new EmulatorConfig(port, streamingPort, floor, on, clientId, clientSecret, rateLimitPerMinute,
                tokenTtl, channelTtl, heartbeatInterval, duplicateQueueNames, moreClients);
    }

    public EmulatorConfig withClient(String id, String secret) {
        return new EmulatorConfig(port, streamingPort, floor, simulate, id, secret, rateLimitPerMinute, tokenTtl,
                channelTtl, heartbeatInterval, duplicateQueueNames, moreClients);
    }

    /** One more client-credentials client, with its own channels and rate limit. */
    public EmulatorConfig withAnotherClient(String id, String secret) {
        if (id == null || id.isBlank() || secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("another OAuth client needs an id and a secret");
        }
        Map<String, String> more = new LinkedHashMap<>(moreClients);
        more.put(id, secret);
        return new EmulatorConfig(port, streamingPort, floor, simulate, clientId, clientSecret, rateLimitPerMinute,
                tokenTtl, channelTtl, heartbeatInterval, duplicateQueueNames, more);
    }

    /** Every client-credentials client it accepts, id to secret, the first one first. */
    public Map<String, String> clients() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(clientId, clientSecret);
        all.putAll(moreClients);
        return all;
    }

    public EmulatorConfig withRateLimit(int perMinute) {
        return new EmulatorConfig(port, streamingPort, floor, simulate, clientId, clientSecret, perMinute, tokenTtl,
                channelTtl, heartbeatInterval, duplicateQueueNames, moreClients);
    }

    public EmulatorConfig withTimes(Duration newTokenTtl, Duration newChannelTtl, Duration newHeartbeat) {
        return new EmulatorConfig(port, streamingPort, floor, simulate, clientId, clientSecret, rateLimitPerMinute,
                newTokenTtl, newChannelTtl, newHeartbeat, duplicateQueueNames, moreClients);
    }
}
