package io.floorwatch.kafka;

import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The collector's interaction records: written and read back the same, and refused with a reason when wrong. */
class InteractionRecordsTest {
    private final AgentStateCodec codec = new AgentStateCodec();
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void anInteractionOnHoldAndAnEndedOneRoundTrip() {
        InteractionEvent held = new InteractionEvent("u-1", new Interaction("c-1", MediaType.CALLBACK, "q-1", T0,
                T0.plusSeconds(30), null, T0.plusSeconds(30)), false, T0.plusSeconds(30));
        InteractionEvent ended = new InteractionEvent("u-1", new Interaction("c-2", MediaType.EMAIL, null, T0, null,
                null, T0.plusSeconds(900)), true, T0.plusSeconds(900));
        for (InteractionEvent event : new InteractionEvent[] {held, ended}) {
            Decoded<AgentTopicRecord> decoded = codec.decode("u-1", codec.encode(event));
            assertThat(decoded).isEqualTo(new Decoded.Ok<>(new AgentTopicRecord.Interaction(event)));
        }
    }

    @Test
    void aRecordThatIsWrongIsRejectedNamingTheField() {
        assertThat(reason("u-1", "{\"type\":\"interaction\",\"agentId\":\"u-1\",\"conversationId\":\"c\","
                + "\"media\":\"fax\",\"connectedAt\":\"2026-12-01T09:00:00Z\",\"ended\":false,"
                + "\"at\":\"2026-12-01T09:00:00Z\"}")).contains("media 'fax'");
        assertThat(reason("u-1", "{\"type\":\"interaction\",\"agentId\":\"u-1\",\"conversationId\":\"c\","
                + "\"media\":\"chat\",\"connectedAt\":\"2026-12-01T09:00:00Z\",\"ended\":\"no\","
                + "\"at\":\"2026-12-01T09:00:00Z\"}")).contains("ended");
        assertThat(reason("u-2", "{\"type\":\"interaction\",\"agentId\":\"u-1\",\"conversationId\":\"c\","
                + "\"media\":\"chat\",\"connectedAt\":\"2026-12-01T09:00:00Z\",\"ended\":false,"
                + "\"at\":\"2026-12-01T09:00:00Z\"}")).contains("key 'u-2'");
        assertThat(reason("u-1", "{\"type\":\"fax\"}")).contains("type 'fax'", "interaction");
    }

    private String reason(String key, String json) {
        Decoded<AgentTopicRecord> decoded = codec.decode(key, json.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected<AgentTopicRecord>) decoded).reason();
    }
}
