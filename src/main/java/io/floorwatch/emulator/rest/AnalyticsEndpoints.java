package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v2/analytics/queues/observations/query}: user metrics grouped by queueId, conversation
 * metrics grouped by queueId and mediaType (one group per media with work waiting or connected, voice always), as
 * the real service groups them. The {@code oWaiting} detail lists each waiting conversation with its
 * {@code observationDate}, {@code conversationId}, {@code direction} and {@code requestedRoutingSkillIds}.
 */
final class AnalyticsEndpoints {
    private static final Set<String> USER_METRICS = Set.of("oActiveUsers", "oMemberUsers", "oOffQueueUsers",
            "oOnQueueUsers", "oUserPresences", "oUserRoutingStatuses");
    private static final Set<String> CONVERSATION_METRICS = Set.of("oWaiting", "oInteracting", "oAlerting",
            "oLongestWaiting", "oLongestInteracting");

    private final OrgDirectory org;

    AnalyticsEndpoints(OrgDirectory org) {
        this.org = org;
    }

    void register(Router router) {
        router.add("POST", "/api/v2/analytics/queues/observations/query", this::observations);
    }

    private HttpReply observations(Exchange exchange) {
        JsonNode query = exchange.json();
        List<String> metrics = new ArrayList<>();
        query.path("metrics").forEach(m -> metrics.add(m.asText()));
        Set<String> details = new HashSet<>();
        query.path("detailMetrics").forEach(m -> details.add(m.asText()));
        for (String detail : details) {
            if (!USER_METRICS.contains(detail) && !CONVERSATION_METRICS.contains(detail)
                    || detail.startsWith("oLongest")) {
                throw ApiError.badRequest("detailMetrics: unknown or non-detail metric '" + detail + "'");
            }
        }
        if (metrics.isEmpty()) {
            throw ApiError.badRequest("metrics: at least one metric is required");
        }
        for (String metric : metrics) {
            if (!USER_METRICS.contains(metric) && !CONVERSATION_METRICS.contains(metric)) {
                throw ApiError.badRequest("metrics: unknown metric '" + metric + "'");
            }
        }
        Set<String> queueIds = QueueFilter.queueIds(query.path("filter"));
        ObjectNode response = Json.object();
        ArrayNode results = response.putArray("results");
        Instant now = org.clock().instant();
        for (String queueId : queueIds) {
            EmQueue queue = org.queue(queueId).orElse(null);
            if (queue == null) {
                continue;
            }
            ObjectNode users = Json.object();
            users.putObject("group").put("queueId", queueId);
            ArrayNode userData = users.putArray("data");
            Map<RoutingStatus, Integer> statuses = new EnumMap<>(RoutingStatus.class);
            Map<SystemPresence, Integer> presences = new EnumMap<>(SystemPresence.class);
            int onQueue = 0;
            int offQueue = 0;
            int active = 0;
            for (EmQueue.Member member : queue.members()) {
                EmUser user = org.user(member.userId()).orElse(null);
                if (user == null || !member.joined()) {
                    continue;
                }
                EmUser.Status status = user.status();
                presences.merge(status.presence(), 1, Integer::sum);
                if (status.presence() != SystemPresence.OFFLINE) {
                    active++;
                }
                if (status.presence() == SystemPresence.ON_QUEUE) {
                    onQueue++;
                    statuses.merge(status.routingStatus(), 1, Integer::sum);
                } else if (status.presence() != SystemPresence.OFFLINE) {
                    offQueue++;
                }
            }
            EmQueue.Traffic traffic = queue.traffic();
            Map<MediaType, ObjectNode> byMedia = new EnumMap<>(MediaType.class);
            for (MediaType media : MediaType.values()) {
                if (traffic.observed(media)) {
                    ObjectNode conversations = Json.object();
                    ObjectNode group = conversations.putObject("group");
                    group.put("queueId", queueId);
                    group.put("mediaType", media.analyticsName());
                    conversations.putArray("data");
                    byMedia.put(media, conversations);
                }
            }
            for (String metric : metrics) {
                switch (metric) {
                    case "oMemberUsers" -> Json.countMetric(userData, metric, null, queue.memberCount());
                    case "oActiveUsers" -> Json.countMetric(userData, metric, null, active);
                    case "oOnQueueUsers" -> Json.countMetric(userData, metric, null, onQueue);
                    case "oOffQueueUsers" -> Json.countMetric(userData, metric, null, offQueue);
                    case "oUserRoutingStatuses" -> statuses.forEach((s, n) ->
                            Json.countMetric(userData, metric, s.name(), n));
                    case "oUserPresences" -> presences.forEach((p, n) ->
                            Json.countMetric(userData, metric, org.presences().of(p).id(), n));
                    default -> byMedia.forEach((media, group) -> conversationMetric((ArrayNode) group.get("data"),
                            metric, media, traffic, details, now));
                }
            }
            if (!userData.isEmpty()) {
                results.add(users);
            }
            // Like the real service, a query for user metrics only answers no conversation groups.
            byMedia.values().stream().filter(group -> !group.get("data").isEmpty()).forEach(results::add);
        }
        return HttpReply.ok(response);
    }

    /** One conversation metric of one media group; waiting detail names each waiting conversation. */
    private static void conversationMetric(ArrayNode data, String metric, MediaType media, EmQueue.Traffic traffic,
            Set<String> details, Instant now) {
        List<EmQueue.Waiting> waiting = traffic.waiting(media);
        switch (metric) {
            case "oWaiting" -> {
                ObjectNode datum = Json.countMetric(data, metric, null, waiting.size());
                if (details.contains("oWaiting") && !waiting.isEmpty()) {
                    ArrayNode observations = datum.putArray("observations");
                    for (EmQueue.Waiting w : waiting) {
                        ObjectNode o = observations.addObject();
                        o.put("observationDate", Json.date(w.since()));
                        o.put("conversationId", w.conversationId());
                        o.put("direction", "inbound");
                        ArrayNode skills = o.putArray("requestedRoutingSkillIds");
                        w.requestedSkillIds().forEach(skills::add);
                    }
                }
            }
            case "oInteracting" -> Json.countMetric(data, metric, null,
                    traffic.interactingByMedia().getOrDefault(media, 0));
            case "oLongestWaiting" -> {
                ObjectNode datum = Json.countMetric(data, metric, null, waiting.isEmpty() ? 0 : 1);
                if (!waiting.isEmpty()) {
                    ((ObjectNode) datum.get("stats")).put("calculatedMetricValue",
                            Duration.between(waiting.get(0).since(), now).toMillis());
                    datum.putArray("observations").addObject()
                            .put("observationDate", Json.date(waiting.get(0).since()));
                }
            }
            default -> Json.countMetric(data, metric, null, 0);
        }
    }
}
