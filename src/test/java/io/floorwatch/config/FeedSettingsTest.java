package io.floorwatch.config;

import io.floorwatch.domain.ScoreWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.floorwatch.config.FeedSettings.QueueSource.AUTO;
import static io.floorwatch.config.FeedSettings.QueueSource.KAFKA;
import static io.floorwatch.config.FeedSettings.QueueSource.OBSERVATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedSettingsTest {
    @TempDir
    Path dir;

    private static FeedSettings queues(FeedSettings.QueueSource source, String bootstrap) {
        return new FeedSettings(FeedSettings.AgentSource.GENESYS, source, bootstrap, null, null, null, null);
    }

    @Test
    void automaticQueueMetricsUseKafkaInTheDemoOrWhenServersAreSetAndObservationsOtherwise() {
        assertThat(queues(AUTO, "").resolvedQueueSource(true)).isEqualTo(KAFKA);
        assertThat(queues(AUTO, "").resolvedQueueSource(false)).isEqualTo(OBSERVATIONS);
        assertThat(queues(AUTO, "k1:9092").resolvedQueueSource(false)).isEqualTo(KAFKA);
        assertThat(queues(OBSERVATIONS, "k1:9092").resolvedQueueSource(true)).isEqualTo(OBSERVATIONS);
        assertThat(queues(KAFKA, "").resolvedQueueSource(false)).isEqualTo(KAFKA);
    }

    @Test
    void blanksTakeTheDefaultsAndABadTopicIsRefusedByName() {
        FeedSettings blank = queues(null, null);
        assertThat(blank.queueSource()).isEqualTo(AUTO);
        assertThat(blank.queueTopic()).isEqualTo(FeedSettings.DEFAULT_QUEUE_TOPIC);
        assertThat(blank.agentTopic()).isEqualTo(FeedSettings.DEFAULT_AGENT_TOPIC);
        assertThat(blank.weights()).isEqualTo(ScoreWeights.defaults());
        assertThat(blank.effectiveGroupId("ana", "desk-7")).isEqualTo("floorwatch-ana@desk-7");
        assertThatThrownBy(() -> new FeedSettings(null, null, "", "bad topic", null, null, null))
                .hasMessageContaining("bad topic");
    }

    @Test
    void aSettingsFileFromBeforeFeedsExistedLoadsWithTheDefaultFeeds() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"connection\":{\"mode\":\"DEMO\"},\"theme\":\"DARK\"}");
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().feeds()).isEqualTo(FeedSettings.defaults());
    }
}
