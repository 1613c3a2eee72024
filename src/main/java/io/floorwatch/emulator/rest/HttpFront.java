package io.floorwatch.emulator.rest;

import io.floorwatch.emulator.notify.ChannelRegistry;
import io.floorwatch.emulator.notify.StreamingServer;
import io.floorwatch.emulator.org.OrgDirectory;

/** The emulator's HTTP side assembled: routes, the request pipeline and the Jetty server that carries them. */
public final class HttpFront implements AutoCloseable {
    private final RestServer server;
    private final QueueEndpoints queues;

    /**
     * @param clientId the one OAuth client the emulator accepts, with {@code clientSecret}
     */
    public HttpFront(String host, int port, OrgDirectory org, TokenIssuer tokens, Faults faults,
            ChannelRegistry channels, StreamingServer streaming, String clientId, String clientSecret,
            QueueEndpoints.DuplicateNames duplicateNames) {
        WireViews views = new WireViews(org);
        Router api = new Router();
        new UserEndpoints(org, views).register(api);
        new SkillEndpoints(org, views, faults).register(api);
        queues = new QueueEndpoints(org, views, faults, duplicateNames);
        queues.register(api);
        new AnalyticsEndpoints(org).register(api);
        new DirectoryEndpoints(org).register(api);
        new NotificationEndpoints(channels, views).register(api);
        Router admin = new Router();
        new AdminEndpoints(org, faults, tokens, streaming, channels, queues).register(admin);
        ApiFront front = new ApiFront(org.clock(), tokens, faults, new OAuthEndpoint(clientId, clientSecret, tokens),
                api, admin);
        server = new RestServer(host, port, front);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.port();
    }

    public void duplicateQueueNames(QueueEndpoints.DuplicateNames policy) {
        queues.duplicateNames(policy);
    }

    @Override
    public void close() {
        server.close();
    }
}
