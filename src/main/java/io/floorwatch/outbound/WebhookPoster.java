package io.floorwatch.outbound;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.base.IoProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Posts JSON bodies to webhook URLs on one thread of its own, with tries and jittered, doubling backoff. A 4xx
 * other than 429 is not tried again (the receiver refuses that body). A full backlog drops the oldest post and
 * says so. Never throws to the caller: {@link #post} only queues.
 */
public final class WebhookPoster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookPoster.class);

    private final String name;
    private final Duration timeout;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient http;
    private final ThreadPoolExecutor sender;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile String problem = "";

    /**
     * @param name         the thread's name and what the log calls these posts
     * @param timeout      per request
     * @param attempts     tries per post, the first included
     * @param firstBackoff the wait after the first failure, doubled after each further one
     */
    public WebhookPoster(String name, Duration timeout, int attempts, Duration firstBackoff) {
        this.name = name;
        this.timeout = timeout;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(500),
                DaemonThreads.named(name), (dropped, pool) -> {
            if (pool.isShutdown()) {
                return; // closing: nothing more is sent
            }
            failed.incrementAndGet();
            problem = name + " backlog full; the oldest post was dropped";
            LOG.warn(problem);
            pool.getQueue().poll();
            pool.execute(dropped);
        });
        // Not on the sender's one thread: send() blocks it, and the client needs threads of its own to finish.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * How a post ended: delivered (a 2xx), refused (a 4xx other than 429: sending it again will not help) or
     * failed (every try), with the last status (0 for none) and what was wrong.
     */
    public record Outcome(boolean delivered, int status, int attempts, String detail) {
    }

    /** Queues a post; {@code what} names it in the log and in {@link #problem()}. */
    public void post(String url, String json, String what) {
        post(url, json, what, Map.of(), outcome -> { });
    }

    /**
     * Queues a post with these headers besides {@code Content-Type}; {@code done} hears how it ended, on the
     * poster's thread.
     */
    public void post(String url, String json, String what, Map<String, String> headers, Consumer<Outcome> done) {
        if (url == null || url.isBlank() || sender.isShutdown()) {
            return;
        }
        sender.execute(() -> done.accept(send(url, json, what, headers)));
    }

    private Outcome send(String url, String json, String what, Map<String, String> headers) {
        Duration backoff = firstBackoff;
        String last = "";
        int status = 0;
        int attempt = 1;
        for (; attempt <= attempts; attempt++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json));
                headers.forEach(request::header);
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                if (response.statusCode() / 100 == 2) {
                    sent.incrementAndGet();
                    problem = "";
                    return new Outcome(true, status, attempt, "HTTP " + status);
                }
                last = "HTTP " + response.statusCode();
                if (response.statusCode() / 100 == 4 && response.statusCode() != 429) {
                    break; // the receiver refuses this body; sending it again will not help
                }
            } catch (IOException | IllegalArgumentException e) {
                last = IoProblems.network(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(false, status, attempt, "stopped while sending");
            }
            if (attempt < attempts && !sleep(backoff)) {
                return new Outcome(false, status, attempt, "stopped while waiting to try again (" + last + ")");
            }
            backoff = backoff.multipliedBy(2);
        }
        int tries = Math.min(attempt, attempts);
        failed.incrementAndGet();
        problem = name + " failed for " + what + " (" + last + ")";
        LOG.warn("{} gave up after {} tries for {}: {}", name, tries, what, last);
        return new Outcome(false, status, tries, last);
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

    /** Sends what is queued (waiting at most {@code wait}), then stops: for a command line about to exit. */
    public void closeAfterSending(Duration wait) {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: {} posts not sent within {} s", name, sender.getQueue().size(), wait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.shutdownNow();
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
