package io.floorwatch.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;

import java.time.Instant;

import static io.floorwatch.kafka.RecordFields.bytes;
import static io.floorwatch.kafka.RecordFields.checkVersion;
import static io.floorwatch.kafka.RecordFields.instant;
import static io.floorwatch.kafka.RecordFields.optionalInstant;
import static io.floorwatch.kafka.RecordFields.text;
/**
 * The collector's agent-state topic. State records (key = user id, so one agent's events stay in order on one
 * partition): {@code {"schemaVersion":1,"agentId","kind":"PRESENCE"|"ROUTING","state","definitionId","at"}}, with
 * presence as the UPPER_SNAKE system presence and routing as the routing status name, both already normalized
 * by the collector. Interaction records (same key): {@code {"schemaVersion":1,"type":"interaction","agentId",
 * "conversationId","media","queueId","connectedAt","heldSince","acwSince","ended","at"}}, media by its
 * utilisation name ("call", "chat", ...), the times ISO-8601, absent where not set. Heartbeat records (key =
 * {@code heartbeat:} and the collector):
 * {@code {"schemaVersion":1,"type":"heartbeat","collector","at","agents","problem","share"}}, {@code share} being
 * the collector's share of the org ({@code hash:1/2}, {@code teams:A,B}, {@code standby}), absent for a collector of
 * the whole org. The share came later within schema version 1, deliberately: a reader before it ignores the field
 * (unknown fields are tolerated) and still hears the collector, and a heartbeat without it reads as the whole org,
 * which is what a collector before it followed; a version 2 would make old desktops reject every heartbeat and
 * call a live collector silent. Anything else wrong is rejected with a reason naming the field.
 */
public final class AgentStateCodec implements RecordDecoder<AgentTopicRecord> {
    public static final int SCHEMA_VERSION = 1;
    /** The key prefix of heartbeat records: they never collide with a user id (a UUID). */
    public static final String HEARTBEAT_KEY = "heartbeat:";
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    public byte[] encode(CollectorHeartbeat heartbeat) {
        ObjectNode node = JSON.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("type", "heartbeat");
        node.put("collector", heartbeat.collector());
        node.put("at", heartbeat.at().toString());
        node.put("agents", heartbeat.agents());
        node.put("problem", heartbeat.problem());
        if (!heartbeat.share().equals(CollectorHeartbeat.WHOLE_ORG)) {
            node.put("share", heartbeat.share());
        }
        return bytes(node);
    }

    public byte[] encode(AgentStateEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("agentId", event.agentId());
        node.put("kind", event.kind().name());
        node.put("state", event.state());
        if (event.definitionId() != null) {
            node.put("definitionId", event.definitionId());
        }
        node.put("at", event.at().toString());
        return bytes(node);
    }

    public byte[] encode(InteractionEvent event) {
        Interaction i = event.interaction();
        ObjectNode node = JSON.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("type", "interaction");
        node.put("agentId", event.agentId());
        node.put("conversationId", i.conversationId());
        node.put("media", i.media().wireName());
        if (i.queueId() != null) {
            node.put("queueId", i.queueId());
        }
        node.put("connectedAt", i.connectedAt().toString());
        if (i.heldSince() != null) {
            node.put("heldSince", i.heldSince().toString());
        }
        if (i.acwSince() != null) {
            node.put("acwSince", i.acwSince().toString());
        }
        node.put("ended", event.ended());
        node.put("at", event.at().toString());
        return bytes(node);
    }

    @Override
    public Decoded<AgentTopicRecord> decode(String key, byte[] value) {
        if (value == null || value.length == 0) {
            return new Decoded.Rejected<>("empty record");
        }
        try {
            JsonNode root = RecordFields.object(value);
            checkVersion(root, SCHEMA_VERSION);
            JsonNode type = root.get("type");
            if (type != null && !type.isNull()) {
                return switch (type.asText()) {
                    case "heartbeat" -> new Decoded.Ok<>(new AgentTopicRecord.Heartbeat(heartbeat(root)));
                    case "interaction" -> new Decoded.Ok<>(new AgentTopicRecord.Interaction(interaction(key, root)));
                    default -> throw new IllegalArgumentException("type '" + type.asText() + "' is not one this "
                            + "Floorwatch reads (heartbeat, interaction, or none for a state event)");
                };
            }
            return new Decoded.Ok<>(new AgentTopicRecord.State(read(key, root)));
        } catch (IllegalArgumentException e) {
            return new Decoded.Rejected<>(e.getMessage());
        }
    }

    private static CollectorHeartbeat heartbeat(JsonNode root) {
        JsonNode agents = root.get("agents");
        if (agents == null || !agents.canConvertToInt() || agents.asInt() < 0) {
            throw new IllegalArgumentException("agents must be a count, not " + agents);
        }
        JsonNode problem = root.get("problem");
        JsonNode share = root.get("share");
        if (share != null && !share.isNull() && !share.isTextual()) {
            throw new IllegalArgumentException("share must be text, not " + share);
        }
        return new CollectorHeartbeat(text(root, "collector"), instant(root, "at"), agents.asInt(),
                problem == null || problem.isNull() ? "" : problem.asText(),
                share == null || share.isNull() ? CollectorHeartbeat.WHOLE_ORG : share.asText());
    }

    private static InteractionEvent interaction(String key, JsonNode root) {
        String agentId = text(root, "agentId");
        if (key != null && !key.equals(agentId)) {
            throw new IllegalArgumentException("key '" + key + "' does not match agentId '" + agentId + "'");
        }
        String media = text(root, "media");
        MediaType type = MediaType.fromWire(media).orElseThrow(() -> new IllegalArgumentException("media '" + media
                + "' is not call, callback, chat, email or message"));
        JsonNode ended = root.get("ended");
        if (ended == null || !ended.isBoolean()) {
            throw new IllegalArgumentException("ended must be true or false, not " + ended);
        }
        JsonNode queue = root.get("queueId");
        Instant at = instant(root, "at");
        return new InteractionEvent(agentId, new Interaction(text(root, "conversationId"), type,
                queue == null || queue.isNull() ? null : queue.asText(), instant(root, "connectedAt"),
                optionalInstant(root, "heldSince"), optionalInstant(root, "acwSince"), at), ended.asBoolean(), at);
    }

    private static AgentStateEvent read(String key, JsonNode root) {
        String agentId = text(root, "agentId");
        if (key != null && !key.equals(agentId)) {
            throw new IllegalArgumentException("key '" + key + "' does not match agentId '" + agentId + "'");
        }
        String kindText = text(root, "kind");
        StateKind kind;
        try {
            kind = StateKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + kindText + "' is neither PRESENCE nor ROUTING");
        }
        String state = text(root, "state");
        try {
            if (kind == StateKind.PRESENCE) {
                SystemPresence.valueOf(state);
            } else {
                RoutingStatus.valueOf(state);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state '" + state + "' is not a " + (kind == StateKind.PRESENCE
                    ? "system presence" : "routing status"));
        }
        JsonNode definition = root.get("definitionId");
        String definitionId = definition == null || definition.isNull() ? null : definition.asText();
        return new AgentStateEvent(agentId, kind, state, definitionId, instant(root, "at"));
    }

}
