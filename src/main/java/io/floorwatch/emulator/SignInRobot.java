package io.floorwatch.emulator;

import io.floorwatch.base.UrlForms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Plays the browser on the emulator's sign-in page: opens the authorize URL, posts the form with an email and a
 * password (or Cancel), and follows the redirect to the app's loopback listener, as a person's browser would. The
 * demo signs its window in this way (so that no browser opens for a demo), and tests sign people in with it.
 * Asynchronous: the listener it is redirected to answers only once the sign-in waits for it.
 */
public final class SignInRobot {
    /** What the sign-in page did: the status of the form post, and where it redirected (null if it did not). */
    public record Outcome(int formStatus, String location, String page) {
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();

    /** Signs in as {@code email}; the redirect, if any, is followed to the listener. */
    public CompletableFuture<Outcome> signIn(URI authorizeUri, String email, String password) {
        return post(authorizeUri, Map.of("email", email, "password", password, "signin", ""));
    }

    /** Presses Cancel on the sign-in page (the listener gets {@code error=access_denied}). */
    public CompletableFuture<Outcome> decline(URI authorizeUri) {
        return post(authorizeUri, Map.of("deny", ""));
    }

    private CompletableFuture<Outcome> post(URI authorizeUri, Map<String, String> typed) {
        HttpRequest page = HttpRequest.newBuilder(authorizeUri).timeout(Duration.ofSeconds(10)).GET().build();
        return http.sendAsync(page, HttpResponse.BodyHandlers.ofString()).thenCompose(shown -> {
            if (shown.statusCode() != 200) {
                return CompletableFuture.completedFuture(new Outcome(shown.statusCode(), null, shown.body()));
            }
            Map<String, String> form = new LinkedHashMap<>(UrlForms.parse(authorizeUri.getRawQuery()));
            form.putAll(typed);
            HttpRequest submit = HttpRequest.newBuilder(authorizeUri.resolve("/oauth/authorize"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(UrlForms.encode(form))).build();
            return http.sendAsync(submit, HttpResponse.BodyHandlers.ofString()).thenCompose(this::follow);
        });
    }

    private CompletableFuture<Outcome> follow(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElse(null);
        Outcome outcome = new Outcome(posted.statusCode(), location, posted.body());
        if (posted.statusCode() != 302 || location == null) {
            return CompletableFuture.completedFuture(outcome);
        }
        HttpRequest redirect = HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(30)).GET()
                .build();
        return http.sendAsync(redirect, HttpResponse.BodyHandlers.ofString()).thenApply(r -> outcome);
    }
}
