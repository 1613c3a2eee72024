package io.floorwatch.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.domain.QueueObservation;
import io.floorwatch.domain.RoutingStatus;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The body of a queue observation notification ({@code StatEventQueueTopicStatsNotification}):
 * {@code {"group":{"queueId",...},"data":[{"interval","metrics":[{"metric","qualifier","stats":{"count"}}]}]}}.
 * Counts that are absent are zero, as the service leaves out what is zero. One notification is one group: the
 * members ({@code group} without {@code mediaType}) or one media's conversations; the feed adds them up.
 */
final class QueueObservations {
    private QueueObservations() {
    }

    static Notification decode(String topic, JsonNode group, JsonNode data, Instant now) {
        String fromTopic = topic.substring("v2.analytics.queues.".length(), topic.length() - ".observations".length());
        String queueId = group != null && group.path("queueId").isTextual() ? group.path("queueId").asText()
                : fromTopic;
        if (queueId.isEmpty() || !queueId.equals(fromTopic)) {
            return new Notification.Malformed("queue observation for '" + queueId + "' on topic " + topic);
        }
        if (data == null || !data.isArray()) {
            return new Notification.Malformed("queue observation without a data array on " + topic);
        }
        int onQueue = 0;
        int waiting = 0;
        int interacting = 0;
        boolean members = false;
        Map<RoutingStatus, Integer> statuses = new EnumMap<>(RoutingStatus.class);
        for (JsonNode datum : data) {
            for (JsonNode metric : datum.path("metrics")) {
                JsonNode count = metric.path("stats").path("count");
                if (!count.isNumber() || count.asDouble() < 0) {
                    return new Notification.Malformed("metric " + metric.path("metric").asText("?")
                            + " has no count in " + topic);
                }
                int n = count.asInt();
                switch (metric.path("metric").asText("")) {
                    case "oOnQueueUsers" -> {
                        onQueue += n;
                        members = true;
                    }
                    case "oWaiting" -> waiting += n;
                    case "oInteracting" -> interacting += n;
                    case "oUserRoutingStatuses" -> {
                        members = true;
                        WireMapper.knownRoutingStatus(metric.path("qualifier").asText(null))
                                .ifPresent(status -> statuses.merge(status, n, Integer::sum));
                    }
                    default -> {
                        // other observation metrics are not part of the snapshot
                    }
                }
            }
        }
        String mediaType = group != null && group.path("mediaType").isTextual() ? group.path("mediaType").asText()
                : null;
        Map<String, int[]> byMedia = mediaType == null ? Map.of() : Map.of(mediaType, new int[] {waiting,
                interacting});
        return new Notification.QueueObserved(new QueueObservation(queueId, 0, onQueue, 0, statuses, waiting,
                interacting, -1, members || mediaType == null, byMedia, null), now);
    }
}
