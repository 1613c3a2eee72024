package io.floorwatch.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.config.NoticeSettings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Notices of Floorwatch's writes to the change webhook, so a WFM or workflow system can trust and route them:
 * each one gets a delivery id (in the body and {@code X-Floorwatch-Delivery}), its event name in
 * {@code X-Floorwatch-Event}, an HMAC-SHA256 of the exact body under the shared secret in
 * {@code X-Floorwatch-Signature-256: sha256=<hex>} when a secret is set, and the configured extra headers. Sent with
 * tries and backoff by a {@link WebhookPoster}; the last {@value #KEPT} deliveries are kept with their outcome.
 */
public final class ChangeNotices implements AutoCloseable {
    public static final int KEPT = 100;
    public static final String SIGNATURE_HEADER = "X-Floorwatch-Signature-256";
    public static final String DELIVERY_HEADER = "X-Floorwatch-Delivery";
    public static final String EVENT_HEADER = "X-Floorwatch-Event";
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    /** One notice and how its delivery went; {@code outcome} is "sending" until it ends. */
    public record Delivery(String id, String event, String what, Instant at, boolean signed, String outcome) {
        Delivery ended(String how) {
            return new Delivery(id, event, what, at, signed, how);
        }
    }

    private final Supplier<NoticeSettings> settings;
    private final Supplier<Optional<String>> secret;
    private final Clock clock;
    private final WebhookPoster poster;
    private final Deque<Delivery> recent = new ArrayDeque<>();

    /**
     * @param settings read at each notice (Settings may change the URL and headers)
     * @param secret   read at each notice; empty sends it unsigned
     */
    public ChangeNotices(Supplier<NoticeSettings> settings, Supplier<Optional<String>> secret, Clock clock) {
        this(settings, secret, clock, new WebhookPoster("change-webhook", Duration.ofSeconds(5), 4,
                Duration.ofSeconds(1)));
    }

    ChangeNotices(Supplier<NoticeSettings> settings, Supplier<Optional<String>> secret, Clock clock,
            WebhookPoster poster) {
        this.settings = settings;
        this.secret = secret;
        this.clock = clock;
        this.poster = poster;
    }

    /**
     * Sends {@code notice} (a JSON object with its {@code event}) with a new delivery id; {@code what} names it in
     * the list of deliveries. Returns the delivery id, or empty when no webhook is set.
     */
    public Optional<String> send(String notice, String what) {
        NoticeSettings now = settings.get();
        if (now.changeWebhookUrl().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body;
        try {
            if (!(JSON.readTree(notice) instanceof ObjectNode object)) {
                throw new IllegalArgumentException("a change notice must be a JSON object, not " + notice);
            }
            body = object;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a change notice must be JSON: " + e.getOriginalMessage(), e);
        }
        String id = UUID.randomUUID().toString();
        body.put("deliveryId", id);
        String event = body.path("event").asText("");
        String json = body.toString();
        Map<String, String> headers = new LinkedHashMap<>(now.headers());
        headers.put(EVENT_HEADER, event);
        headers.put(DELIVERY_HEADER, id);
        Optional<String> key = secret.get();
        key.ifPresent(k -> headers.put(SIGNATURE_HEADER, "sha256=" + sign(k, json)));
        Delivery delivery = new Delivery(id, event, what, clock.instant(), key.isPresent(), "sending");
        remember(delivery);
        poster.post(now.changeWebhookUrl(), json, what, headers, outcome -> replace(delivery.ended(
                outcome.delivered() ? "delivered (" + outcome.detail() + tries(outcome.attempts()) + ")"
                        : outcome.status() / 100 == 4 && outcome.status() != 429 ? "refused (" + outcome.detail() + ")"
                        : "failed after " + outcome.attempts() + (outcome.attempts() == 1 ? " try" : " tries")
                                + " (" + outcome.detail() + ")")));
        return Optional.of(id);
    }

    private static String tries(int attempts) {
        return attempts == 1 ? "" : ", try " + attempts;
    }

    /** The HMAC-SHA256 of {@code body} under {@code secret}, in lower-case hex: what a receiver recomputes. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private synchronized void remember(Delivery delivery) {
        recent.addFirst(delivery);
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
    }

    private synchronized void replace(Delivery ended) {
        List<Delivery> all = List.copyOf(recent);
        recent.clear();
        for (Delivery d : all) {
            recent.addLast(d.id().equals(ended.id()) ? ended : d);
        }
    }

    /** The last {@value #KEPT} deliveries, newest first. */
    public synchronized List<Delivery> recent() {
        return List.copyOf(recent);
    }

    /** The last failure, or empty once a notice went through. */
    public String problem() {
        return poster.problem();
    }

    /** Sends what is queued (waiting at most {@code wait}), then stops: for a command line about to exit. */
    public void closeAfterSending(Duration wait) {
        poster.closeAfterSending(wait);
    }

    @Override
    public void close() {
        poster.close();
    }
}
