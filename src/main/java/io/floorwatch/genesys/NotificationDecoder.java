package io.floorwatch.genesys;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes notification frames ({@code {topicName, version, eventBody, metadata}}) into domain events: a pure
 * function of the frame and the clock (for events that carry no time of their own). Agents' presence, routing
 * status and activity become state events, their conversations interaction events ({@link ConversationEvents}),
 * queues' observations queue observations. Topic names are matched
 * without regard to case, as the SDK does; presence is read in its event spelling (UPPER_SNAKE).
 *
 * <p>The frame is read in one streaming pass that keeps only the fields any topic needs, in whatever order they
 * come; no tree is built for agent states (conversations and queue observations, far fewer, read theirs as trees). At tens of thousands of events a second this leaves the CPU to the history writer.
 */
public final class NotificationDecoder {
    private static final String USERS = "v2.users.";
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = JsonMappers.COMPACT;
    private static final String QUEUES = "v2.analytics.queues.";
    private static final String UNITS = "v2.workforcemanagement.managementunits.";
    private static final String ADHERENCE = ".adherence";

    private final Clock clock;

    public NotificationDecoder(Clock clock) {
        this.clock = clock;
    }

    /** What one frame said, field by field (null where absent). */
    private static final class Frame {
        String topic;
        boolean topicNotText;
        boolean hasBody;
        String message;
        String channelId;
        String definitionId;
        String systemPresence;
        String modifiedDate;
        boolean hasPresence;
        String presenceDefinitionId;
        String presenceSystemPresence;
        String presenceModifiedDate;
        boolean hasRouting;
        String routingStatus;
        String routingStartTime;
        /** Queue observations only: their group and data, read as trees (at most one a second per queue). */
        JsonNode group;
        JsonNode data;
        /** Conversations only: the conversation's id and its participants, read as a tree. */
        String id;
        JsonNode participants;
        /** Adherence only: the fields of a management unit's adherence event, gathered as they come. */
        ObjectNode adherence;

        ObjectNode adherence() {
            if (adherence == null) {
                adherence = TREES.createObjectNode();
            }
            return adherence;
        }
    }

    public Notification decode(String text) {
        Frame frame = new Frame();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Notification.Malformed("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("topicName".equals(name)) {
                    frame.topic = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    frame.topicNotText = value != JsonToken.VALUE_STRING;
                } else if ("eventBody".equals(name) && value == JsonToken.START_OBJECT) {
                    frame.hasBody = true;
                    readBody(parser, frame);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return new Notification.Malformed("not JSON: " + reason);
        }
        return interpret(frame);
    }

