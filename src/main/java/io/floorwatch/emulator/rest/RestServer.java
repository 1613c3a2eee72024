package io.floorwatch.emulator.rest;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Owns the Jetty server that carries the HTTP front; header names go out exactly as the front spells them. */
final class RestServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    RestServer(String host, int port, ApiFront front) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("emulator-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(true);
        connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Bridge(front));
    }

    void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("emulator HTTP server could not start: " + e.getMessage(), e);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("emulator HTTP server did not stop cleanly", e);
        }
    }

    private static final class Bridge extends Handler.Abstract {
        private final ApiFront front;

        Bridge(ApiFront front) {
            this.front = front;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String body = Content.Source.asString(request, StandardCharsets.UTF_8);
            HttpFields headers = request.getHeaders();
            Exchange exchange = new Exchange(request.getMethod(), request.getHttpURI().getPath(),
                    request.getHttpURI().getQuery(), headers::get, body);
            HttpReply reply = front.handle(exchange);
            response.setStatus(reply.status);
            for (String[] header : reply.headers) {
                response.getHeaders().add(header[0], header[1]);
            }
            if (reply.body == null || "HEAD".equals(request.getMethod())) {
                response.getHeaders().put("Content-Length", "0");
                response.write(true, ByteBuffer.allocate(0), callback);
            } else {
                Content.Sink.write(response, true, reply.body, callback);
            }
            return true;
        }
    }
}
