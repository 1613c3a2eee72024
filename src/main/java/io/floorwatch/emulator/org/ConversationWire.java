package io.floorwatch.emulator.org;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.MediaType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Conversations as Genesys puts them on the wire (wire notes, "Conversations"): the {@code v2.users.{id}.conversations}
 * event body ({@code ConversationEventTopicConversation}: participants with their purpose, the agent's session in
 * the media's list, hold, disconnect and after-call work) and the conversation summary
 * ({@code UserConversationsEventUserConversationSummary} on the topic, {@code UserConversationSummary} under
 * {@code expand=conversationSummary}: active and after-call-work counts per media, contact center and enterprise).
 */
public final class ConversationWire {
    private ConversationWire() {
    }

    /** The conversation as the agent's conversations topic carries it. */
    public static ObjectNode event(EmConversation c, String queueName, String agentName) {
        ObjectNode body = Json.object();
        body.put("id", c.id());
        body.put("maxParticipants", 3);
        ArrayNode participants = body.putArray("participants");

        ObjectNode customer = participants.addObject();
        customer.put("id", c.id() + "-c");
        customer.put("purpose", "customer");
        customer.put("name", c.customer());
        customer.put("address", c.customerAddress());
        customer.put("connectedTime", Json.date(c.reachedAt()));
        if (c.disconnectedAt() != null) {
            customer.put("endTime", Json.date(c.disconnectedAt()));
        }
        session(customer.putArray(c.media().sessionList()).addObject(), c, false);

        if (c.queueId() != null) {
            ObjectNode acd = participants.addObject();
            acd.put("id", c.id() + "-q");
            acd.put("purpose", "acd");
            acd.put("queueId", c.queueId());
            acd.put("name", queueName);
            acd.put("connectedTime", Json.date(c.reachedAt()));
            acd.put("endTime", Json.date(c.connectedAt()));
            ObjectNode leg = acd.putArray(c.media().sessionList()).addObject();
            leg.put("id", c.id() + "-q1");
            leg.put("state", "disconnected");
            leg.put("disconnectType", "transfer");
            leg.put("connectedTime", Json.date(c.reachedAt()));
            leg.put("disconnectedTime", Json.date(c.connectedAt()));
        }

        ObjectNode agent = participants.addObject();
        agent.put("id", c.id() + "-a");
        agent.put("purpose", "agent");
        agent.put("userId", c.userId());
        agent.put("name", agentName);
        if (c.queueId() != null) {
            agent.put("queueId", c.queueId());
        }
        agent.put("connectedTime", Json.date(c.connectedAt()));
        agent.put("wrapupRequired", c.acwRequired());
        agent.put("wrapupExpected", c.acwRequired());
        if (c.disconnectedAt() != null && c.acwRequired()) {
            agent.put("startAcwTime", Json.date(c.disconnectedAt()));
        }
        if (c.acwEnd() != null) {
            agent.put("endAcwTime", Json.date(c.acwEnd()));
        }
        if (c.ended()) {
            agent.put("endTime", Json.date(c.acwEnd() != null ? c.acwEnd() : c.disconnectedAt()));
        }
        session(agent.putArray(c.media().sessionList()).addObject(), c, true);
        return body;
    }

    /** One session in a participant's media list: state, hold, times and, for the agent, after-call work. */
    private static void session(ObjectNode s, EmConversation c, boolean agent) {
        s.put("id", c.id() + (agent ? "-a1" : "-c1"));
        s.put("state", c.disconnectedAt() == null ? "connected" : "disconnected");
        s.put("direction", "inbound");
        s.put("held", agent && c.held());
        if (agent && c.held()) {
            s.put("startHoldTime", Json.date(c.heldSince()));
        }
        s.put("connectedTime", Json.date(agent ? c.connectedAt() : c.reachedAt()));
        if (c.disconnectedAt() != null) {
            s.put("disconnectedTime", Json.date(c.disconnectedAt()));
            s.put("disconnectType", agent ? "peer" : "client");
        }
        if (agent) {
            s.put("afterCallWorkRequired", c.acwRequired());
            if (c.acwRequired() && c.disconnectedAt() != null) {
                ObjectNode acw = s.putObject("afterCallWork");
                acw.put("state", c.acwEnd() == null ? "pending" : "complete");
                acw.put("startTime", Json.date(c.disconnectedAt()));
                if (c.acwEnd() != null) {
                    acw.put("endTime", Json.date(c.acwEnd()));
                }
            }
        }
    }

    /**
     * The user's conversation summary: for every media, the contact-center (ACD) conversations active and in
     * after-call work, and the enterprise (non-ACD) ones, which the emulator has none of.
     */
    public static ObjectNode summary(String userId, List<EmConversation> conversations) {
        Map<MediaType, int[]> counts = new EnumMap<>(MediaType.class);
        for (MediaType type : MediaType.values()) {
            counts.put(type, new int[2]);
        }
        for (EmConversation c : conversations) {
            if (c.ended()) {
                continue;
            }
            counts.get(c.media())[c.inAfterCallWork() ? 1 : 0]++;
        }
        ObjectNode body = Json.object();
        body.put("userId", userId);
        counts.forEach((type, n) -> mediaSummary(body.putObject(type.wireName()), n[0], n[1]));
        for (String other : List.of("socialExpression", "video")) {
            mediaSummary(body.putObject(other), 0, 0);
        }
        return body;
    }

    private static void mediaSummary(ObjectNode media, int active, int acw) {
        media.putObject("contactCenter").put("active", active).put("acw", acw);
        media.putObject("enterprise").put("active", 0).put("acw", 0);
    }
}
