package io.floorwatch.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where notices of Floorwatch's writes go (for WFM or workflow systems): each queue created, edited or reverted,
 * each skill change, each batch of agent actions. The signing secret is not here: it lives in the keychain (see
 * {@link NoticeSecret}).
 *
 * @param changeWebhookUrl a URL that takes a JSON POST; empty for none
 * @param headers          extra headers on every notice (for routing at the receiver), name to value
 */
public record NoticeSettings(String changeWebhookUrl, Map<String, String> headers) {
    /** Headers Floorwatch sets itself, or that HTTP forbids a client to set. */
    private static final Set<String> RESERVED = Set.of("content-type", "content-length", "host", "connection",
            "expect", "upgrade", "x-floorwatch-event", "x-floorwatch-delivery", "x-floorwatch-signature-256");

    public NoticeSettings {
        changeWebhookUrl = changeWebhookUrl == null ? "" : changeWebhookUrl.trim();
        AlertSettings.webhookProblem(changeWebhookUrl).ifPresent(problem -> {
            throw new IllegalArgumentException("change webhook URL: " + problem);
        });
        Map<String, String> kept = new LinkedHashMap<>();
        (headers == null ? Map.<String, String>of() : headers).forEach((name, value) -> {
            headerProblem(name, value).ifPresent(problem -> {
                throw new IllegalArgumentException("change notice header: " + problem);
            });
            kept.put(name.trim(), value.trim());
        });
        headers = java.util.Collections.unmodifiableMap(kept);
    }

    /** A notice URL with no extra headers, as files from before headers have it. */
    public NoticeSettings(String changeWebhookUrl) {
        this(changeWebhookUrl, Map.of());
    }

    public static NoticeSettings none() {
        return new NoticeSettings("");
    }

    /** Why a header cannot be sent, or empty when it can. */
    public static Optional<String> headerProblem(String name, String value) {
        String n = name == null ? "" : name.trim();
        if (!n.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            return Optional.of("'" + n + "' is not a header name (letters, digits and - only, no spaces)");
        }
        if (RESERVED.contains(n.toLowerCase(Locale.ROOT))) {
            return Optional.of(n + " is set by Floorwatch itself");
        }
        if (value == null || value.trim().isEmpty() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            return Optional.of(n + " needs a value on one line");
        }
        return Optional.empty();
    }
}
