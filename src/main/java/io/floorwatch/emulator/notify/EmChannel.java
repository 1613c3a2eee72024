package io.floorwatch.emulator.notify;

import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One notification channel: its owner, expiry, subscribed topics and (at most) one open socket. */
public final class EmChannel {
    private final String id;
    private final String clientId;
    private final String token;
    private final String connectUri;
    private Instant expires;
    private Instant lastUsed;
    /** Topic as subscribed (combined topics stay whole) to the canonical names it expands to. */
    private final Map<String, List<String>> topics = new LinkedHashMap<>();
    private volatile WebSocket socket;

    EmChannel(String id, String clientId, String token, String connectUri, Instant expires, Instant created) {
        this.id = id;
        this.clientId = clientId;
        this.token = token;
        this.connectUri = connectUri;
        this.expires = expires;
        this.lastUsed = created;
    }

    public String id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String token() {
        return token;
    }

    public String connectUri() {
        return connectUri;
    }

    public synchronized Instant expires() {
        return expires;
    }

    synchronized void renew(Instant newExpiry) {
        expires = newExpiry;
    }

    public synchronized Instant lastUsed() {
        return lastUsed;
    }

    synchronized void touch(Instant at) {
        lastUsed = at;
    }

    public synchronized Map<String, List<String>> topics() {
        return new LinkedHashMap<>(topics);
    }

    synchronized Map<String, List<String>> topicsView() {
        return topics;
    }

    public WebSocket socket() {
        return socket;
    }

    WebSocket attach(WebSocket newSocket) {
        WebSocket old = socket;
        socket = newSocket;
        return old;
    }

    void detach(WebSocket closing) {
        if (socket == closing) {
            socket = null;
        }
    }

    public boolean connected() {
        WebSocket s = socket;
        return s != null && s.isOpen();
    }

    /** Sends a frame if a socket is open; false when the event had nowhere to go (as with real Genesys). */
    boolean send(String text) {
        WebSocket s = socket;
        if (s == null || !s.isOpen()) {
            return false;
        }
        try {
            s.send(text);
            return true;
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            return false;
        }
    }
}
