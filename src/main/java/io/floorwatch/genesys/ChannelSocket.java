package io.floorwatch.genesys;

import org.java_websocket.client.WebSocketClient;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.function.Consumer;

/**
 * One notification socket: Java-WebSocket with TCP_NODELAY (a state change is one small frame; Nagle would
 * hold it back) and without the library's own ping, because the pool runs Genesys' application-level ping and a
 * heartbeat watchdog instead.
 */
final class ChannelSocket extends WebSocketClient {
    /** What the pool hears from this socket. */
    interface Events {
        void frame(ChannelSocket socket, String frame);

        void closed(ChannelSocket socket, int code, String reason, boolean remote);
    }

    private final Events events;
    private volatile boolean retired;

    ChannelSocket(URI uri, Events events) {
        super(uri);
        this.events = events;
        setTcpNoDelay(true);
        setConnectionLostTimeout(0);
    }

    /** Marks the socket as replaced: its close is expected and starts no reconnect. */
    void retire() {
        retired = true;
    }

    /** Closes a socket whose close must start no reconnect (replaced, silent, revoked, or the pool closing). */
    void retireAndClose() {
        retire();
        close();
    }

    boolean retired() {
        return retired;
    }

    boolean sendIfOpen(String text, Consumer<RuntimeException> failed) {
        if (!isOpen()) {
            return false;
        }
        try {
            send(text);
            return true;
        } catch (WebsocketNotConnectedException e) {
            failed.accept(e);
            return false;
        }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        // The pool learns of the open from connectBlocking's result.
    }

    @Override
    public void onMessage(String message) {
        events.frame(this, message);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        events.closed(this, code, reason, remote);
    }

    @Override
    public void onError(Exception ex) {
        // Java-WebSocket calls onClose after every error that ends the connection; the pool reacts there.
        LoggerFactory.getLogger(ChannelSocket.class).debug("socket error on {}: {}", getURI(),
                ex.toString());
    }
}
