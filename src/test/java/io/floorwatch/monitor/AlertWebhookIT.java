package io.floorwatch.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.AlertQuery;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts posted to a Slack-compatible webhook on a local HTTP server; a failing or hanging one costs nothing. */
class AlertWebhookIT {
    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch hanging = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean hang;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            requests.incrementAndGet();
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (hang) {
                hanging.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** History, a webhook with short backoff and the monitor over a floor, closed together. */
    private final class Rig implements AutoCloseable {
        final HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        final WebhookNotifier webhook;
        final AlertMonitor monitor;

        Rig(LiveState live, Duration timeout, int attempts) {
            webhook = new WebhookNotifier(AlertWebhookIT.this::url, timeout, attempts, Duration.ofMillis(50));
            monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(), AlertSettings.defaults(),
                    Clock.systemUTC(), Duration.ofHours(1));
            monitor.subscribe(webhook);
        }

        @Override
        public void close() {
            monitor.close();
            webhook.close();
            history.close();
        }
    }

    private static LiveState floorWithOneAgentNotResponding(Instant since) {
        LiveState live = new LiveState();
        live.reset(List.of(new AgentSnapshot(new Agent("u-1", "Ada Lovelace", "", "Team Aurora", "Agent"),
                new AgentState("u-1", SystemPresence.ON_QUEUE, null, since, RoutingStatus.NOT_RESPONDING, since),
                List.of())));
        return live;
    }

    @Test
    void theWebhookReceivesASlackCompatiblePayload() throws Exception {
        Instant now = Instant.now();
        LiveState live = floorWithOneAgentNotResponding(now);
        try (Rig rig = new Rig(live, Duration.ofSeconds(2), 3)) {
            HistoryStore history = rig.history;
            WebhookNotifier webhook = rig.webhook;
            AlertMonitor monitor = rig.monitor;
            monitor.tick(now.plusSeconds(90));
            Await.until("the webhook called", Duration.ofSeconds(10), () -> webhook.sent() == 1);

            JsonNode payload = new ObjectMapper().readTree(bodies.get(0));
            assertThat(payload.path("text").asText()).isEqualTo("Floorwatch alert: Ada Lovelace: Not responding "
                    + "for 1 min");
            assertThat(payload.path("blocks").get(0).path("type").asText()).isEqualTo("section");
            assertThat(payload.path("blocks").get(0).path("text").path("text").asText())
                    .contains("*Not responding*", "Ada Lovelace (Team Aurora)", "Rule: Not responding");
            assertThat(webhook.problem()).isEmpty();

            monitor.acknowledge(monitor.active().get(0).id(), "sup1", "on it");
            monitor.tick(now.plusSeconds(91));
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            assertThat(requests.get()).as("only alerts that call for attention are posted").isEqualTo(1);
        }
    }

    @Test
    void aFailingWebhookIsRetriedAndLeavesTheAlertIntact() throws Exception {
        status = 500;
        Instant now = Instant.now();
        LiveState live = floorWithOneAgentNotResponding(now);
        try (Rig rig = new Rig(live, Duration.ofSeconds(2), 3)) {
            HistoryStore history = rig.history;
            WebhookNotifier webhook = rig.webhook;
            AlertMonitor monitor = rig.monitor;
            monitor.tick(now.plusSeconds(30));
            Await.until("the webhook given up", Duration.ofSeconds(10), () -> webhook.failed() == 1);

            assertThat(requests.get()).isEqualTo(3);
            assertThat(webhook.problem()).contains("HTTP 500");
            assertThat(monitor.active()).singleElement().satisfies(a -> assertThat(a.status())
                    .isEqualTo(AlertStatus.RAISED));
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            assertThat(history.alerts().page(AlertQuery.all(), null, 10).alerts()).singleElement()
                    .satisfies(a -> assertThat(a.agentName()).isEqualTo("Ada Lovelace"));
        }
    }

    @Test
    void aHangingWebhookNeitherDelaysNorLosesTheAlert() throws Exception {
        hang = true;
        Instant now = Instant.now();
        LiveState live = floorWithOneAgentNotResponding(now);
        try (Rig rig = new Rig(live, Duration.ofSeconds(30), 1)) {
            HistoryStore history = rig.history;
            WebhookNotifier webhook = rig.webhook;
            AlertMonitor monitor = rig.monitor;
            monitor.tick(now.plusSeconds(30));
            assertThat(hanging.await(10, TimeUnit.SECONDS)).as("the webhook request in progress").isTrue();

            // While the endpoint holds the request: the alert is active, stored, and the monitor still works.
            Alert raised = monitor.active().get(0);
            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            assertThat(history.alerts().find(raised.id())).isPresent();
            Alert acknowledged = monitor.acknowledge(raised.id(), "sup1", "seen");
            assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(webhook.sent()).isZero();
        }
    }
}