    private static void readBody(JsonParser parser, Frame frame) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "message" -> frame.message = text(parser, value);
                case "group" -> frame.group = TREES.readTree(parser);
                case "data" -> frame.data = TREES.readTree(parser);
                case "channelId" -> frame.channelId = text(parser, value);
                case "id" -> frame.id = text(parser, value);
                case "participants" -> frame.participants = TREES.readTree(parser);
                case "user", "managementUnitId", "scheduledActivityCategory", "scheduledActivityCode",
                        "actualActivityCategory", "adherenceState", "impact", "adherenceChangeTime",
                        "removedFromManagementUnit" -> frame.adherence().set(name, TREES.readTree(parser));
                case "modifiedDate" -> frame.modifiedDate = text(parser, value);
                case "presenceDefinition" -> {
                    String[] definition = definition(parser, value);
                    frame.definitionId = definition[0];
                    frame.systemPresence = definition[1];
                }
                case "presence" -> {
                    if (value == JsonToken.START_OBJECT) {
                        frame.hasPresence = true;
                        readNestedPresence(parser, frame);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "routingStatus" -> {
                    if (value == JsonToken.START_OBJECT) {
                        frame.hasRouting = true;
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            JsonToken inner = parser.nextToken();
                            if ("status".equals(field)) {
                                frame.routingStatus = text(parser, inner);
                            } else if ("startTime".equals(field)) {
                                frame.routingStartTime = text(parser, inner);
                            } else {
                                parser.skipChildren();
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
    }

    private static void readNestedPresence(JsonParser parser, Frame frame) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("presenceDefinition".equals(name)) {
                String[] definition = definition(parser, value);
                frame.presenceDefinitionId = definition[0];
                frame.presenceSystemPresence = definition[1];
            } else if ("modifiedDate".equals(name)) {
                frame.presenceModifiedDate = text(parser, value);
            } else {
                parser.skipChildren();
            }
        }
    }

    /** {id, systemPresence} of a presence definition object. */
    private static String[] definition(JsonParser parser, JsonToken value) throws IOException {
        String[] definition = new String[2];
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return definition;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken inner = parser.nextToken();
            if ("id".equals(name)) {
                definition[0] = text(parser, inner);
            } else if ("systemPresence".equals(name)) {
                definition[1] = text(parser, inner);
            } else {
                parser.skipChildren();
            }
        }
        return definition;
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            parser.skipChildren();
            return null;
        }
        return value == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    private Notification interpret(Frame frame) {
        String topic = frame.topic;
        if (topic == null || topic.isEmpty()) {
            return new Notification.Malformed(frame.topicNotText ? "topicName is not text" : "no topicName");
        }
        String lower = topic.toLowerCase(Locale.ROOT);
        if (lower.equals("channel.metadata")) {
            return "pong".equalsIgnoreCase(frame.message) ? new Notification.Pong() : new Notification.Heartbeat();
        }
        if (!frame.hasBody) {
            return new Notification.Malformed("no eventBody object on " + topic);
        }
        if (lower.startsWith("v2.system.")) {
            return system(lower, frame.channelId);
        }
        if (lower.startsWith(USERS)) {
            return user(topic, lower, frame);
        }
        if (lower.startsWith(QUEUES) && lower.endsWith(".observations")) {
            return QueueObservations.decode(topic, frame.group, frame.data, clock.instant());
        }
        if (lower.startsWith(UNITS) && lower.endsWith(ADHERENCE)) {
            return adherence(topic, frame);
        }
        return new Notification.Other(topic);
    }

    /** {@code v2.workforcemanagement.managementunits.{id}.adherence}: one agent's adherence changed. */
    private static Notification adherence(String topic, Frame frame) {
        String unitId = topic.substring(UNITS.length(), topic.length() - ADHERENCE.length());
        if (unitId.isEmpty() || frame.adherence == null) {
            return new Notification.Malformed((unitId.isEmpty() ? "no management unit id" : "no adherence fields")
                    + " in " + topic);
        }
        try {
            return new Notification.AdherenceChanged(AdherenceWire.fromEvent(frame.adherence, unitId));
        } catch (IllegalArgumentException e) {
            return new Notification.Malformed(e.getMessage() + " in " + topic);
        }
    }

    private static Notification system(String lower, String channelId) {
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

    private Notification user(String topic, String lower, Frame frame) {
        int dot = lower.lastIndexOf('.');
        String userId = topic.substring(USERS.length(), Math.max(USERS.length(), dot));
        if (userId.isEmpty()) {
            return new Notification.Malformed("no user id in topic " + topic);
        }
        String suffix = lower.substring(dot + 1);
        try {
            return switch (suffix) {
                case "presence" -> new Notification.StateChanges(List.of(presence(userId, frame.definitionId,
                        frame.systemPresence, frame.modifiedDate)));
                case "routingstatus" -> new Notification.StateChanges(List.of(routing(userId, frame)));
                case "activity" -> activity(userId, frame);
                case "conversations" -> ConversationEvents.decode(topic, userId, frame.id, frame.participants,
                        clock.instant());
                default -> new Notification.Other(topic);
            };
        } catch (IllegalArgumentException e) {
            return new Notification.Malformed(e.getMessage() + " in " + topic);
        }
    }

    private Notification activity(String userId, Frame frame) {
        List<AgentStateEvent> events = new ArrayList<>(2);
        if (frame.hasPresence) {
            events.add(presence(userId, frame.presenceDefinitionId, frame.presenceSystemPresence,
                    frame.presenceModifiedDate));
        }
        if (frame.hasRouting) {
            events.add(routing(userId, frame));
        }
        if (events.isEmpty()) {
            return new Notification.Malformed("activity event without presence or routingStatus for " + userId);
        }
        return new Notification.StateChanges(events);
    }

    private AgentStateEvent presence(String userId, String definitionId, String spelled, String modified) {
        if (spelled == null) {
            throw new IllegalArgumentException("no presenceDefinition.systemPresence");
        }
        SystemPresence presence = PresenceSpelling.fromEvent(spelled)
                .orElseThrow(() -> new IllegalArgumentException("unknown systemPresence '" + spelled + "'"));
        return AgentStateEvent.presence(userId, presence, definitionId, time(modified, "modifiedDate"));
    }

    private AgentStateEvent routing(String userId, Frame frame) {
        String status = frame.routingStatus;
        if (status == null) {
            throw new IllegalArgumentException("no routingStatus.status");
        }
        RoutingStatus known = WireMapper.knownRoutingStatus(status.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("unknown routing status '" + status + "'"));
        return AgentStateEvent.routing(userId, known, time(frame.routingStartTime, "startTime"));
    }

    /** The event's own time; events without one (the official presence example has none) take the receive time. */
    private Instant time(String value, String field) {
        if (value == null || value.isEmpty()) {
            return clock.instant();
        }
        try {
            return WireTimes.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable " + field + " '" + value + "'");
        }
    }
}
