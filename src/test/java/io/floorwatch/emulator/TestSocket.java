package io.floorwatch.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A Java-WebSocket client that keeps every frame and the close, for tests. */
final class TestSocket extends WebSocketClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    final CountDownLatch closed = new CountDownLatch(1);
    volatile int closeCode;
    volatile boolean closedByRemote;

    TestSocket(String uri) {
        super(URI.create(uri));
        setTcpNoDelay(true);
        setConnectionLostTimeout(0);
    }

    static TestSocket open(String uri) throws InterruptedException {
        TestSocket socket = new TestSocket(uri);
        if (!socket.connectBlocking(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not connect to " + uri);
        }
        return socket;
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        // nothing to do: frames are collected as they come
    }

    @Override
    public void onMessage(String message) {
        try {
            frames.add(JSON.readTree(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closeCode = code;
        closedByRemote = remote;
        closed.countDown();
    }

    @Override
    public void onError(Exception ex) {
        // a failed socket also closes, which is what tests look at
    }

    /** The next frame that matches, skipping others; fails the test if none comes in time. */
    JsonNode next(Predicate<JsonNode> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame = frames.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no matching frame within " + within + "; left: " + frames);
    }

    static Predicate<JsonNode> topic(String name) {
        return frame -> name.equals(frame.path("topicName").asText());
    }

    boolean awaitClose(Duration within) throws InterruptedException {
        return closed.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }
}
