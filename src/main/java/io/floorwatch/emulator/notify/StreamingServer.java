package io.floorwatch.emulator.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.DaemonThreads;
import io.floorwatch.emulator.org.Json;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The streaming endpoint ({@code connectUri}): one WebSocket per channel, the real envelope, heartbeats every
 * interval, answers to {@code {"message":"ping"}}, and the faults tests need (drops, socket_closing, silence).
 */
public final class StreamingServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingServer.class);
    private static final String CHANNEL_PATH = "/channels/";

    private final ChannelRegistry registry;
    private final Duration heartbeatInterval;
    private final Endpoint endpoint;
    private final ScheduledExecutorService timer;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicLong framesSent = new AtomicLong();
    private volatile boolean silent;
    private volatile Exception startFailure;

    public StreamingServer(String host, int port, ChannelRegistry registry, Duration heartbeatInterval) {
        this.registry = registry;
        this.heartbeatInterval = heartbeatInterval;
        this.endpoint = new Endpoint(new InetSocketAddress(host, port));
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("emulator-streaming-timer"));
        registry.onRemoved(this::channelRemoved);
    }

    public void start() {
        endpoint.setReuseAddr(true);
        endpoint.setTcpNoDelay(true);
        // Liveness is the application's business here (heartbeats and ping messages), as with Genesys.
        endpoint.setConnectionLostTimeout(0);
        endpoint.start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("streaming server did not start within 10 s");
            }
            if (startFailure != null) {
                throw new IllegalStateException("streaming server could not start: " + startFailure.getMessage(),
                        startFailure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the streaming server", e);
        }
        registry.streamingBase("ws://" + endpoint.getAddress().getHostString() + ":" + endpoint.getPort());
        long hb = Math.max(10, heartbeatInterval.toMillis());
        timer.scheduleAtFixedRate(this::heartbeat, hb, hb, TimeUnit.MILLISECONDS);
        long sweep = Math.max(50, Math.min(1_000, registry.ttl().toMillis() / 10));
        timer.scheduleAtFixedRate(this::expireChannels, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    public int port() {
        return endpoint.getPort();
    }

    public long framesSent() {
        return framesSent.get();
    }

    /**
     * Sends an event to every channel subscribed to the topic. The body is built only when someone listens:
     * at 20,000 agents most changes have no subscriber on most topics.
     */
    public void publish(String canonicalTopic, Supplier<JsonNode> eventBody) {
        Set<EmChannel> subscribers = registry.subscribers(canonicalTopic);
        if (subscribers.isEmpty() || silent) {
            return;
        }
        String frame = Json.write(envelope(canonicalTopic, eventBody.get()));
        for (EmChannel channel : subscribers) {
            if (channel.send(frame)) {
                framesSent.incrementAndGet();
            }
        }
    }

    /** Fault: every socket is cut without a close handshake, as a network failure would. */
    public void dropAll() {
        for (EmChannel channel : registry.all()) {
            WebSocket socket = channel.socket();
            if (socket != null) {
                socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "connection dropped");
            }
        }
    }

    /** Fault: sends {@code v2.system.socket_closing} on every socket and closes each after the grace period. */
    public void announceClosing(Duration grace) {
        for (EmChannel channel : registry.all()) {
            WebSocket socket = channel.socket();
            if (socket == null || !socket.isOpen()) {
                continue;
            }
            ObjectNode body = Json.object();
            body.put("message", "WebSocket closing");
            body.put("channelId", channel.id());
            sendSystem(socket, "v2.system.socket_closing", body);
            timer.schedule(() -> socket.close(CloseFrame.GOING_AWAY, "socket closing"), grace.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Fault: sends a frame as given (broken JSON, unknown states) on every open socket. */
    public void broadcastRaw(String frame) {
        for (EmChannel channel : registry.all()) {
            channel.send(frame);
        }
    }

    /**
     * Fault: the sockets say nothing at all (heartbeats, pongs and events), as a half-open connection would, so
     * clients must notice the silence themselves; what is published meanwhile never arrives.
     */
    public void silent(boolean on) {
        silent = on;
    }

    public boolean silent() {
        return silent;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            endpoint.stop(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void heartbeat() {
        if (silent) {
            return;
        }
        String frame = Json.write(metadata("WebSocket Heartbeat"));
        for (EmChannel channel : registry.all()) {
            channel.send(frame);
        }
    }

    private void expireChannels() {
        try {
            registry.expire();
        } catch (RuntimeException e) {
            LOG.error("channel expiry sweep failed", e);
        }
    }

    private void channelRemoved(EmChannel channel, ChannelRegistry.Removal why) {
        WebSocket socket = channel.socket();
        if (socket == null || !socket.isOpen()) {
            return;
        }
        if (why == ChannelRegistry.Removal.EXPIRED) {
            ObjectNode body = Json.object();
            body.put("channelId", channel.id());
            body.put("systemTopicType", "no_longer_subscribed");
            body.put("message", "The channel expired");
            sendSystem(socket, "v2.system.no_longer_subscribed." + channel.id(), body);
        } else if (why == ChannelRegistry.Removal.TOKEN_REVOKED) {
            ObjectNode body = Json.object();
            body.put("channelId", channel.id());
            body.put("systemTopicType", "token_revoked");
            body.put("reason", "user_tokens_revoked");
            body.put("message", "The token of this channel was revoked");
            sendSystem(socket, "v2.system.token_revoked." + channel.id(), body);
        }
        socket.close(CloseFrame.NORMAL, why == ChannelRegistry.Removal.EXPIRED ? "channel expired" : "channel removed");
    }

    private void sendSystem(WebSocket socket, String topic, ObjectNode body) {
        if (socket.isOpen()) {
            socket.send(Json.write(envelope(topic, body)));
        }
    }

    static ObjectNode envelope(String topicName, JsonNode eventBody) {
        ObjectNode envelope = Json.object();
        envelope.put("topicName", topicName);
        envelope.put("version", "2");
        envelope.set("eventBody", eventBody);
        envelope.putObject("metadata").put("CorrelationId", UUID.randomUUID().toString());
        return envelope;
    }

    private static ObjectNode metadata(String message) {
        ObjectNode frame = Json.object();
        frame.put("topicName", "channel.metadata");
        frame.putObject("eventBody").put("message", message);
        return frame;
    }

    private final class Endpoint extends WebSocketServer {
        Endpoint(InetSocketAddress address) {
            super(address);
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
                ClientHandshake request) throws InvalidDataException {
            String path = request.getResourceDescriptor();
            String id = path.startsWith(CHANNEL_PATH) ? path.substring(CHANNEL_PATH.length()) : "";
            if (registry.find(id).isEmpty()) {
                // Java-WebSocket answers a refused handshake with HTTP 404, as Genesys does for an unknown channel.
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "No such channel: " + id);
            }
            return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            String id = handshake.getResourceDescriptor().substring(CHANNEL_PATH.length());
            EmChannel channel = registry.find(id).orElse(null);
            if (channel == null) {
                conn.close(CloseFrame.POLICY_VALIDATION, "No such channel");
                return;
            }
            conn.setAttachment(channel);
            registry.attached(channel);
            WebSocket previous = channel.attach(conn);
            if (previous != null && previous.isOpen()) {
                // "If you connect a second WebSocket with the same channel ID, the first WebSocket disconnects."
                previous.close(CloseFrame.NORMAL, "Another WebSocket connected to this channel");
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            registry.channelOf(conn).ifPresent(channel -> channel.detach(conn));
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode request;
            try {
                request = Json.parse(message);
            } catch (JsonProcessingException e) {
                conn.send("{\"result\":\"400\",\"status\":\"error\",\"message\":\"Malformed request\"}");
                return;
            }
            if ("ping".equals(request.path("message").asText())) {
                if (!silent) {
                    conn.send(Json.write(metadata("pong")));
                }
                return;
            }
            // Subscribing over the socket is not offered: Genesys' schema for it is undocumented; use REST.
            conn.send("{\"result\":\"400\",\"status\":\"error\",\"message\":\"Required data missing from request.\"}");
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                // The server itself failed (for instance the port is taken): let start() report it.
                startFailure = ex;
                started.countDown();
                return;
            }
            LOG.debug("streaming socket error: {}", ex.toString());
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
