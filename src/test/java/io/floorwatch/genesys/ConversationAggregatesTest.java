package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.model.AggregateMetricData;
import com.mypurecloud.sdk.v2.model.ConversationAggregateDataContainer;
import com.mypurecloud.sdk.v2.model.ConversationAggregateQueryResponse;
import com.mypurecloud.sdk.v2.model.StatisticalResponse;
import com.mypurecloud.sdk.v2.model.StatisticalSummary;
import io.floorwatch.domain.QueueAggregate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A queue's aggregates summed over its media groups, with the figures a projection needs: answered with their
 * summed waits (ASA), handled with their summed handle times (AHT), and the service-level goal, which Genesys sends
 * as {@code oServiceLevel}'s {@code target} share (0.8), not as a time.
 */
class ConversationAggregatesTest {

    private static AggregateMetricData metric(String name, long count, long sum) {
        return new AggregateMetricData().metric(name).stats(new StatisticalSummary().count(count)
                .sum(BigDecimal.valueOf(sum)));
    }

    private static AggregateMetricData count(String name, long count) {
        return new AggregateMetricData().metric(name).stats(new StatisticalSummary().count(count));
    }

    private static AggregateMetricData level(long numerator, long denominator, double goal) {
        return new AggregateMetricData().metric("oServiceLevel").stats(new StatisticalSummary()
                .numerator(BigDecimal.valueOf(numerator)).denominator(BigDecimal.valueOf(denominator))
                .ratio(BigDecimal.valueOf((double) numerator / denominator)).target(BigDecimal.valueOf(goal)));
    }

    private static ConversationAggregateDataContainer group(String queueId, String media,
            AggregateMetricData... metrics) {
        return new ConversationAggregateDataContainer().group(Map.of("queueId", queueId, "mediaType", media))
                .data(List.of(new StatisticalResponse().metrics(List.of(metrics))));
    }

    @Test
    void mediaGroupsAreSummedIntoOneQueueWithItsAnswerAndHandleAverages() {
        ConversationAggregateQueryResponse response = new ConversationAggregateQueryResponse().results(List.of(
                group("q-1", "voice", count("nOffered", 40),
                        metric("tAbandon", 4, 120_000), metric("tAnswered", 36, 720_000),
                        metric("tHandle", 30, 9_000_000), level(27, 36, 0.8)),
                group("q-1", "chat", count("nOffered", 10),
                        metric("tAnswered", 9, 540_000), metric("tHandle", 10, 6_000_000), level(3, 9, 0.7))));

        QueueAggregate q = Conversations.aggregates(List.of(response)).get("q-1");

        assertThat(q.offered()).isEqualTo(50);
        assertThat(q.abandoned()).isEqualTo(4);
        assertThat(q.answered()).isEqualTo(45);
        assertThat(q.averageAnswerSeconds()).isCloseTo(1_260_000 / 45.0 / 1000, within(1e-9));
        assertThat(q.handled()).isEqualTo(40);
        assertThat(q.averageHandleSeconds()).isCloseTo(375.0, within(1e-9));
        assertThat(q.serviceLevel()).isCloseTo(30 / 45.0, within(1e-9));
        // voice answered more: its goal is the queue's
        assertThat(q.serviceLevelGoal()).isEqualTo(0.8);
    }

    @Test
    void aQueueThatAnsweredAndHandledNothingHasNoAverages() {
        ConversationAggregateQueryResponse response = new ConversationAggregateQueryResponse().results(List.of(
                group("q-2", "voice", count("nOffered", 3),
                        metric("tAbandon", 3, 90_000))));

        QueueAggregate q = Conversations.aggregates(List.of(response)).get("q-2");

        assertThat(q.offered()).isEqualTo(3);
        assertThat(q.averageAnswerSeconds()).isNull();
        assertThat(q.averageHandleSeconds()).isNull();
        assertThat(q.serviceLevel()).isNull();
        assertThat(q.serviceLevelGoal()).isNull();
        assertThat(q.abandonRate()).isEqualTo(1.0);
    }
}
