package io.floorwatch.base;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Says what went wrong in words a supervisor can act on. Java's own messages often name nothing ("Input length =
 * 1" for a binary file, {@code null} for a refused connection), so the cause is read from the exception's type,
 * looking through its causes (the HTTP client wraps the socket's exception).
 */
public final class IoProblems {
    private IoProblems() {
    }

    /** Why a network call got no answer: "connection refused", "unknown host x", "timed out", ... */
    public static String network(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "unknown host" + (cause.getMessage() == null ? "" : " " + cause.getMessage());
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "timed out while connecting";
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "timed out waiting for an answer";
            }
            if (cause instanceof ConnectException) {
                return "connection refused (nothing answers at that address and port)";
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to the host";
            }
            if (cause instanceof javax.net.ssl.SSLException) {
                return "the secure connection failed (" + text(cause) + ")";
            }
        }
        return text(error);
    }

    /** Why a text file could not be read, naming the file: not UTF-8 text, missing, not allowed, ... */
    public static String textFile(Path file, IOException error) {
        if (error instanceof CharacterCodingException) {
            return "Cannot read " + file + ": it is not UTF-8 text (a binary file, or another encoding?)";
        }
        if (error instanceof NoSuchFileException) {
            return "Cannot read " + file + ": there is no such file";
        }
        if (error instanceof AccessDeniedException) {
            return "Cannot read " + file + ": permission denied";
        }
        return "Cannot read " + file + ": " + text(error);
    }

    private static String text(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
