package io.floorwatch.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One queue's thresholds: what is refused and how, laying one set over another, and the grades at their edges. */
class QueueThresholdsTest {
    private static RoutingQueue queueWithCallServiceLevel(Double share, Long durationMs) {
        return new RoutingQueue("q1", new QueueSettings("Billing", null, null, null, null, null,
                Map.of("call", new MediaSettings(8, share, durationMs))), 0, 0, Instant.EPOCH);
    }

    @Test
    void aRedLineAboveItsTargetIsRefusedNamingBothFields() {
        assertThat(QueueThresholds.problems(0.8, 0.9, null, null, null, null))
                .containsExactly("the service-level red line (90.0 %) must not be above the target (80.0 %)");
        assertThatThrownBy(() -> new QueueThresholds(0.8, 0.9, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("service-level red line");
    }

    @Test
    void outOfRangeValuesAreRefusedEachNamingItsFieldAndTheRule() {
        assertThat(QueueThresholds.problems(1.2, null, 0, 200_000, 0L, 13 * 3600L)).containsExactly(
                "the service-level target must be 0 % to 100 %, not 120.0 %",
                "waiting amber must be 1 to 100000, not 0",
                "waiting red must be 1 to 100000, not 200000",
                "longest wait amber must be 1 s to 12 h, not 0 s",
                "longest wait red must be 1 s to 12 h, not 46800 s");
    }

    @Test
    void aRedBelowItsAmberIsRefusedForWaitingAndForTheLongestWait() {
        assertThat(QueueThresholds.problems(null, null, 10, 5, 120L, 60L)).containsExactly(
                "waiting red (5) must not be below waiting amber (10)",
                "longest wait red (60 s) must not be below longest wait amber (120 s)");
    }

    @Test
    void emptyFieldsAreValidAndTakenFromBelow() {
        assertThat(QueueThresholds.problems(null, null, null, null, null, null)).isEmpty();
        QueueThresholds own = new QueueThresholds(null, 0.5, 3, null, null, null);
        QueueThresholds laid = own.over(QueueThresholds.BUILT_IN);
        assertThat(laid).isEqualTo(new QueueThresholds(0.8, 0.5, 3, 15, 20L, 40L));
        assertThat(laid.complete()).isTrue();
        assertThat(own.complete()).isFalse();
        assertThat(QueueThresholds.NONE.empty()).isTrue();
        assertThat(QueueThresholds.NONE.over(null)).isEqualTo(QueueThresholds.NONE);
    }

    @Test
    void aThresholdSetAboveMovesTheInheritedOneOfItsPairRatherThanMakingTheWholeInvalid() {
        // A red line of 90 % over an inherited target of 80 %: the target rises to meet it (no amber band).
        assertThat(new QueueThresholds(null, 0.9, null, null, null, null).over(QueueThresholds.BUILT_IN))
                .extracting(QueueThresholds::serviceLevelTarget, QueueThresholds::serviceLevelRed)
                .containsExactly(0.9, 0.9);
        // A target of 50 % over an inherited red line of 60 %: the red line falls to it.
        assertThat(new QueueThresholds(0.5, null, null, null, null, null).over(QueueThresholds.BUILT_IN))
                .extracting(QueueThresholds::serviceLevelTarget, QueueThresholds::serviceLevelRed)
                .containsExactly(0.5, 0.5);
        // Waiting amber 30 over an inherited red of 15; longest-wait red 10 s under an inherited amber of 20 s.
        QueueThresholds laid = new QueueThresholds(null, null, 30, null, null, 10L).over(QueueThresholds.BUILT_IN);
        assertThat(laid.waitingAmber()).isEqualTo(30);
        assertThat(laid.waitingRed()).isEqualTo(30);
        assertThat(laid.longestWaitAmberSeconds()).isEqualTo(10L);
        assertThat(laid.longestWaitRedSeconds()).isEqualTo(10L);
    }

    @Test
    void aQueuesCallServiceLevelGivesTheTargetAndTheLongestWaitAmberWithRedsBeyond() {
        QueueThresholds fromGenesys = QueueThresholds.ofQueue(queueWithCallServiceLevel(0.9, 30_000L));
        assertThat(fromGenesys).isEqualTo(new QueueThresholds(0.9, 0.9 - QueueThresholds.RED_MARGIN, null, null,
                30L, 60L));
    }

    @Test
    void aQueueWithoutAUsableServiceLevelGivesNothing() {
        assertThat(QueueThresholds.ofQueue(null)).isEqualTo(QueueThresholds.NONE);
        assertThat(QueueThresholds.ofQueue(new RoutingQueue("q", QueueSettings.named("Chat only"), 0, 0,
                Instant.EPOCH))).isEqualTo(QueueThresholds.NONE);
        assertThat(QueueThresholds.ofQueue(queueWithCallServiceLevel(0.0, 500L))).isEqualTo(QueueThresholds.NONE);
        QueueThresholds low = QueueThresholds.ofQueue(queueWithCallServiceLevel(0.1, null));
        assertThat(low.serviceLevelRed()).as("never below 0 %").isEqualTo(0.0);
        assertThat(low.longestWaitAmberSeconds()).isNull();
    }

    @ParameterizedTest(name = "service level {0} -> {1}")
    @CsvSource({"0.80, GREEN", "0.7999, AMBER", "0.60, AMBER", "0.5999, RED", "0.0, RED", "1.0, GREEN"})
    void theServiceLevelIsAmberBelowItsTargetAndRedBelowItsRedLine(double level, QueueGrade grade) {
        assertThat(QueueThresholds.BUILT_IN.serviceLevel(level)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} waiting -> {1}")
    @CsvSource({"0, GREEN", "4, GREEN", "5, AMBER", "14, AMBER", "15, RED", "99, RED"})
    void waitingIsAmberFromItsAmberAndRedFromItsRed(int waiting, QueueGrade grade) {
        assertThat(QueueThresholds.BUILT_IN.waiting(waiting)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "longest wait {0} s -> {1}")
    @CsvSource({"0, GREEN", "20, GREEN", "20.5, AMBER", "40, AMBER", "40.1, RED"})
    void theLongestWaitIsAmberPastItsAmberAndRedPastItsRed(double seconds, QueueGrade grade) {
        assertThat(QueueThresholds.BUILT_IN.longestWait(seconds)).isEqualTo(grade);
    }

    @Test
    void nothingMeasuredYetIsGreen() {
        assertThat(QueueThresholds.BUILT_IN.serviceLevel(null)).isEqualTo(QueueGrade.GREEN);
        assertThat(QueueThresholds.BUILT_IN.waiting(null)).isEqualTo(QueueGrade.GREEN);
        assertThat(QueueThresholds.BUILT_IN.longestWait(null)).isEqualTo(QueueGrade.GREEN);
        assertThat(QueueGrade.AMBER.worst(QueueGrade.RED)).isEqualTo(QueueGrade.RED);
        assertThat(QueueGrade.AMBER.worst(QueueGrade.GREEN)).isEqualTo(QueueGrade.AMBER);
    }
}
