package io.floorwatch.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body of an agent's conversation notification ({@code v2.users.{id}.conversations},
 * {@code ConversationEventTopicConversation}): the conversation's participants, each with their {@code purpose},
 * {@code userId}, {@code queueId}, {@code startAcwTime}/{@code endAcwTime} and a list of sessions per media
 * ({@code calls}, {@code callbacks}, {@code chats}, {@code emails}, {@code messages}), a session with its
 * {@code state}, {@code held}/{@code startHoldTime}, {@code connectedTime}, {@code disconnectedTime} and
 * {@code afterCallWork{state,startTime,endTime}}. What matters for the floor is the agent's own participant: its
 * latest session says connected, on hold, in after-call work (disconnected with work pending) or over. A session
 * still ringing says nothing yet (the agent is not connected).
 */
final class ConversationEvents {
    private static final Set<String> NOT_YET = Set.of("alerting", "offering", "contacting", "dialing", "none");
    private static final Set<String> GONE = Set.of("disconnected", "terminated");
    private static final Set<String> ACW_OVER = Set.of("complete", "skipped", "notapplicable");

    private ConversationEvents() {
    }

    static Notification decode(String topic, String userId, String conversationId, JsonNode participants,
            Instant received) {
        if (conversationId == null || conversationId.isBlank()) {
            return new Notification.Malformed("conversation event without an id on " + topic);
        }
        if (participants == null || !participants.isArray()) {
            return new Notification.Malformed("conversation event without participants on " + topic);
        }
        try {
            JsonNode agent = null;
            for (JsonNode participant : participants) {
                if ("agent".equalsIgnoreCase(participant.path("purpose").asText())
                        && userId.equals(participant.path("userId").asText())
                        && (agent == null || !time(participant, "connectedTime", Instant.MIN)
                        .isBefore(time(agent, "connectedTime", Instant.MIN)))) {
                    agent = participant; // a conversation transferred back to the agent: the latest leg counts
                }
            }
            if (agent == null) {
                return new Notification.Other(topic);
            }
            MediaType media = null;
            JsonNode session = null;
            for (MediaType type : MediaType.values()) {
                JsonNode sessions = agent.path(type.sessionList());
                if (sessions.isArray() && !sessions.isEmpty()) {
                    media = type;
                    session = sessions.get(sessions.size() - 1);
                    break;
                }
            }
            if (media == null) {
                return new Notification.Other(topic); // a media Floorwatch does not follow (video, cobrowse)
            }
            String state = session.path("state").asText("").toLowerCase(Locale.ROOT);
            if (NOT_YET.contains(state)) {
                return new Notification.Other(topic);
            }
            Instant connected = time(session, "connectedTime", time(agent, "connectedTime", received));
            Instant disconnected = time(session, "disconnectedTime", GONE.contains(state)
                    ? time(agent, "endTime", received) : null);
            String queueId = agent.path("queueId").isTextual() ? agent.path("queueId").asText() : null;
            if (disconnected == null) {
                Instant held = session.path("held").asBoolean(false)
                        ? time(session, "startHoldTime", received) : null;
                Instant at = latest(connected, held);
                return changed(userId, new Interaction(conversationId, media, queueId, connected, held, null, at),
                        false, at);
            }
            JsonNode acw = session.path("afterCallWork");
            String acwState = acw.path("state").asText("").toLowerCase(Locale.ROOT);
            Instant acwEnd = time(acw, "endTime", time(agent, "endAcwTime", null));
            boolean wrapUpOwed = session.path("afterCallWorkRequired").asBoolean(
                    agent.path("wrapupRequired").asBoolean(false));
            boolean over = acwEnd != null || ACW_OVER.contains(acwState) || !wrapUpOwed && acwState.isEmpty();
            Instant acwStart = time(acw, "startTime", time(agent, "startAcwTime", disconnected));
            if (over) {
                Instant at = latest(disconnected, acwEnd, time(agent, "endTime", null));
                return changed(userId, new Interaction(conversationId, media, queueId, connected, null, null, at),
                        true, at);
            }
            Instant at = latest(disconnected, acwStart);
            return changed(userId, new Interaction(conversationId, media, queueId, connected, null, acwStart, at),
                    false, at);
        } catch (IllegalArgumentException e) {
            return new Notification.Malformed(e.getMessage() + " in conversation " + conversationId + " on " + topic);
        }
    }

    private static Notification changed(String userId, Interaction interaction, boolean ended, Instant at) {
        return new Notification.InteractionChanges(List.of(new InteractionEvent(userId, interaction, ended, at)));
    }

    private static Instant latest(Instant... times) {
        Instant latest = null;
        for (Instant t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest;
    }

    private static Instant time(JsonNode node, String field, Instant absent) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return absent;
        }
        try {
            return WireTimes.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable " + field + " '" + value.asText() + "'");
        }
    }
}
