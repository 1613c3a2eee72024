package io.floorwatch.config;

import io.floorwatch.domain.AlertRule;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How alerts behave: the rules, the debounce, and where alerts go besides the screen.
 *
 * @param rules          the rules, in the order they are tried (see {@link AlertRule})
 * @param minDwellSeconds a state must hold this long before it can alert at all, so a blip never does
 * @param reopenSeconds  an alert that cleared less than this ago comes back as the same alert (counted as
 *                       reopened, no new toast) when the agent returns to the state: a flapping agent makes one
 *                       alert, not a storm
 * @param sound          play a short sound when an alert rises
 * @param webhookUrl     a Slack-compatible incoming webhook to post each new alert to; empty for none
 * @param interactionRulesOffered whether the interaction rules ({@link AlertRule#interactionDefaults()}) were
 *                       added: settings from before they existed read false and get them once
 * @param adherenceRulesOffered the same for the adherence rules ({@link AlertRule#adherenceDefaults()})
 */
public record AlertSettings(List<AlertRule> rules, int minDwellSeconds, int reopenSeconds, boolean sound,
        String webhookUrl, boolean interactionRulesOffered, boolean adherenceRulesOffered) {
    public static final int DEFAULT_MIN_DWELL_SECONDS = 5;
    public static final int DEFAULT_REOPEN_SECONDS = 120;

    public AlertSettings {
        rules = rules == null ? AlertRule.defaults() : List.copyOf(rules);
        if (!interactionRulesOffered) {
            rules = offered(rules, AlertRule.interactionDefaults());
            interactionRulesOffered = true;
        }
        if (!adherenceRulesOffered) {
            rules = offered(rules, AlertRule.adherenceDefaults());
            adherenceRulesOffered = true;
        }
        webhookUrl = webhookUrl == null ? "" : webhookUrl.trim();
        if (minDwellSeconds < 0 || minDwellSeconds > 3600) {
            throw new IllegalArgumentException("the minimum dwell must be 0 to 3600 s, not " + minDwellSeconds);
        }
        if (reopenSeconds < 0 || reopenSeconds > 3600) {
            throw new IllegalArgumentException("the reopen window must be 0 to 3600 s, not " + reopenSeconds);
        }
        webhookProblem(webhookUrl).ifPresent(problem -> {
            throw new IllegalArgumentException("webhook URL: " + problem);
        });
    }

    public AlertSettings(List<AlertRule> rules, int minDwellSeconds, int reopenSeconds, boolean sound,
            String webhookUrl) {
        this(rules, minDwellSeconds, reopenSeconds, sound, webhookUrl, true, true);
    }

    /** The rules with the newly offered ones added at the end, but for any the rules already have. */
    private static List<AlertRule> offered(List<AlertRule> rules, List<AlertRule> newlyOffered) {
        List<AlertRule> added = new ArrayList<>(rules);
        newlyOffered.stream().filter(r -> added.stream().noneMatch(held -> held.condition() == r.condition()
                && held.name().equals(r.name()))).forEach(added::add);
        return List.copyOf(added);
    }

    public static AlertSettings defaults() {
        return new AlertSettings(AlertRule.defaults(), DEFAULT_MIN_DWELL_SECONDS, DEFAULT_REOPEN_SECONDS, false, "");
    }

    public AlertSettings withRules(List<AlertRule> newRules) {
        return new AlertSettings(newRules, minDwellSeconds, reopenSeconds, sound, webhookUrl);
    }

    /** The same rules with the chime and the webhook as given. */
    public AlertSettings withOutlets(boolean newSound, String newWebhookUrl) {
        return new AlertSettings(rules, minDwellSeconds, reopenSeconds, newSound, newWebhookUrl);
    }

    /** Why a webhook URL cannot be used, or empty when it can (an empty URL means no webhook). */
    public static Optional<String> webhookProblem(String url) {
        String value = url == null ? "" : url.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of("'" + value + "' is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of("'" + value + "' is not an http(s) URL with a host");
        }
        boolean loopback = uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost");
        if (scheme.equals("http") && !loopback) {
            return Optional.of("use https; plain http only reaches a receiver on this machine");
        }
        return Optional.empty();
    }
}
