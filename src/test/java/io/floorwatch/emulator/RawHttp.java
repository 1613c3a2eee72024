package io.floorwatch.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bare HTTP/1.1 client on a socket, so tests see header names exactly as the server spelt them (every
 * library client normalises or hides their case).
 */
final class RawHttp {
    record Response(int status, List<String> headerLines, String body) {
        /** The header line whose name matches exactly, case included. */
        String exactHeader(String name) {
            return headerLines.stream().filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1)
                    .trim()).findFirst().orElse(null);
        }

        boolean hasHeaderIgnoringCase(String name) {
            return headerLines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT)
                    .startsWith(name.toLowerCase(Locale.ROOT) + ":"));
        }
    }

    private RawHttp() {
    }

    static Response send(String baseUrl, String method, String path, List<String> headers, String body)
            throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder();
            request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            request.append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
            request.append("Connection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, split).split("\r\n");
            List<String> lines = new ArrayList<>(List.of(head).subList(1, head.length));
            int status = Integer.parseInt(head[0].split(" ")[1]);
            String rest = text.substring(split + 4);
            boolean chunked = lines.stream().anyMatch(l -> l.equalsIgnoreCase("Transfer-Encoding: chunked"));
            return new Response(status, lines, chunked ? unchunk(rest) : rest);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
