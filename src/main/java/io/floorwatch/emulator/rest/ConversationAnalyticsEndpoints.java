package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.MediaType;
import io.floorwatch.emulator.org.EmConversation;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.emulator.org.QueueStats;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two conversation analytics reads Floorwatch makes (wire notes, "Conversations"):
 * <ul>
 *   <li>{@code POST /api/v2/analytics/conversations/aggregates/query}: per queue and media over an interval, the
 *   offered, answered and abandoned counts, the service level ({@code oServiceLevel} with ratio, numerator,
 *   denominator and target, the queue's goal share) and the summed times ({@code tAnswered}, {@code tAbandon}, {@code tTalkComplete},
 *   {@code tHeldComplete}, {@code tAcw}, {@code tHandle}), in simulated milliseconds;</li>
 *   <li>{@code POST /api/v2/analytics/conversations/activity/query}: the conversations connected to agents
 *   ({@code oInteracting}) and waiting ({@code oWaiting}) now, grouped by queue and media, each with its
 *   {@code activityDate}, {@code conversationId}, {@code userId} and {@code mediaType} when the metric asks for
 *   details; paged by {@code pageSize} and {@code pageNumber}.</li>
 * </ul>
 * Both want a queueId filter; anything else the emulator cannot answer is refused with 400 naming it.
 */
final class ConversationAnalyticsEndpoints {
    private static final Set<String> AGGREGATE_METRICS = Set.of("nOffered", "tAnswered", "tAbandon", "oServiceLevel",
            "tTalkComplete", "tHeldComplete", "tAcw", "tHandle", "nOverSla");
    private static final Set<String> ACTIVITY_METRICS = Set.of("oInteracting", "oWaiting", "oAlerting");
    private static final int MAX_PAGE = 100;

    private final OrgDirectory org;

    ConversationAnalyticsEndpoints(OrgDirectory org) {
        this.org = org;
    }

    void register(Router router) {
        router.add("POST", "/api/v2/analytics/conversations/aggregates/query", this::aggregates)
                .add("POST", "/api/v2/analytics/conversations/activity/query", this::activity);
    }

    private HttpReply aggregates(Exchange exchange) {
        JsonNode query = exchange.json();
        String interval = query.path("interval").asText("");
        String[] ends = interval.split("/");
        Instant from;
        Instant to;
        try {
            if (ends.length != 2) {
                throw new DateTimeParseException("not start/end", interval, 0);
            }
            from = Instant.parse(ends[0]);
            to = Instant.parse(ends[1]);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("interval: an ISO-8601 start/end is required, not '" + interval + "'");
        }
        if (!to.isAfter(from)) {
            throw ApiError.badRequest("interval: the end must come after the start");
        }
        List<String> metrics = new ArrayList<>();
        query.path("metrics").forEach(m -> metrics.add(m.asText()));
        if (metrics.isEmpty()) {
            throw ApiError.badRequest("metrics: at least one metric is required");
        }
        for (String metric : metrics) {
            if (!AGGREGATE_METRICS.contains(metric)) {
                throw ApiError.badRequest("metrics: '" + metric + "' is not one the emulator aggregates");
            }
        }
        Set<String> groupBy = new HashSet<>();
        query.path("groupBy").forEach(g -> groupBy.add(g.asText()));
        Set<String> queueIds = QueueFilter.queueIds(query.path("filter"));
        ObjectNode response = Json.object();
        ArrayNode results = response.putArray("results");
        long firstMinute = from.toEpochMilli() / 60_000;
        long lastMinute = (to.toEpochMilli() - 1) / 60_000;
        for (String queueId : queueIds) {
            EmQueue queue = org.queue(queueId).orElse(null);
            if (queue == null) {
                continue;
            }
            Map<MediaType, QueueStats.Totals> sums = queue.stats().sum(firstMinute, lastMinute);
            for (Map.Entry<MediaType, QueueStats.Totals> entry : sums.entrySet()) {
                ObjectNode container = results.addObject();
                ObjectNode group = container.putObject("group");
                group.put("queueId", queueId);
                if (groupBy.contains("mediaType")) {
                    group.put("mediaType", entry.getKey().analyticsName());
                }
                ObjectNode datum = container.putArray("data").addObject();
                datum.put("interval", interval);
                ArrayNode out = datum.putArray("metrics");
                double goal = queue.serviceLevelPercentage(entry.getKey());
                metrics.forEach(metric -> aggregate(out, metric, entry.getValue(), goal));
            }
        }
        return HttpReply.ok(response);
    }

