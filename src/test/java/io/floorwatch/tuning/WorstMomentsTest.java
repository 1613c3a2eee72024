package io.floorwatch.tuning;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorstMomentsTest {
    private static QueueSample sample(String queue, double score, int second) {
        return new QueueSample(new QueueSnapshot(queue, null, Instant.EPOCH.plusSeconds(second), 0, null, 0, null,
                null, null, null, null, null, "kafka"), new QueueScore(score, 0, 0, 0));
    }

    @Test
    void eachQueueKeepsTheSampleWithItsHighestScore() {
        WorstMoments worst = new WorstMoments();
        worst.offer(List.of(sample("billing", 0.3, 1), sample("sales", 0.1, 1)));
        worst.offer(List.of(sample("billing", 0.8, 2), sample("sales", 0.05, 2)));
        worst.offer(List.of(sample("billing", 0.2, 3)));

        assertThat(worst.samples()).extracting(s -> s.snapshot().queueId() + " " + s.score().score() + " at "
                + s.snapshot().at().getEpochSecond()).containsExactlyInAnyOrder("billing 0.8 at 2", "sales 0.1 at 1");
    }
}
