package io.floorwatch.kafka;

import io.floorwatch.domain.QueueSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class QueueMetricCodecTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final QueueMetricCodec codec = new QueueMetricCodec(Clock.fixed(NOW, ZoneOffset.UTC));

    private Decoded<QueueSnapshot> decode(String key, String json) {
        return codec.decode(key, json.getBytes(StandardCharsets.UTF_8));
    }

    private QueueSnapshot sample(String key, String json) {
        Decoded<QueueSnapshot> result = decode(key, json);
        assertThat(result).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok<QueueSnapshot>) result).value();
    }

    private String rejected(String key, String json) {
        Decoded<QueueSnapshot> result = decode(key, json);
        assertThat(result).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected<QueueSnapshot>) result).reason();
    }

    @Test
    void theUpstreamFormatDecodesWithTheReceiveTimeWhenItHasNone() {
        QueueSnapshot snapshot = sample("q1", """
                {"queueId":"q1","skillId":"s9","waitTimeSeconds":42.5,"agentsAvailable":3,"abandonedRate":0.04}""");

        assertThat(snapshot.queueId()).isEqualTo("q1");
        assertThat(snapshot.skillId()).isEqualTo("s9");
        assertThat(snapshot.waitTimeSeconds()).isEqualTo(42.5);
        assertThat(snapshot.agentsAvailable()).isEqualTo(3);
        assertThat(snapshot.abandonedRate()).isEqualTo(0.04);
        assertThat(snapshot.at()).isEqualTo(NOW);
        assertThat(snapshot.waiting()).isNull();
        assertThat(snapshot.source()).isEqualTo("kafka");
    }

    @Test
    void optionalAndUnknownFieldsAreReadAndTolerated() {
        QueueSnapshot snapshot = sample(null, """
                {"queueId":"q2","waitTimeSeconds":0,"agentsAvailable":0,"abandonedRate":0,"waiting":7,
                 "longestWaitSeconds":95,"agentsOnQueue":12,"agentsIdle":0,"agentsInteracting":12,
                 "serviceLevel":0.81,"timestamp":"2026-11-21T09:59:58Z","schemaVersion":1,
                 "region":"eu-west-1","extra":{"nested":[1,2]}}""");

        assertThat(snapshot.waiting()).isEqualTo(7);
        assertThat(snapshot.longestWaitSeconds()).isEqualTo(95.0);
        assertThat(snapshot.onQueue()).isEqualTo(12);
        assertThat(snapshot.interacting()).isEqualTo(12);
        assertThat(snapshot.serviceLevel()).isEqualTo(0.81);
        assertThat(snapshot.at()).isEqualTo(Instant.parse("2026-11-21T09:59:58Z"));
        assertThat(sample(null, "{\"queueId\":\"q\",\"waitTimeSeconds\":1,\"agentsAvailable\":1,"
                + "\"abandonedRate\":0.1,\"timestamp\":1763719198000}").at())
                .isEqualTo(Instant.ofEpochMilli(1763719198000L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{oops | not JSON",
        "[1,2] | not a JSON object",
        "{\"waitTimeSeconds\":1,\"agentsAvailable\":1,\"abandonedRate\":0} | queueId is missing",
        "{\"queueId\":\" \",\"waitTimeSeconds\":1,\"agentsAvailable\":1,\"abandonedRate\":0} | queueId is empty",
        "{\"queueId\":\"q\",\"agentsAvailable\":1,\"abandonedRate\":0} | waitTimeSeconds is missing",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":\"soon\",\"agentsAvailable\":1,\"abandonedRate\":0} | waitTimeSeconds must be a number, not \"soon\"",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":-3,\"agentsAvailable\":1,\"abandonedRate\":0} | waitTimeSeconds -3 is outside 0..604800",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":1,\"agentsAvailable\":2.5,\"abandonedRate\":0} | agentsAvailable must be a whole number, not 2.5",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":1,\"agentsAvailable\":-1,\"abandonedRate\":0} | agentsAvailable -1 is outside 0..1000000",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":1,\"agentsAvailable\":1,\"abandonedRate\":12.5} | abandonedRate 12.5 is outside 0..1",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":1,\"agentsAvailable\":1,\"abandonedRate\":0,\"serviceLevel\":1.5} | serviceLevel 1.5 is outside 0..1",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":1,\"agentsAvailable\":1,\"abandonedRate\":0,\"timestamp\":\"yesterday\"} | timestamp 'yesterday' is not an ISO-8601 instant",
        "{\"queueId\":\"q\",\"waitTimeSeconds\":1,\"agentsAvailable\":1,\"abandonedRate\":0,\"schemaVersion\":2} | schemaVersion 2 is newer than this Floorwatch reads (1)"
    })
    void badRecordsAreRejectedWithAReasonNamingTheField(String json, String reason) {
        assertThat(rejected(null, json)).startsWith(reason);
    }

    @Test
    void aKeyThatIsNotTheQueueIdAndAnEmptyRecordAreRejected() {
        assertThat(rejected("q9", "{\"queueId\":\"q1\",\"waitTimeSeconds\":1,\"agentsAvailable\":1,"
                + "\"abandonedRate\":0}")).isEqualTo("key 'q9' does not match queueId 'q1'");
        assertThat(codec.decode("q1", null)).isEqualTo(new Decoded.Rejected<>("empty record"));
    }

    @Test
    void encodingThenDecodingGivesTheSameSnapshot() {
        QueueSnapshot original = new QueueSnapshot("q3", "s1", Instant.parse("2026-11-21T09:00:00Z"), 12.0, 30.0,
                2, 0.05, 4, 10, 2, 8, 0.9, "kafka");

        QueueSnapshot again = sample("q3", new String(codec.encode(original), StandardCharsets.UTF_8));

        assertThat(again).isEqualTo(original);
    }
}
