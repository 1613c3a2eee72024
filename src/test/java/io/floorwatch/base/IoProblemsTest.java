package io.floorwatch.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IoProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aBinaryFileIsCalledNotUtf8TextInsteadOfInputLength() throws Exception {
        Path garbage = dir.resolve("garbage.csv");
        Files.write(garbage, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x01});
        IOException error = catchThrowableOfType(() -> Files.readString(garbage, StandardCharsets.UTF_8),
                IOException.class);

        assertThat(error.getMessage()).as("what Java says by itself").contains("Input length");
        assertThat(IoProblems.textFile(garbage, error)).contains(garbage.toString()).contains("not UTF-8 text")
                .doesNotContain("Input length");
    }

    @Test
    void aMissingFileIsCalledMissing() {
        Path none = dir.resolve("none.csv");
        IOException error = catchThrowableOfType(() -> Files.readString(none), IOException.class);
        assertThat(IoProblems.textFile(none, error)).isEqualTo("Cannot read " + none + ": there is no such file");
    }

    @Test
    void aClosedPortIsCalledConnectionRefusedInsteadOfNull() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HttpClient http = HttpClient.newHttpClient();
        IOException error = catchThrowableOfType(() -> http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + closed + "/oauth/token")).build(),
                HttpResponse.BodyHandlers.discarding()), IOException.class);

        assertThat(IoProblems.network(error)).startsWith("connection refused");
    }

    @Test
    void unknownHostsAndTimeoutsAreNamed() {
        assertThat(IoProblems.network(new IOException(new UnknownHostException("api.example.invalid"))))
                .isEqualTo("unknown host api.example.invalid");
        assertThat(IoProblems.network(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo("timed out while connecting");
        assertThat(IoProblems.network(new HttpTimeoutException("request timed out")))
                .isEqualTo("timed out waiting for an answer");
        assertThat(IoProblems.network(new IOException())).isEqualTo("IOException");
    }
}
