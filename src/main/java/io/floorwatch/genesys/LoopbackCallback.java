package io.floorwatch.genesys;

import io.floorwatch.base.UrlForms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The one-shot listener the browser is redirected to after sign-in (RFC 8252 section 7.3): bound to the loopback
 * address only, it answers one request to {@value #PATH} with a page that says the tab may be closed, and then
 * closes. Other paths (a browser's favicon) get 404 and the wait goes on; a connection from anywhere but loopback
 * is dropped unanswered. {@link #close()} from another thread cancels a wait.
 */
public final class LoopbackCallback implements AutoCloseable {
    public static final String PATH = "/oauth/callback";
    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private final ServerSocket server;
    private volatile boolean cancelled;

    /** What came back on the redirect: a code, or the OAuth error Genesys sent instead; and the state either way. */
    public record Result(Optional<String> code, Optional<String> error, Optional<String> errorDescription,
            Optional<String> state) {
    }

    /** The wait ended without a redirect: timed out, or cancelled. */
    public static final class Ended extends Exception {
        private final boolean cancelled;

        Ended(boolean cancelled, String message) {
            super(message);
            this.cancelled = cancelled;
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    private LoopbackCallback(ServerSocket server) {
        this.server = server;
    }

    /**
     * Binds {@code 127.0.0.1:port} (0 picks a free port, for tests).
     *
     * @throws IOException with a message that names the port when it is taken
     */
    public static LoopbackCallback open(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            // The platform's default reuse setting: on Linux and macOS it lets the next sign-in bind the port while
            // the last one's connection lingers in TIME_WAIT, and never lets two programs listen on it at once.
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        } catch (BindException e) {
            server.close();
            throw new IOException("Port " + port + " on 127.0.0.1 is in use by another program, so the sign-in "
                    + "cannot receive its answer there: close that program or choose another redirect port (and "
                    + "register http://127.0.0.1:<port>" + PATH + " for the OAuth client)", e);
        }
        return new LoopbackCallback(server);
    }

    /** The address the listener is bound to: always a loopback address. */
    public InetAddress boundAddress() {
        return server.getInetAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The redirect URI to register and to send: {@code http://127.0.0.1:<port>/oauth/callback}. */
    public String redirectUri() {
        return "http://127.0.0.1:" + port() + PATH;
    }

    /** Waits for the redirect, at most {@code timeout}. */
    public Result await(Duration timeout, Clock clock) throws Ended {
        Instant deadline = clock.instant().plus(timeout);
        try {
            while (true) {
                long left = Duration.between(clock.instant(), deadline).toMillis();
                if (left <= 0) {
                    throw new Ended(false, "No answer from the browser within " + timeout.toSeconds()
                            + " s: the sign-in was not completed");
                }
                server.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
                try (Socket socket = server.accept()) {
                    if (!socket.getInetAddress().isLoopbackAddress()) {
                        continue;
                    }
                    Optional<Result> result = answer(socket);
                    if (result.isPresent()) {
                        return result.get();
                    }
                } catch (SocketTimeoutException e) {
                    // loop: the deadline check above ends the wait
                }
            }
        } catch (SocketException e) {
            throw new Ended(cancelled, cancelled ? "Sign-in cancelled" : "The sign-in listener stopped: " + e.getMessage());
        } catch (IOException e) {
            throw new Ended(false, "The sign-in listener failed: " + e.getMessage());
        } finally {
            close();
        }
    }

    /** Reads one request; answers it; the redirect's parameters if it was the callback. */
    private static Optional<Result> answer(Socket socket) throws IOException {
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String requestLine = in.readLine();
        OutputStream out = socket.getOutputStream();
        String[] parts = requestLine == null ? new String[0] : requestLine.split(" ");
        if (parts.length < 2 || !parts[0].equals("GET")) {
            respond(out, 400, "Bad request", "This address only takes the sign-in's redirect.");
            return Optional.empty();
        }
        URI target;
        try {
            target = URI.create(parts[1]);
        } catch (IllegalArgumentException e) {
            respond(out, 400, "Bad request", "This address only takes the sign-in's redirect.");
            return Optional.empty();
        }
        if (!PATH.equals(target.getPath())) {
            respond(out, 404, "Not found", "This address only takes the sign-in's redirect.");
            return Optional.empty();
        }
        Map<String, String> query = UrlForms.parse(target.getRawQuery());
        Result result = new Result(Optional.ofNullable(query.get("code")), Optional.ofNullable(query.get("error")),
                Optional.ofNullable(query.get("error_description")), Optional.ofNullable(query.get("state")));
        if (result.code().isPresent()) {
            respond(out, 200, "Signed in to Floorwatch", "You may close this tab and return to Floorwatch.");
        } else {
            respond(out, 200, "Sign-in not completed", "Genesys Cloud did not sign you in ("
                    + result.error().orElse("no code") + "). You may close this tab; Floorwatch says what to do.");
        }
        return Optional.of(result);
    }

    private static void respond(OutputStream out, int status, String title, String text) throws IOException {
        String body = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<h1>" + title + "</h1><p>" + text + "</p></body></html>\n";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : status == 404 ? " Not Found" : " Bad Request")
                + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + bytes.length
                + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** Stops listening; a wait in progress ends as cancelled. */
    @Override
    public void close() {
        cancelled = true;
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not close the sign-in listener", e);
        }
    }
}
