package io.floorwatch.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.floorwatch.kafka.RecordFields.bytes;
import static io.floorwatch.kafka.RecordFields.checkVersion;
import static io.floorwatch.kafka.RecordFields.instant;
import static io.floorwatch.kafka.RecordFields.optionalInstant;
import static io.floorwatch.kafka.RecordFields.text;
/**
 * The collector's roster topic: Floorwatch's own format (not a Genesys one), a compacted topic that holds the latest
 * snapshot of every agent and of every queue of the directory, so a desktop can build the floor from Kafka alone
 * and then follow the agent-state topic (the table to that topic's stream).
 * <p>
 * Agent records, key = user id:
 * {@code {"schemaVersion":1,"type":"agent","agentId","name","email","team","title","divisionId","division",
 * "queues":[names],"skills":[names],"presence","presenceDefinitionId","presenceSince","routingStatus","routingSince",
 * "interactions":[{"conversationId","media","queueId","connectedAt","heldSince","acwSince","at"}],"at"}}: presence
 * as the UPPER_SNAKE system presence, routing as the routing status name, the interactions with the fields of the
 * agent topic's interaction records ({@code at} being the time of the change each stands for), times ISO-8601; the
 * optional fields ({@code email}, {@code team}, {@code title}, {@code presenceDefinitionId}, the {@code since}
 * times, {@code queueId}, {@code heldSince}, {@code acwSince}) absent where not set. The record's own {@code at} is
 * when the collector wrote it.
 * <p>
 * Queue records, key = {@code queue:} and the queue id:
 * {@code {"schemaVersion":1,"type":"queue","queueId","name","divisionId","memberCount","joinedMemberCount",
 * "media":{"call":{"alertingTimeoutSeconds","serviceLevelPercentage","serviceLevelDurationMs"},...},"at"}}: the
 * service level as a share (0.8) and a time in milliseconds, per media by its utilisation name; what the queues
 * screen and the thresholds read of a queue. The queue's other settings are not carried.
 * <p>
 * A null value (a tombstone) says the agent or queue of its key is gone. Unknown fields are tolerated; anything
 * else wrong is rejected with a reason naming the field.
 */
public final class RosterCodec implements RecordDecoder<RosterRecord> {
    public static final int SCHEMA_VERSION = 1;
    /** The key prefix of queue records: it never collides with a user id (a UUID). */
    public static final String QUEUE_KEY = "queue:";
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    /** The record's value: JSON, or null (a tombstone) for an agent or queue that is gone. */
    public byte[] encode(RosterRecord record) {
        if (record instanceof RosterRecord.AgentEntry agent) {
            return bytes(agent(agent));
        }
        if (record instanceof RosterRecord.QueueEntry queue) {
            return bytes(queue(queue));
        }
        return null;
    }

    private static ObjectNode agent(RosterRecord.AgentEntry entry) {
        Agent agent = entry.agent();
        AgentState state = entry.state();
        ObjectNode node = JSON.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("type", "agent");
        node.put("agentId", agent.id());
        node.put("name", agent.name());
        putIfSet(node, "email", agent.email());
        putIfSet(node, "team", agent.team());
        putIfSet(node, "title", agent.title());
        // Added within version 1 (collector shares by division): older readers ignore them, absent reads as unknown.
        putIfSet(node, "divisionId", agent.divisionId());
        putIfSet(node, "division", agent.division());
        ArrayNode queues = node.putArray("queues");
        entry.queues().forEach(queues::add);
        ArrayNode skills = node.putArray("skills");
        entry.skills().forEach(skills::add);
        node.put("presence", state.presence().name());
        putIfSet(node, "presenceDefinitionId", state.presenceDefinitionId());
        putIfSet(node, "presenceSince", state.presenceSince());
        node.put("routingStatus", state.routingStatus().name());
        putIfSet(node, "routingSince", state.routingSince());
        ArrayNode interactions = node.putArray("interactions");
        for (Interaction i : entry.interactions()) {
            ObjectNode one = interactions.addObject();
            one.put("conversationId", i.conversationId());
            one.put("media", i.media().wireName());
            putIfSet(one, "queueId", i.queueId());
            one.put("connectedAt", i.connectedAt().toString());
            putIfSet(one, "heldSince", i.heldSince());
            putIfSet(one, "acwSince", i.acwSince());
            one.put("at", i.asOf().toString());
        }
        node.put("at", entry.at().toString());
        return node;
    }

