package io.floorwatch.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Posts each alert that calls for attention to a Slack-compatible incoming webhook ({@code {"text", "blocks"}}),
 * on a thread of its own with retries and jittered backoff, so a slow or failing endpoint never delays or loses
 * the alert on screen (which is already stored before this is told). A full backlog drops the oldest post and
 * says so.
 */
public final class WebhookNotifier implements Consumer<AlertEvent>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final Supplier<String> url;
    private final Duration timeout;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient http;
    private final ThreadPoolExecutor sender;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile String problem = "";

    /**
     * @param url          read at each alert (the settings may change it); empty for no webhook
     * @param timeout      per request
     * @param attempts     tries per alert, the first included
     * @param firstBackoff the wait after the first failure, doubled after each further one
     */
    public WebhookNotifier(Supplier<String> url, Duration timeout, int attempts, Duration firstBackoff) {
        this.url = url;
        this.timeout = timeout;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(500), r -> {
            Thread t = new Thread(r, "alert-webhook");
            t.setDaemon(true);
            return t;
        }, (dropped, pool) -> {
            if (pool.isShutdown()) {
                return; // closing: nothing more is sent
            }
            failed.incrementAndGet();
            problem = "webhook backlog full; the oldest alert post was dropped";
            LOG.warn(problem);
            pool.getQueue().poll();
            pool.execute(dropped);
        });
        // Not on the sender's one thread: send() blocks it, and the client needs threads of its own to finish.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The standard: 5 s per request, 4 tries, backoff from 1 s. */
    public static WebhookNotifier standard(Supplier<String> url) {
        return new WebhookNotifier(url, Duration.ofSeconds(5), 4, Duration.ofSeconds(1));
    }

    @Override
    public void accept(AlertEvent event) {
        String target = url.get();
        if (!event.calls() || target == null || target.isBlank() || sender.isShutdown()) {
            return;
        }
        String body = payload(event.alert(), Instant.now());
        sender.execute(() -> post(target, body, event.alert()));
    }

    /** The Slack-compatible message for an alert: a plain {@code text} fallback and one section block. */
    String payload(Alert alert, Instant now) {
        ObjectNode message = json.createObjectNode();
        message.put("text", "Floorwatch alert: " + alert.headline(now));
        ArrayNode blocks = message.putArray("blocks");
        ObjectNode section = blocks.addObject();
        section.put("type", "section");
        ObjectNode text = section.putObject("text");
        text.put("type", "mrkdwn");
        text.put("text", "*" + alert.condition().label() + "* for " + Alert.human(alert.inState(now)) + "\n"
                + alert.agentName() + (alert.team().isEmpty() ? "" : " (" + alert.team() + ")") + "\nRule: "
                + alert.ruleName() + ", raised " + alert.raisedAt());
        ObjectNode context = blocks.addObject();
        context.put("type", "context");
        ObjectNode element = context.putArray("elements").addObject();
        element.put("type", "mrkdwn");
        element.put("text", "agent " + alert.agentId() + " · alert " + alert.id());
        return message.toString();
    }

    private void post(String target, String body, Alert alert) {
        Duration backoff = firstBackoff;
        String last = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(timeout)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    sent.incrementAndGet();
                    problem = "";
                    return;
                }
                last = "HTTP " + response.statusCode();
                if (response.statusCode() / 100 == 4 && response.statusCode() != 429) {
                    break; // the endpoint refuses this message; sending it again will not help
                }
            } catch (IOException | IllegalArgumentException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (attempt < attempts && !sleep(backoff)) {
                return;
            }
            backoff = backoff.multipliedBy(2);
        }
        failed.incrementAndGet();
        problem = "webhook failed for " + alert.agentName() + " (" + last + ")";
        LOG.warn("alert webhook gave up after {} tries: {}", attempts, last);
    }

    private static boolean sleep(Duration base) {
        long millis = base.toMillis();
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis / 4 + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public long sent() {
        return sent.get();
    }

    public long failed() {
        return failed.get();
    }

    /** The last failure, or empty once a post went through. */
    public String problem() {
        return problem;
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
