package io.floorwatch.genesys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes notification frames ({@code {topicName, version, eventBody, metadata}}) into domain events: a pure
 * function of the frame and the clock (for events that carry no time of their own). Topic names are matched
 * without regard to case, as the SDK does; presence is read in its event spelling (UPPER_SNAKE).
 */
public final class NotificationDecoder {
    private static final String USERS = "v2.users.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public NotificationDecoder(Clock clock) {
        this.clock = clock;
    }

    public Notification decode(String frame) {
        JsonNode root;
        try {
            root = JSON.readTree(frame);
        } catch (JsonProcessingException e) {
            return new Notification.Malformed("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new Notification.Malformed("not a JSON object");
        }
        String topic = root.path("topicName").asText("");
        if (topic.isEmpty()) {
            return new Notification.Malformed("no topicName");
        }
        JsonNode body = root.path("eventBody");
        String lower = topic.toLowerCase(Locale.ROOT);
        if (lower.equals("channel.metadata")) {
            String message = body.path("message").asText("");
            return "pong".equalsIgnoreCase(message) ? new Notification.Pong() : new Notification.Heartbeat();
        }
        if (!body.isObject()) {
            return new Notification.Malformed("no eventBody object on " + topic);
        }
        if (lower.startsWith("v2.system.")) {
            return system(lower, body);
        }
        if (lower.startsWith(USERS)) {
            return user(topic, lower, body);
        }
        return new Notification.Other(topic);
    }

    private static Notification system(String lower, JsonNode body) {
        String channelId = body.path("channelId").asText(null);
        if (lower.equals("v2.system.socket_closing")) {
            return new Notification.SocketClosing();
        }
        if (lower.startsWith("v2.system.no_longer_subscribed")) {
            return new Notification.NoLongerSubscribed(channelId);
        }
        if (lower.startsWith("v2.system.token_revoked")) {
            return new Notification.TokenRevoked(channelId);
        }
        return new Notification.Other(lower);
    }

    private Notification user(String topic, String lower, JsonNode body) {
        int dot = lower.lastIndexOf('.');
        String userId = topic.substring(USERS.length(), Math.max(USERS.length(), dot));
        if (userId.isEmpty()) {
            return new Notification.Malformed("no user id in topic " + topic);
        }
        String suffix = lower.substring(dot + 1);
        try {
            return switch (suffix) {
                case "presence" -> new Notification.StateChanges(List.of(presence(userId, body)));
                case "routingstatus" -> new Notification.StateChanges(
                        List.of(routing(userId, body.path("routingStatus"))));
                case "activity" -> activity(userId, body);
                default -> new Notification.Other(topic);
            };
        } catch (IllegalArgumentException e) {
            return new Notification.Malformed(e.getMessage() + " in " + topic);
        }
    }

    private Notification activity(String userId, JsonNode body) {
        List<AgentStateEvent> events = new ArrayList<>(2);
        if (body.path("presence").isObject()) {
            events.add(presence(userId, body.path("presence")));
        }
        if (body.path("routingStatus").isObject()) {
            events.add(routing(userId, body.path("routingStatus")));
        }
        if (events.isEmpty()) {
            return new Notification.Malformed("activity event without presence or routingStatus for " + userId);
        }
        return new Notification.StateChanges(events);
    }

    private AgentStateEvent presence(String userId, JsonNode body) {
        JsonNode definition = body.path("presenceDefinition");
        String spelled = definition.path("systemPresence").asText(null);
        if (spelled == null) {
            throw new IllegalArgumentException("no presenceDefinition.systemPresence");
        }
        SystemPresence presence = PresenceSpelling.fromEvent(spelled)
                .orElseThrow(() -> new IllegalArgumentException("unknown systemPresence '" + spelled + "'"));
        return AgentStateEvent.presence(userId, presence, definition.path("id").asText(null),
                time(body.path("modifiedDate"), "modifiedDate"));
    }

    private AgentStateEvent routing(String userId, JsonNode routing) {
        String status = routing.path("status").asText(null);
        if (status == null) {
            throw new IllegalArgumentException("no routingStatus.status");
        }
        RoutingStatus known = WireMapper.knownRoutingStatus(status.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("unknown routing status '" + status + "'"));
        return AgentStateEvent.routing(userId, known, time(routing.path("startTime"), "startTime"));
    }

    /** The event's own time; events without one (the official presence example has none) take the receive time. */
    private Instant time(JsonNode value, String field) {
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return clock.instant();
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable " + field + " '" + value.asText() + "'");
        }
    }
}