    private static ObjectNode queue(RosterRecord.QueueEntry entry) {
        RoutingQueue queue = entry.queue();
        ObjectNode node = JSON.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("type", "queue");
        node.put("queueId", queue.id());
        node.put("name", queue.name());
        putIfSet(node, "divisionId", queue.settings().divisionId());
        node.put("memberCount", queue.memberCount());
        node.put("joinedMemberCount", queue.joinedMemberCount());
        ObjectNode media = node.putObject("media");
        queue.settings().media().forEach((type, settings) -> {
            ObjectNode one = media.putObject(type);
            if (settings.alertingTimeoutSeconds() != null) {
                one.put("alertingTimeoutSeconds", settings.alertingTimeoutSeconds());
            }
            if (settings.serviceLevelPercentage() != null) {
                one.put("serviceLevelPercentage", settings.serviceLevelPercentage());
            }
            if (settings.serviceLevelDurationMs() != null) {
                one.put("serviceLevelDurationMs", settings.serviceLevelDurationMs());
            }
        });
        node.put("at", entry.at().toString());
        return node;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void putIfSet(ObjectNode node, String field, Instant value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    @Override
    public Decoded<RosterRecord> decode(String key, byte[] value) {
        if (value == null) {
            if (key == null || key.isBlank() || key.equals(QUEUE_KEY)) {
                return new Decoded.Rejected<>("a tombstone (null value) needs a key naming the agent or queue");
            }
            return new Decoded.Ok<>(key.startsWith(QUEUE_KEY)
                    ? new RosterRecord.QueueGone(key.substring(QUEUE_KEY.length()))
                    : new RosterRecord.AgentGone(key));
        }
        if (value.length == 0) {
            return new Decoded.Rejected<>("empty record (a tombstone is a null value, not an empty one)");
        }
        try {
            JsonNode root = RecordFields.object(value);
            checkVersion(root, SCHEMA_VERSION);
            String type = text(root, "type");
            return switch (type) {
                case "agent" -> new Decoded.Ok<>(agent(key, root));
                case "queue" -> new Decoded.Ok<>(queue(key, root));
                default -> throw new IllegalArgumentException("type '" + type + "' is not one this Floorwatch "
                        + "reads on the roster (agent, queue)");
            };
        } catch (IllegalArgumentException e) {
            return new Decoded.Rejected<>(e.getMessage());
        }
    }

    private static RosterRecord.AgentEntry agent(String key, JsonNode root) {
        String agentId = text(root, "agentId");
        if (key != null && !key.equals(agentId)) {
            throw new IllegalArgumentException("key '" + key + "' does not match agentId '" + agentId + "'");
        }
        Agent agent = new Agent(agentId, text(root, "name"), optionalText(root, "email"), optionalText(root, "team"),
                optionalText(root, "title"), optionalText(root, "divisionId"), optionalText(root, "division"));
        String presence = text(root, "presence");
        SystemPresence systemPresence;
        try {
            systemPresence = SystemPresence.valueOf(presence);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("presence '" + presence + "' is not a system presence");
        }
        String routing = text(root, "routingStatus");
        RoutingStatus status;
        try {
            status = RoutingStatus.valueOf(routing);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("routingStatus '" + routing + "' is not a routing status");
        }
        AgentState state = new AgentState(agentId, systemPresence, optionalText(root, "presenceDefinitionId"),
                optionalInstant(root, "presenceSince"), status, optionalInstant(root, "routingSince"));
        List<Interaction> interactions = new ArrayList<>();
        JsonNode list = array(root, "interactions");
        for (int i = 0; i < list.size(); i++) {
            interactions.add(interaction(list.get(i), "interactions[" + i + "]"));
        }
        return new RosterRecord.AgentEntry(agent, state, names(root, "queues"), names(root, "skills"), interactions,
                instant(root, "at"));
    }

    private static Interaction interaction(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be an object, not " + node);
        }
        try {
            String media = text(node, "media");
            MediaType type = MediaType.fromWire(media).orElseThrow(() -> new IllegalArgumentException("media '"
                    + media + "' is not call, callback, chat, email or message"));
            return new Interaction(text(node, "conversationId"), type, optionalText(node, "queueId"),
                    instant(node, "connectedAt"), optionalInstant(node, "heldSince"),
                    optionalInstant(node, "acwSince"), instant(node, "at"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "." + e.getMessage());
        }
    }

    private static RosterRecord.QueueEntry queue(String key, JsonNode root) {
        String queueId = text(root, "queueId");
        if (key != null && !key.equals(QUEUE_KEY + queueId)) {
            throw new IllegalArgumentException("key '" + key + "' does not match queueId '" + queueId + "' (a queue's "
                    + "key is " + QUEUE_KEY + "<queueId>)");
        }
        Map<String, MediaSettings> media = new TreeMap<>();
        JsonNode mediaNode = root.get("media");
        if (mediaNode != null && !mediaNode.isNull()) {
            if (!mediaNode.isObject()) {
                throw new IllegalArgumentException("media must be an object of media settings, not " + mediaNode);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = mediaNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                media.put(field.getKey(), mediaSettings(field.getValue(), "media." + field.getKey()));
            }
        }
        QueueSettings settings = new QueueSettings(text(root, "name"), null, optionalText(root, "divisionId"), null,
                null, null, media);
        return new RosterRecord.QueueEntry(new RoutingQueue(queueId, settings, count(root, "memberCount"),
                count(root, "joinedMemberCount"), null), instant(root, "at"));
    }

    private static MediaSettings mediaSettings(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be an object, not " + node);
        }
        JsonNode alerting = node.get("alertingTimeoutSeconds");
        JsonNode share = node.get("serviceLevelPercentage");
        JsonNode duration = node.get("serviceLevelDurationMs");
        Integer alertingSeconds = null;
        Double percentage = null;
        Long durationMs = null;
        if (alerting != null && !alerting.isNull()) {
            if (!alerting.canConvertToInt() || alerting.asInt() < 0) {
                throw new IllegalArgumentException(where + ".alertingTimeoutSeconds must be seconds, not " + alerting);
            }
            alertingSeconds = alerting.asInt();
        }
        if (share != null && !share.isNull()) {
            if (!share.isNumber() || share.asDouble() < 0 || share.asDouble() > 1) {
                throw new IllegalArgumentException(where + ".serviceLevelPercentage must be a share from 0 to 1, not "
                        + share);
            }
            percentage = share.asDouble();
        }
        if (duration != null && !duration.isNull()) {
            if (!duration.canConvertToLong() || !duration.isIntegralNumber() || duration.asLong() < 0) {
                throw new IllegalArgumentException(where + ".serviceLevelDurationMs must be milliseconds, not "
                        + duration);
            }
            durationMs = duration.asLong();
        }
        return new MediaSettings(alertingSeconds, percentage, durationMs);
    }

    private static int count(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new IllegalArgumentException(field + " must be a count, not " + value);
        }
        return value.asInt();
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return JSON.createArrayNode();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be a list, not " + value);
        }
        return value;
    }

    private static List<String> names(JsonNode root, String field) {
        JsonNode list = array(root, field);
        List<String> names = new ArrayList<>(list.size());
        for (JsonNode name : list) {
            if (!name.isTextual() || name.asText().isBlank()) {
                throw new IllegalArgumentException(field + " must be a list of names, not " + list);
            }
            names.add(name.asText());
        }
        return names;
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be text, not " + value);
        }
        return value.asText();
    }

}