    /** One metric's stats; {@code oServiceLevel}'s {@code target} is the goal share, as Genesys answers it (0.8). */
    private static void aggregate(ArrayNode out, String metric, QueueStats.Totals t, double goal) {
        ObjectNode datum = out.addObject();
        datum.put("metric", metric);
        ObjectNode stats = datum.putObject("stats");
        switch (metric) {
            case "nOffered" -> stats.put("count", t.offered);
            case "nOverSla" -> stats.put("count", t.answered - t.answeredInTarget);
            case "tAnswered" -> stats.put("count", t.answered).put("sum", t.answerWaitMillis);
            case "tAbandon" -> stats.put("count", t.abandoned).put("sum", t.abandonMillis);
            case "tTalkComplete" -> stats.put("count", t.handled).put("sum", t.talkMillis);
            case "tHeldComplete" -> stats.put("count", t.held).put("sum", t.holdMillis);
            case "tAcw" -> stats.put("count", t.acwCount).put("sum", t.acwMillis);
            case "tHandle" -> stats.put("count", t.handled).put("sum", t.handleMillis);
            case "oServiceLevel" -> stats.put("ratio", t.serviceLevel()).put("numerator", t.answeredInTarget)
                    .put("denominator", t.answered).put("target", goal);
            default -> throw new IllegalStateException("unchecked metric " + metric);
        }
    }

    private HttpReply activity(Exchange exchange) {
        JsonNode query = exchange.json();
        int pageSize = exchange.queryInt("pageSize", MAX_PAGE);
        int pageNumber = exchange.queryInt("pageNumber", 1);
        if (pageSize < 1 || pageSize > MAX_PAGE || pageNumber < 1) {
            throw ApiError.badRequest("pageSize 1 to " + MAX_PAGE + " and pageNumber from 1");
        }
        Set<String> detailed = new HashSet<>();
        List<String> metrics = new ArrayList<>();
        for (JsonNode m : query.path("metrics")) {
            String name = m.path("metric").asText("");
            if (!ACTIVITY_METRICS.contains(name)) {
                throw ApiError.badRequest("metrics: '" + name + "' is not an activity metric (oInteracting, "
                        + "oWaiting, oAlerting)");
            }
            metrics.add(name);
            if (m.path("details").asBoolean(false)) {
                detailed.add(name);
            }
        }
        if (metrics.isEmpty()) {
            throw ApiError.badRequest("metrics: at least one metric is required");
        }
        Set<String> queueIds = QueueFilter.queueIds(query.path("filter"));
        ObjectNode response = Json.object();
        ArrayNode results = response.putArray("results");
        int skip = (pageNumber - 1) * pageSize;
        Map<String, Map<MediaType, List<EmConversation>>> connected = org.allConversations().stream()
                .filter(c -> c.queueId() != null && queueIds.contains(c.queueId()))
                .collect(Collectors.groupingBy(EmConversation::queueId,
                        Collectors.groupingBy(EmConversation::media)));
        for (String queueId : queueIds) {
            EmQueue queue = org.queue(queueId).orElse(null);
            if (queue == null) {
                continue;
            }
            for (MediaType media : MediaType.values()) {
                List<EmConversation> interacting = connected.getOrDefault(queueId, Map.of())
                        .getOrDefault(media, List.of());
                List<EmQueue.Waiting> waiting = queue.traffic().waiting(media);
                if (interacting.isEmpty() && waiting.isEmpty()) {
                    continue;
                }
                ObjectNode container = results.addObject();
                container.putObject("group").put("queueId", queueId).put("mediaType", media.analyticsName());
                ArrayNode data = container.putArray("data");
                ArrayNode entities = container.putArray("entities");
                boolean truncated = false;
                for (String metric : metrics) {
                    int count = switch (metric) {
                        case "oInteracting" -> interacting.size();
                        case "oWaiting" -> waiting.size();
                        default -> 0;
                    };
                    data.addObject().put("metric", metric).put("count", count);
                    if (!detailed.contains(metric) || count == 0) {
                        continue;
                    }
                    List<ObjectNode> all = new ArrayList<>();
                    if (metric.equals("oInteracting")) {
                        interacting.forEach(c -> all.add(entity(metric, c.id(), c.connectedAt(), queueId, media)
                                .put("userId", c.userId())));
                    } else if (metric.equals("oWaiting")) {
                        waiting.forEach(w -> all.add(entity(metric, w.conversationId(), w.since(), queueId, media)));
                    }
                    all.stream().skip(skip).limit(pageSize).forEach(entities::add);
                    truncated |= all.size() > skip + pageSize;
                }
                container.put("truncated", truncated);
            }
        }
        response.put("entityIdDimension", "conversationId");
        return HttpReply.ok(response);
    }

    private static ObjectNode entity(String metric, String conversationId, Instant since, String queueId,
            MediaType media) {
        ObjectNode entity = Json.object();
        entity.put("activityDate", Json.date(since));
        entity.put("metric", metric);
        entity.put("conversationId", conversationId);
        entity.put("queueId", queueId);
        entity.put("mediaType", media.analyticsName());
        entity.put("direction", "inbound");
        return entity;
    }
}
