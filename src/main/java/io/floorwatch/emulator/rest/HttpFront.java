package io.floorwatch.emulator.rest;

import io.floorwatch.emulator.notify.ChannelRegistry;
import io.floorwatch.emulator.notify.StreamingServer;
import io.floorwatch.emulator.org.OrgDirectory;

import java.util.Map;

/** The emulator's HTTP side assembled: routes, the request pipeline and the Jetty server that carries them. */
public final class HttpFront implements AutoCloseable {
    private final RestServer server;
    private final QueueEndpoints queues;

    /**
     * The public OAuth client of the authorization code grant with PKCE (no secret; loopback redirects only). A
     * fixed id, so that the app, scripts and other SDKs can sign in to any emulator without asking it first.
     */
    public static final String SIGN_IN_CLIENT_ID = "7c0f4d2e-5b8a-4e61-9d3c-2a6f1e8b4d70";

    /**
     * @param clients the client-credentials clients the emulator accepts, id to secret
     */
    public HttpFront(String host, int port, OrgDirectory org, TokenIssuer tokens, Faults faults,
            ChannelRegistry channels, StreamingServer streaming, Map<String, String> clients,
            QueueEndpoints.DuplicateNames duplicateNames) {
        WireViews views = new WireViews(org);
        Router api = new Router();
        new MeEndpoints(org, views, tokens).register(api);
        new UserEndpoints(org, views).register(api);
        new SkillEndpoints(org, views, faults).register(api);
        queues = new QueueEndpoints(org, views, faults, duplicateNames);
        queues.register(api);
        new AnalyticsEndpoints(org).register(api);
        new ConversationAnalyticsEndpoints(org).register(api);
        new DirectoryEndpoints(org).register(api);
        new UtilizationEndpoints(org).register(api);
        Downloads downloads = new Downloads();
        new WorkforceEndpoints(org, downloads).register(api);
        new NotificationEndpoints(channels, views).register(api);
        Router admin = new Router();
        new AdminEndpoints(org, faults, tokens, streaming, channels, queues).register(admin);
        AuthCodes codes = new AuthCodes(org.clock());
        ApiFront front = new ApiFront(org.clock(), tokens, faults,
                new OAuthEndpoint(clients, SIGN_IN_CLIENT_ID, tokens, codes, org),
                new AuthorizeEndpoint(SIGN_IN_CLIENT_ID, org, codes), api, admin, downloads);
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
