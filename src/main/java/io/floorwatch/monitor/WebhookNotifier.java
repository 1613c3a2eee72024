package io.floorwatch.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.Alert;
import io.floorwatch.outbound.WebhookPoster;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Posts each alert that calls for attention to a Slack-compatible incoming webhook ({@code {"text", "blocks"}})
 * through a {@link WebhookPoster} (its own thread, retries, backoff), so a slow or failing endpoint never delays or
 * loses the alert on screen (which is already stored before this is told).
 */
public final class WebhookNotifier implements Consumer<AlertEvent>, AutoCloseable {
    private final Supplier<String> url;
    private final WebhookPoster poster;
    private final ObjectMapper json = JsonMappers.COMPACT;

    /**
     * @param url          read at each alert (the settings may change it); empty for no webhook
     * @param timeout      per request
     * @param attempts     tries per alert, the first included
     * @param firstBackoff the wait after the first failure, doubled after each further one
     */
    public WebhookNotifier(Supplier<String> url, Duration timeout, int attempts, Duration firstBackoff) {
        this.url = url;
        this.poster = new WebhookPoster("alert-webhook", timeout, attempts, firstBackoff);
    }

    /** The standard: 5 s per request, 4 tries, backoff from 1 s. */
    public static WebhookNotifier standard(Supplier<String> url) {
        return new WebhookNotifier(url, Duration.ofSeconds(5), 4, Duration.ofSeconds(1));
    }

    @Override
    public void accept(AlertEvent event) {
        if (event.calls()) {
            // As of the moment it called, not of the post: a retried post still says how long it had been.
            poster.post(url.get(), payload(event.alert(), event.alert().updatedAt()), event.alert().agentName());
        }
    }

    /** The Slack-compatible message for an alert: a plain {@code text} fallback and one section block. */
    String payload(Alert alert, Instant now) {
        ObjectNode message = json.createObjectNode();
        message.put("text", "Floorwatch alert: " + alert.headline(now));
        ArrayNode blocks = message.putArray("blocks");
        ObjectNode section = blocks.addObject();
        section.put("type", "section");
        ObjectNode text = section.putObject("text");
        text.put("type", "mrkdwn");
        ObjectNode context = blocks.addObject();
        context.put("type", "context");
        ObjectNode element = context.putArray("elements").addObject();
        element.put("type", "mrkdwn");
        if (alert.condition().aboutAnAgent()) {
            text.put("text", "*" + alert.condition().label() + "* for " + Alert.human(alert.inState(now)) + "\n"
                    + alert.agentName() + (alert.team().isEmpty() ? "" : " (" + alert.team() + ")") + "\nRule: "
                    + alert.ruleName() + ", raised " + alert.raisedAt());
            element.put("text", "agent " + alert.agentId() + " · alert " + alert.id());
        } else {
            // A drift or queue alert has no agent and no rule: it names what it is about and what was found.
            text.put("text", "*" + alert.condition().label() + "*\n" + alert.agentName() + ": " + alert.ruleName()
                    + "\nRaised " + alert.raisedAt());
            element.put("text", alert.agentId() + " · alert " + alert.id());
        }
        return message.toString();
    }

    public long sent() {
        return poster.sent();
    }

    public long failed() {
        return poster.failed();
    }

    /** The last failure, or empty once a post went through. */
    public String problem() {
        return poster.problem();
    }

    /** Posts what is queued (waiting at most {@code wait}), then stops: for a command line about to exit. */
    public void closeAfterSending(Duration wait) {
        poster.closeAfterSending(wait);
    }

    @Override
    public void close() {
        poster.close();
    }
}
