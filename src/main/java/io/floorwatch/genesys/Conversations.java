package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.model.AggregateMetricData;
import com.mypurecloud.sdk.v2.model.ConversationActivityData;
import com.mypurecloud.sdk.v2.model.ConversationActivityEntityData;
import com.mypurecloud.sdk.v2.model.ConversationActivityQuery;
import com.mypurecloud.sdk.v2.model.ConversationActivityQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationActivityQueryMetric;
import com.mypurecloud.sdk.v2.model.ConversationActivityQueryPredicate;
import com.mypurecloud.sdk.v2.model.ConversationActivityResponse;
import com.mypurecloud.sdk.v2.model.ConversationAggregateDataContainer;
import com.mypurecloud.sdk.v2.model.ConversationAggregateQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationAggregateQueryPredicate;
import com.mypurecloud.sdk.v2.model.ConversationAggregateQueryResponse;
import com.mypurecloud.sdk.v2.model.ConversationAggregationQuery;
import com.mypurecloud.sdk.v2.model.StatisticalResponse;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.QueueAggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversation analytics (wire notes, "Conversations"): who is connected to what now
 * ({@code POST /api/v2/analytics/conversations/activity/query}, {@code oInteracting} with details, grouped by queue
 * and media, paged), which seeds the floor's interactions after a reconnect; and a queue's finished work over an
 * interval ({@code POST /api/v2/analytics/conversations/aggregates/query}: {@code nOffered}, {@code tAnswered},
 * {@code tAbandon}, {@code oServiceLevel}, {@code tHandle}), which gives the observation feed its service level and
 * abandon rate. Queues go {@value #QUEUES_A_QUERY} to a query.
 */
public final class Conversations {
    static final int QUEUES_A_QUERY = 50;
    private static final int PAGE = 100;
    /** A bound on the pages of one activity query, far beyond any floor: a listing that never ends is a fault. */
    private static final int MAX_PAGES = 1_000;

    private final GenesysGateway gateway;
    private final AnalyticsApi analytics;

    Conversations(GenesysGateway gateway, ApiClient client) {
        this.gateway = gateway;
        this.analytics = new AnalyticsApi(client);
    }

    /**
     * The interactions agents are connected to now in these queues, by agent, as of {@code asOf}: each with its
     * conversation, media, queue and the moment it began ({@code activityDate}).
     */
    public Map<String, List<Interaction>> interacting(List<String> queueIds, Instant asOf) {
        Map<String, List<Interaction>> byAgent = new HashMap<>();
        for (int from = 0; from < queueIds.size(); from += QUEUES_A_QUERY) {
            List<String> chunk = queueIds.subList(from, Math.min(queueIds.size(), from + QUEUES_A_QUERY));
            ConversationActivityQuery query = new ConversationActivityQuery()
                    .metrics(List.of(new ConversationActivityQueryMetric()
                            .metric(ConversationActivityQueryMetric.MetricEnum.OINTERACTING).details(true)))
                    .groupBy(List.of(ConversationActivityQuery.GroupByEnum.QUEUEID,
                            ConversationActivityQuery.GroupByEnum.MEDIATYPE))
                    .filter(new ConversationActivityQueryFilter().type(ConversationActivityQueryFilter.TypeEnum.OR)
                            .predicates(chunk.stream().map(id -> new ConversationActivityQueryPredicate()
                                    .type(ConversationActivityQueryPredicate.TypeEnum.DIMENSION)
                                    .dimension(ConversationActivityQueryPredicate.DimensionEnum.QUEUEID)
                                    .operator(ConversationActivityQueryPredicate.OperatorEnum.MATCHES).value(id))
                                    .toList()));
            for (int page = 1; page <= MAX_PAGES; page++) {
                int number = page;
                ConversationActivityResponse response = gateway.call("Query the conversations agents handle", true,
                        () -> analytics.postAnalyticsConversationsActivityQuery(query, PAGE, number));
                boolean more = false;
                for (ConversationActivityData data : response.getResults() == null
                        ? List.<ConversationActivityData>of() : response.getResults()) {
                    List<ConversationActivityEntityData> entities = data.getEntities() == null ? List.of()
                            : data.getEntities();
                    entities.forEach(e -> interaction(e, asOf).ifPresent(i -> byAgent.computeIfAbsent(
                            e.getUserId(), k -> new ArrayList<>()).add(i)));
                    more |= Boolean.TRUE.equals(data.getTruncated()) || entities.size() >= PAGE;
                }
                if (!more) {
                    break;
                }
            }
        }
        return byAgent;
    }

    /**
     * One agent's interaction as the activity query sees it. It vouches for the interaction as of its connect, not
     * as of the read: analytics lag the notifications, so a hold or after-call work that began before the read may
     * be missing from it, and a notification of that change (stamped when it began) must still win over the read.
     */
    static Optional<Interaction> interaction(ConversationActivityEntityData e, Instant readAt) {
        if (e.getUserId() == null || e.getConversationId() == null || e.getMediaType() == null
                || e.getMetric() != ConversationActivityEntityData.MetricEnum.OINTERACTING) {
            return Optional.empty();
        }
        Instant connected = e.getActivityDate() == null ? readAt : e.getActivityDate().toInstant();
        return MediaType.fromWire(e.getMediaType().toString()).map(media -> new Interaction(e.getConversationId(),
                media, e.getQueueId(), connected, null, null, connected));
    }

    /**
     * Each queue's finished work from {@code from} to {@code to}, all media together: offered, abandoned, the
     * service level with its goal, answered with their summed waits and handled with their summed handle times.
     */
    public Map<String, QueueAggregate> aggregates(List<String> queueIds, Instant from, Instant to) {
        List<ConversationAggregateQueryResponse> responses = new ArrayList<>();
        for (int start = 0; start < queueIds.size(); start += QUEUES_A_QUERY) {
            List<String> chunk = queueIds.subList(start, Math.min(queueIds.size(), start + QUEUES_A_QUERY));
            ConversationAggregationQuery query = new ConversationAggregationQuery()
                    .interval(from + "/" + to)
                    .groupBy(List.of(ConversationAggregationQuery.GroupByEnum.QUEUEID,
                            ConversationAggregationQuery.GroupByEnum.MEDIATYPE))
                    .filter(new ConversationAggregateQueryFilter().type(ConversationAggregateQueryFilter.TypeEnum.OR)
                            .predicates(chunk.stream().map(id -> new ConversationAggregateQueryPredicate()
                                    .type(ConversationAggregateQueryPredicate.TypeEnum.DIMENSION)
                                    .dimension(ConversationAggregateQueryPredicate.DimensionEnum.QUEUEID).value(id))
                                    .toList()))
                    .metrics(List.of(ConversationAggregationQuery.MetricsEnum.NOFFERED,
                            ConversationAggregationQuery.MetricsEnum.TABANDON,
                            ConversationAggregationQuery.MetricsEnum.OSERVICELEVEL,
                            ConversationAggregationQuery.MetricsEnum.TANSWERED,
                            ConversationAggregationQuery.MetricsEnum.THANDLE));
            responses.add(gateway.call("Query the queues' conversation aggregates", true,
                    () -> analytics.postAnalyticsConversationsAggregatesQuery(query)));
        }
        return aggregates(responses);
    }

    /** The answers of aggregate queries grouped by queue (and media), summed per queue. */
    static Map<String, QueueAggregate> aggregates(List<ConversationAggregateQueryResponse> responses) {
        Map<String, Sums> sums = new LinkedHashMap<>();
        for (ConversationAggregateQueryResponse response : responses) {
            for (ConversationAggregateDataContainer container : response.getResults() == null
                    ? List.<ConversationAggregateDataContainer>of() : response.getResults()) {
                String queueId = container.getGroup() == null ? null : container.getGroup().get("queueId");
                if (queueId == null || container.getData() == null) {
                    continue;
                }
                Sums queue = sums.computeIfAbsent(queueId, k -> new Sums());
                for (StatisticalResponse interval : container.getData()) {
                    for (AggregateMetricData metric : interval.getMetrics() == null ? List.<AggregateMetricData>of()
                            : interval.getMetrics()) {
                        queue.add(metric);
                    }
                }
            }
        }
        Map<String, QueueAggregate> result = new LinkedHashMap<>();
        sums.forEach((queueId, s) -> result.put(queueId, s.aggregate(queueId)));
        return result;
    }

    /** One queue's metrics summed over its media groups and intervals. */
    private static final class Sums {
        long offered;
        long abandoned;
        long inTarget;
        long answeredForLevel;
        long answered;
        double answerMillis;
        long handled;
        double handleMillis;
        Double goal;
        /** The goal of the media that answered most is the queue's: each media has its own service level. */
        long goalWeight = -1;

        void add(AggregateMetricData metric) {
            if (metric.getStats() == null || metric.getMetric() == null) {
                return;
            }
            long count = metric.getStats().getCount() == null ? 0 : metric.getStats().getCount();
            double sum = number(metric.getStats().getSum());
            switch (metric.getMetric()) {
                case "nOffered" -> offered += count;
                case "tAbandon" -> abandoned += count;
                case "tAnswered" -> {
                    answered += count;
                    answerMillis += sum;
                }
                case "tHandle" -> {
                    handled += count;
                    handleMillis += sum;
                }
                case "oServiceLevel" -> {
                    long denominator = (long) number(metric.getStats().getDenominator());
                    inTarget += (long) number(metric.getStats().getNumerator());
                    answeredForLevel += denominator;
                    if (metric.getStats().getTarget() != null && denominator > goalWeight) {
                        goal = metric.getStats().getTarget().doubleValue();
                        goalWeight = denominator;
                    }
                }
                default -> {
                    // not one Floorwatch asked for
                }
            }
        }

        QueueAggregate aggregate(String queueId) {
            return new QueueAggregate(queueId, offered, abandoned,
                    answeredForLevel == 0 ? null : (double) inTarget / answeredForLevel, answered, answerMillis,
                    handled, handleMillis, goal);
        }
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
