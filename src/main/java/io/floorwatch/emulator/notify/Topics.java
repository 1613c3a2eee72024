package io.floorwatch.emulator.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses subscription topics: validates them against the families the emulator publishes and expands a
 * combined topic ({@code v2.users.<id>?presence&routingStatus}) into the canonical per-suffix names that
 * events carry.
 */
public final class Topics {
    /** "A combined topic can contain up to 200 characters." */
    public static final int MAX_COMBINED_LENGTH = 200;

    private static final Pattern ENTITY = Pattern.compile("(v2\\.(?:users|routing\\.queues|analytics\\.queues|analytics\\.users|workforcemanagement\\.managementunits))\\.([A-Za-z0-9-]+)");
    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "v2.users", List.of("presence", "routingStatus", "activity", "conversations", "conversationsummary",
                    "calls", "chats", "emails", "messages", "callbacks", "station", "outofoffice", "geolocation"),
            "v2.routing.queues", List.of("users", "conversations"),
            "v2.analytics.queues", List.of("observations", "activity"),
            "v2.analytics.users", List.of("aggregates"),
            "v2.workforcemanagement.managementunits", List.of("adherence"));

    private Topics() {
    }

    /**
     * The canonical topic names a subscription covers.
     *
     * @throws IllegalArgumentException naming what is wrong with the topic
     */
    public static List<String> expand(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("Topic must not be empty");
        }
        int query = topic.indexOf('?');
        if (query >= 0) {
            if (topic.length() > MAX_COMBINED_LENGTH) {
                throw new IllegalArgumentException("Combined topic exceeds " + MAX_COMBINED_LENGTH + " characters: "
                        + topic.substring(0, 40) + "...");
            }
            Matcher entity = entity(topic.substring(0, query), topic);
            List<String> expanded = new ArrayList<>();
            for (String suffix : topic.substring(query + 1).split("&")) {
                expanded.add(entity.group(0) + "." + canonicalSuffix(entity.group(1), suffix, topic));
            }
            return List.copyOf(expanded);
        }
        int lastDot = topic.lastIndexOf('.');
        Matcher entity = entity(lastDot > 0 ? topic.substring(0, lastDot) : topic, topic);
        return List.of(entity.group(0) + "." + canonicalSuffix(entity.group(1), topic.substring(lastDot + 1), topic));
    }

    private static Matcher entity(String prefix, String topic) {
        Matcher matcher = ENTITY.matcher(prefix);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid topic " + topic);
        }
        return matcher;
    }

    private static String canonicalSuffix(String family, String suffix, String topic) {
        for (String known : SUFFIXES.get(family)) {
            if (known.equalsIgnoreCase(suffix)) {
                return known;
            }
        }
        throw new IllegalArgumentException("Invalid topic " + topic + ": unknown event '" + suffix + "'");
    }

    /** Topic names match case-insensitively; this is the key they are indexed under. */
    public static String key(String canonical) {
        return canonical.toLowerCase(Locale.ROOT);
    }
}
