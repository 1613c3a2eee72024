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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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

    /** Queues a post; {@code what} names it in the log and in {@link #problem()}. */
    public void post(String url, String json, String what) {
        if (url == null || url.isBlank() || sender.isShutdown()) {
            return;
        }
        sender.execute(() -> send(url, json, what));
    }

    private void send(String url, String json, String what) {
        Duration backoff = firstBackoff;
        String last = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    sent.incrementAndGet();
                    problem = "";
                    return;
                }
                last = "HTTP " + response.statusCode();
                if (response.statusCode() / 100 == 4 && response.statusCode() != 429) {
                    break; // the receiver refuses this body; sending it again will not help
                }
            } catch (IOException | IllegalArgumentException e) {
                last = IoProblems.network(e);
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
        problem = name + " failed for " + what + " (" + last + ")";
        LOG.warn("{} gave up after {} tries for {}: {}", name, attempts, what, last);
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
