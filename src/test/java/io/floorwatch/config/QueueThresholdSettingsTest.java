package io.floorwatch.config;

import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The supervisor's queue thresholds: found by the queue's name in any case, resolved own > defaults > Genesys > built-in. */
class QueueThresholdSettingsTest {
    private static final RoutingQueue BILLING = new RoutingQueue("q-billing", new QueueSettings("Billing", null, null,
            null, null, null, Map.of("call", new MediaSettings(8, 0.9, 30_000L))), 0, 0, Instant.EPOCH);

    @Test
    void aQueuesOwnThresholdsAreFoundWhateverTheCaseOfItsName() {
        QueueThresholds own = new QueueThresholds(null, null, 2, 4, null, null);
        QueueThresholdSettings settings = QueueThresholdSettings.none().with("Billing", own);
        assertThat(settings.own("billing")).isEqualTo(own);
        assertThat(settings.own("BILLING")).isEqualTo(own);
        assertThat(settings.own("Sales")).isEqualTo(QueueThresholds.NONE);
        assertThat(settings.own(null)).isEqualTo(QueueThresholds.NONE);
    }

    @Test
    void eachFieldComesFromTheQueueThenTheDefaultsThenItsGenesysServiceLevelThenTheBuiltIn() {
        QueueThresholdSettings settings = new QueueThresholdSettings(
                new QueueThresholds(0.85, null, 8, null, null, null),
                Map.of("billing", new QueueThresholds(null, null, 3, null, null, null)));
        QueueThresholds resolved = settings.of("Billing", BILLING);
        assertThat(resolved.waitingAmber()).as("own").isEqualTo(3);
        assertThat(resolved.serviceLevelTarget()).as("defaults over Genesys' 90 %").isEqualTo(0.85);
        assertThat(resolved.serviceLevelRed()).as("Genesys: its share less the margin").isEqualTo(0.9 - 0.2);
        assertThat(resolved.longestWaitAmberSeconds()).as("Genesys' 30 s").isEqualTo(30L);
        assertThat(resolved.longestWaitRedSeconds()).as("twice Genesys' time").isEqualTo(60L);
        assertThat(resolved.waitingRed()).as("built-in").isEqualTo(15);

        QueueThresholds unknown = settings.of("q-unknown", null);
        assertThat(unknown.serviceLevelRed()).as("no Genesys settings: built-in").isEqualTo(0.6);
        assertThat(unknown.waitingAmber()).as("defaults").isEqualTo(8);
        assertThat(unknown.complete()).isTrue();
    }

    @Test
    void emptyOwnThresholdsAreRemovedAndTheDefaultsKept() {
        QueueThresholdSettings settings = QueueThresholdSettings.none()
                .withDefaults(new QueueThresholds(null, null, 6, null, null, null))
                .with("Billing", new QueueThresholds(null, null, 2, null, null, null));
        assertThat(settings.byQueue()).containsOnlyKeys("Billing");
        QueueThresholdSettings cleared = settings.with("BILLING", QueueThresholds.NONE);
        assertThat(cleared.byQueue()).isEmpty();
        assertThat(cleared.defaults().waitingAmber()).isEqualTo(6);
        assertThat(new QueueThresholdSettings(null, null)).isEqualTo(QueueThresholdSettings.none());
    }

    @Test
    void aQueueNeedsAName() {
        assertThatThrownBy(() -> new QueueThresholdSettings(null, Map.of(" ", QueueThresholds.BUILT_IN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queue's name");
    }
}
