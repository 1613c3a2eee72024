package io.floorwatch.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QueueScoreTest {
    private static QueueSnapshot snapshot(double wait, int available, Double abandoned) {
        return new QueueSnapshot("q", null, Instant.EPOCH, wait, null, available, abandoned, null, null, null, null,
                null, "test");
    }

    @Test
    void theDefaultWeightsCombineTheNormalisedTerms() {
        // wait 10 s of a 20 s target = 0.5; one agent free = 1/2; 10 % abandoned.
        QueueScore score = QueueScore.of(snapshot(10, 1, 0.1), ScoreWeights.defaults(), 20);

        assertThat(score.waitTerm()).isEqualTo(0.5);
        assertThat(score.availabilityTerm()).isEqualTo(0.5);
        assertThat(score.abandonTerm()).isEqualTo(0.1);
        assertThat(score.score()).isCloseTo(0.5 * 0.5 + 0.3 * 0.5 + 0.2 * 0.1, within(1e-12));
    }

    @Test
    void zeroAgentsAvailableIsTheWorstAvailabilityAndWaitIsCappedAtTheTarget() {
        QueueScore score = QueueScore.of(snapshot(600, 0, 1.0), ScoreWeights.defaults(), 20);

        assertThat(score.waitTerm()).isEqualTo(1.0);
        assertThat(score.availabilityTerm()).isEqualTo(1.0);
        assertThat(score.score()).isEqualTo(1.0);
    }

    @Test
    void anIdleQueueWithManyFreeAgentsScoresNearZero() {
        QueueScore score = QueueScore.of(snapshot(0, 99, 0.0), ScoreWeights.defaults(), 20);

        assertThat(score.score()).isCloseTo(0.3 / 100, within(1e-12));
    }

    @Test
    void weightsCountRelativeToTheirSumAndAMissingAbandonRateCountsAsNone() {
        QueueScore doubled = QueueScore.of(snapshot(10, 1, 0.1), new ScoreWeights(1.0, 0.6, 0.4), 20);
        QueueScore waitOnly = QueueScore.of(snapshot(5, 0, null), new ScoreWeights(1, 0, 0), 20);

        assertThat(doubled.score()).isCloseTo(QueueScore.of(snapshot(10, 1, 0.1), ScoreWeights.defaults(), 20)
                .score(), within(1e-12));
        assertThat(waitOnly.score()).isEqualTo(0.25);
        assertThat(waitOnly.abandonTerm()).isZero();
    }

    @Test
    void aQueueWithoutAServiceLevelTargetUsesTwentySeconds() {
        assertThat(QueueScore.of(snapshot(10, 1, 0.0), ScoreWeights.defaults(), 0).waitTerm()).isEqualTo(0.5);
        assertThat(QueueScore.of(snapshot(10, 1, 0.0), ScoreWeights.defaults(), Double.NaN).waitTerm())
                .isEqualTo(0.5);
    }

    @Test
    void weightsThatCannotBeUsedAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new ScoreWeights(-0.1, 0.5, 0.5)).hasMessageContaining("not negative");
        assertThatThrownBy(() -> new ScoreWeights(0, 0, 0)).hasMessageContaining("above zero");
        assertThatThrownBy(() -> new ScoreWeights(Double.NaN, 1, 1)).hasMessageContaining("finite");
    }
}
